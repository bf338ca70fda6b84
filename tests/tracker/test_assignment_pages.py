"""The managers' assignment pages: list, create, detail, edit and withdraw, within scope."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from people.models import Officer
from tests.factories.people import OfficerFactory, ReadDelegationFactory
from tracker import services
from tracker.models import Assignment, AssignmentLog

pytestmark = pytest.mark.django_db


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def assignment(org, manager, officer, course):
    return services.create_assignment(
        manager,
        course=course,
        scope=Assignment.Scope.SUBTREE,
        unit=org.province_a,
        due_on=in_days(20),
        note="Ưu tiên hoàn thành trong tháng.",
    )


def test_the_manage_pages_link_to_assignments(client, manager):
    client.force_login(manager)
    page = soup(client.get(reverse("reports:manage")))
    assert page.select_one(f"a[href='{reverse('tracker:assignments')}']")


@pytest.mark.parametrize("who", ["officer", "trainer", "outsider"])
def test_the_manage_pages_refuse_people_who_do_not_manage(client, request, who):
    client.force_login(request.getfixturevalue(who))
    for name in ("tracker:assignments", "tracker:assignment_create"):
        assert client.get(reverse(name)).status_code == 403


def test_managers_list_the_assignments_of_their_units_only(
    client, org, manager, other_manager, administrator, assignment, course
):
    theirs = services.create_assignment(
        other_manager,
        course=course,
        scope=Assignment.Scope.UNIT,
        unit=org.province_b,
        due_on=in_days(10),
    )
    national = services.create_assignment(
        administrator, course=course, scope="subtree", unit=org.central, due_on=in_days(40)
    )
    client.force_login(manager)
    links = {a["href"] for a in soup(client.get(reverse("tracker:assignments"))).select("tbody a")}
    assert reverse("tracker:assignment", args=[assignment.pk]) in links
    assert reverse("tracker:assignment", args=[national.pk]) in links  # covers their units
    assert reverse("tracker:assignment", args=[theirs.pk]) not in links


def test_a_manager_assigns_a_unit_through_the_form(client, org, manager, officer, course):
    client.force_login(manager)
    response = client.post(
        reverse("tracker:assignment_create"),
        {
            "course": course.pk,
            "scope": "subtree",
            "unit": org.district_a1.pk,
            "due_on": in_days(14).isoformat(),
            "note": "Học trước ngày 15.",
        },
    )
    assignment = Assignment.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("tracker:assignment", args=[assignment.pk])
    assert assignment.targets.get().user == officer
    page = soup(client.get(response.url))
    assert "Nguyễn Thị Lan" in page.get_text()
    assert page.select_one("h1").get_text() == course.title


def test_named_officers_are_given_by_employee_code_and_unknown_codes_are_named(
    client, manager, officer, other_officer, course
):
    client.force_login(manager)
    url = reverse("tracker:assignment_create")
    data = {"course": course.pk, "scope": "officers", "due_on": in_days(14).isoformat()}
    response = client.post(url, {**data, "officer_codes": "cb-a1-001\nCB-B1-001, KHONG-CO"})
    assert response.status_code == 200
    errors = soup(response).select_one(".field-errors").get_text()
    assert "CB-B1-001" in errors and "KHONG-CO" in errors and "CB-A1-001" not in errors
    assert not Assignment.objects.exists()
    response = client.post(url, {**data, "officer_codes": " cb-a1-001 "})
    assert response.status_code == 302
    assert list(Assignment.objects.get().officers.all()) == [officer]


def test_units_outside_the_managers_scope_are_not_offered(client, org, manager, course):
    client.force_login(manager)
    page = soup(client.get(reverse("tracker:assignment_create")))
    offered = {o["value"] for o in page.select("select[name=unit] option") if o["value"]}
    assert offered == {str(u.pk) for u in (org.province_a, org.district_a1, org.district_a2)}
    response = client.post(
        reverse("tracker:assignment_create"),
        {"course": course.pk, "scope": "unit", "unit": org.province_b.pk, "due_on": in_days(3)},
    )
    assert response.status_code == 200
    assert not Assignment.objects.exists()


def test_bad_input_is_explained_not_crashed_on(client, manager, course):
    client.force_login(manager)
    response = client.post(
        reverse("tracker:assignment_create"),
        {"course": course.pk, "scope": "subtree", "due_on": "2020-01-01", "recurrence_months": "0"},
    )
    assert response.status_code == 200
    page = soup(response)
    text = page.get_text()
    assert "Hạn hoàn thành không được là ngày đã qua." in text
    assert "Hãy chọn đơn vị." in text
    assert page.select_one("#id_recurrence_months").find_parent(class_="field-invalid")


def test_the_detail_shows_each_officer_status_and_the_history(client, manager, officer, assignment):
    client.force_login(manager)
    page = soup(client.get(reverse("tracker:assignment", args=[assignment.pk])))
    rows = page.select("tbody tr")
    assert {r.th.get_text(strip=True) for r in rows} == {"Nguyễn Thị Lan", "Phạm Văn Quang"}
    assert "Chưa bắt đầu" in rows[0].get_text()
    assert "Tạo mới" in page.select_one(".tracker-log").get_text()


def test_a_delegate_reads_the_detail_but_cannot_change_it(client, manager, officer, assignment):
    reader = OfficerFactory(unit=Officer.objects.get(user=officer).unit).user
    ReadDelegationFactory(manager=manager, delegate=reader)
    client.force_login(reader)
    assert client.get(reverse("tracker:assignment", args=[assignment.pk])).status_code == 200
    assert client.get(reverse("tracker:assignment_edit", args=[assignment.pk])).status_code == 403
    post = client.post(reverse("tracker:assignment_withdraw", args=[assignment.pk]))
    assert post.status_code == 403


def test_editing_the_due_date_through_the_page(client, manager, assignment):
    client.force_login(manager)
    url = reverse("tracker:assignment_edit", args=[assignment.pk])
    assert soup(client.get(url)).select_one("#id_due_on")["value"] == in_days(20).isoformat()
    response = client.post(url, {"due_on": in_days(45).isoformat(), "note": "Gia hạn."})
    assert response.status_code == 302
    assignment.refresh_from_db()
    assert assignment.due_on == in_days(45)
    page = soup(client.get(reverse("tracker:assignment", args=[assignment.pk])))
    assert in_days(45).isoformat() in page.select_one(".tracker-log").get_text()


def test_withdrawing_through_the_page(client, manager, assignment):
    client.force_login(manager)
    url = reverse("tracker:assignment_withdraw", args=[assignment.pk])
    assert client.post(url, {"reason": "Trùng lịch tập huấn"}).status_code == 302
    assignment.refresh_from_db()
    assert assignment.is_withdrawn
    assert assignment.log.filter(action=AssignmentLog.Action.WITHDRAWN).exists()
    page = soup(client.get(reverse("tracker:assignment", args=[assignment.pk])))
    assert "Trùng lịch tập huấn" in page.get_text()
    assert not page.select_one(f"a[href='{url}']")


def test_list_and_detail_run_a_fixed_number_of_queries(client, org, manager, course):
    def counts():
        client.force_login(manager)
        result = []
        for url in (
            reverse("tracker:assignments"),
            reverse("tracker:assignment", args=[Assignment.objects.first().pk]),
        ):
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            result.append(len(queries))
        return result

    services.create_assignment(manager, course=course, scope="subtree", unit=org.province_a,
                               due_on=in_days(9))  # fmt: skip
    small = counts()
    for _ in range(8):
        OfficerFactory(unit=org.district_a2)
    for days in range(10, 15):
        services.create_assignment(manager, course=course, scope="unit", unit=org.district_a2,
                                   due_on=in_days(days))  # fmt: skip
    services.sync_open_assignments()
    assert counts() == small
