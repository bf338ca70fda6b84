"""The staff directory: scope, search without diacritics, filters, paging, exports."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from people.roles import MANAGER
from tests.factories.people import OfficerFactory, UserFactory

pytestmark = pytest.mark.django_db
URL = reverse("people:directory")


def _names(response):
    return [officer.user.get_full_name() for officer, _roles in response.context["rows"]]


def _add_officer(unit, full_name, code, email=None, **kwargs):
    user = UserFactory(email=email or f"{code.lower()}@example.org")
    user.set_full_name(full_name)
    user.save()
    return OfficerFactory(user=user, employee_code=code, unit=unit, **kwargs)


def _csv_rows(response):
    content = response.content
    assert content.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def _xlsx_rows(response):
    workbook = load_workbook(io.BytesIO(response.content), read_only=True)
    return [[c.value for c in row] for row in workbook.worksheets[0].iter_rows()]


def test_anonymous_visitors_are_sent_to_sign_in(client):
    for url in (URL, reverse("people:directory_export", args=["csv"])):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("persona", ["officer", "trainer", "outsider"])
def test_people_without_a_scope_are_refused(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(URL).status_code == 403
    assert client.get(reverse("people:directory_export", args=["xlsx"])).status_code == 403


def test_an_administrator_sees_every_officer(client, administrator, officer, other_officer):
    client.force_login(administrator)
    response = client.get(URL)
    assert response.status_code == 200
    assert {"Nguyễn Thị Lan", "Trần Văn Hùng"} <= set(_names(response))


def test_a_manager_sees_only_their_province(client, manager, officer, other_officer):
    client.force_login(manager)
    response = client.get(URL)
    assert _names(response) == ["Nguyễn Thị Lan", "Phạm Văn Quang"]
    html = response.content.decode()
    assert "Trần Văn Hùng" not in html and "officer.b@example.org" not in html


def test_a_manager_cannot_reach_another_province_by_search_filter_or_export(
    client, org, manager, officer, other_officer, other_manager
):
    client.force_login(manager)
    # Search for the other province's officer by name, email and code.
    for query in ("Hùng", "tran van hung", "officer.b", "CB-B1-001"):
        assert _names(client.get(URL, {"q": query})) == []
    # Ask for the other province's unit: the filter refuses it and the list stays in scope.
    response = client.get(URL, {"unit": org.province_b.pk})
    assert "unit" in response.context["form"].errors
    assert "Trần Văn Hùng" not in _names(response)
    # Every status and role.
    for params in ({"status": "all"}, {"status": "inactive"}, {"role": MANAGER}):
        assert "Võ Tiến Dũng" not in _names(client.get(URL, params))
    # Exports with and without the filters.
    for kind, reader in (("csv", _csv_rows), ("xlsx", _xlsx_rows)):
        for params in ({}, {"unit": org.province_b.pk, "status": "all"}, {"q": "hung"}):
            rows = reader(client.get(reverse("people:directory_export", args=[kind]), params))
            emails = {row[2] for row in rows[1:]}
            assert emails <= {officer.email, manager.email}
            assert other_officer.email not in emails and other_manager.email not in emails


def test_search_ignores_diacritics_and_case(client, org, administrator):
    _add_officer(org.district_a1, "Đặng Thu Hà", "DT01")
    _add_officer(org.district_a1, "Nguyễn Văn Hải", "NV02")
    client.force_login(administrator)
    assert _names(client.get(URL, {"q": "dang thu"})) == ["Đặng Thu Hà"]
    assert _names(client.get(URL, {"q": "ĐẶNG"})) == ["Đặng Thu Hà"]
    assert _names(client.get(URL, {"q": "ha"})) == ["Đặng Thu Hà", "Nguyễn Văn Hải"]
    assert _names(client.get(URL, {"q": "nv02"})) == ["Nguyễn Văn Hải"]


def test_search_matches_words_from_their_start_not_the_mail_domain(client, org, administrator):
    _add_officer(org.district_a1, "Đặng Thu Hà", "DT01", email="dang.ha@tinhuy.gov.vn")
    _add_officer(org.district_a1, "Nguyễn Văn Hải", "NV02", email="hai.nv@tinhuy.gov.vn")
    client.force_login(administrator)
    # The domain everyone shares finds no one, however it is typed.
    for query in ("gov", "gov.vn", "tinhuy", "tinhuy.gov.vn", "@tinhuy.gov.vn", "vn"):
        assert _names(client.get(URL, {"q": query})) == [], query
    # A piece from the middle of a word is not a match; the start of a word is.
    assert _names(client.get(URL, {"q": "uyen"})) == []
    assert _names(client.get(URL, {"q": "01"})) == []
    assert _names(client.get(URL, {"q": "nguy"})) == ["Nguyễn Văn Hải"]
    # The address's own part, or the whole address, finds its owner.
    assert _names(client.get(URL, {"q": "dang.ha"})) == ["Đặng Thu Hà"]
    assert _names(client.get(URL, {"q": "hai.nv@tinhuy.gov.vn"})) == ["Nguyễn Văn Hải"]
    assert _names(client.get(URL, {"q": "HAI.NV@TINHUY.GOV.VN"})) == ["Nguyễn Văn Hải"]


def test_filter_by_unit_subtree_and_role(client, org, administrator, officer, manager):
    _add_officer(org.district_a2, "Lê Văn Bình", "LB01")
    _add_officer(org.district_b1, "Võ Thị Cúc", "VC01")
    client.force_login(administrator)
    assert _names(client.get(URL, {"unit": org.province_a.pk})) == [
        "Lê Văn Bình",
        "Nguyễn Thị Lan",
        "Phạm Văn Quang",
    ]
    assert _names(client.get(URL, {"unit": org.district_a2.pk})) == ["Lê Văn Bình"]
    assert _names(client.get(URL, {"unit": org.province_a.pk, "role": MANAGER})) == [
        "Phạm Văn Quang"
    ]


def test_inactive_officers_are_listed_on_request(client, org, administrator):
    _add_officer(org.district_a1, "Lê Đã Nghỉ", "OLD1", active=False)
    client.force_login(administrator)
    assert "Lê Đã Nghỉ" not in _names(client.get(URL))
    assert _names(client.get(URL, {"status": "inactive"})) == ["Lê Đã Nghỉ"]
    assert "Lê Đã Nghỉ" in _names(client.get(URL, {"status": "all"}))


def test_the_list_is_paginated_in_vietnamese_order(client, org, administrator):
    for i in range(55):
        _add_officer(org.district_b1, f"Lê Văn {chr(65 + i % 26)}{i:02d}", f"P{i:03d}")
    client.force_login(administrator)
    first = client.get(URL, {"unit": org.district_b1.pk})
    assert first.context["page"].paginator.num_pages == 2
    assert len(first.context["rows"]) == 50
    second = client.get(URL, {"unit": org.district_b1.pk, "page": 2})
    assert len(second.context["rows"]) == 5
    assert f"unit={org.district_b1.pk}" in first.content.decode()  # filters kept in links
    names = _names(first) + _names(second)
    from people.names import name_sort_key, split_full_name

    assert names == sorted(names, key=lambda n: name_sort_key(*split_full_name(n)))


def test_query_count_does_not_grow_with_rows(
    client, org, administrator, django_assert_max_num_queries
):
    client.force_login(administrator)
    for i in range(3):
        _add_officer(org.district_a1, f"Lê Văn Ít{i}", f"S{i:03d}")
    assert client.get(URL).status_code == 200  # warm caches (sessions, content types)
    with django_assert_max_num_queries(12) as few:
        assert client.get(URL).status_code == 200
    few_count = len(few.captured_queries)
    for i in range(3, 40):
        _add_officer(org.district_a1, f"Lê Văn Nhiều{i}", f"S{i:03d}")
    client.get(URL)  # officer records changed: what is kept about rights is read again once
    with django_assert_max_num_queries(few_count):
        assert client.get(URL).status_code == 200


def test_a_manager_query_count_does_not_grow_with_rows(
    client, org, manager, django_assert_max_num_queries
):
    client.force_login(manager)
    assert client.get(URL).status_code == 200
    with django_assert_max_num_queries(14) as few:
        assert client.get(URL).status_code == 200
    few_count = len(few.captured_queries)
    for i in range(30):
        _add_officer(org.district_a2, f"Lê Văn Nhiều{i}", f"M{i:03d}")
    client.get(URL)  # officer records changed: what is kept about rights is read again once
    with django_assert_max_num_queries(few_count):
        assert client.get(URL).status_code == 200


def test_exports_follow_the_filters_and_can_be_imported_again(client, org, administrator, officer):
    client.force_login(administrator)
    response = client.get(reverse("people:directory_export", args=["csv"]), {"q": "lan"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = _csv_rows(response)
    assert rows[1][:4] == ["CB-A1-001", "Nguyễn Thị Lan", officer.email, "TA-H1"]
    xlsx = _xlsx_rows(client.get(reverse("people:directory_export", args=["xlsx"]), {"q": "lan"}))
    assert xlsx[1][:4] == rows[1][:4]

    from people.services.staff_import import preview_staff_import

    plan = preview_staff_import(response.content, "export.csv")
    assert not plan.has_errors and plan.change_count == 0


def test_an_unknown_export_kind_is_not_found(client, administrator):
    client.force_login(administrator)
    assert client.get(reverse("people:directory_export", args=["pdf"])).status_code == 404


def test_the_page_speaks_vietnamese_and_english(client, administrator, officer):
    client.force_login(administrator)
    assert "<h1>Danh bạ cán bộ</h1>" in client.get(URL).content.decode()
    administrator.language = "en"
    administrator.save()
    assert "<h1>Staff directory</h1>" in client.get(URL).content.decode()
