"""Importing staff in the admin: upload, preview, confirm; nothing saved before."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from people.models import Officer
from tests.people.helpers import csv_bytes, xlsx_bytes

pytestmark = pytest.mark.django_db
URL = reverse("staff-import:index")

ROWS = [
    ["NV001", "Nguyễn Văn An", "an@example.org", "TA-H1", "Chuyên viên", ""],
    ["NV002", "Đặng Thu Hà", "ha@example.org", "TB-H1", "Văn thư", "Quản lý"],
]


@pytest.fixture
def admin_client(client, administrator):
    client.force_login(administrator)
    return client


def _upload(client, data, name="staff.csv", **extra):
    return client.post(URL, {"file": SimpleUploadedFile(name, data), **extra})


def test_the_page_documents_the_columns_and_offers_templates(admin_client, org):
    html = admin_client.get(URL).content.decode()
    assert reverse("staff-import:template", args=["xlsx"]) in html
    assert reverse("staff-import:template", args=["csv"]) in html


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_templates_download(admin_client, org, kind):
    response = admin_client.get(reverse("staff-import:template", args=[kind]))
    assert response.status_code == 200
    assert f"staff-template.{kind}" in response["Content-Disposition"]
    if kind == "xlsx":
        workbook = load_workbook(io.BytesIO(response.content), read_only=True)
        codes = [row[0].value for row in list(workbook.worksheets[2].iter_rows())[1:]]
        assert "TA-H1" in codes


def test_preview_then_confirm(admin_client, org, mailoutbox, django_capture_on_commit_callbacks):
    response = _upload(admin_client, xlsx_bytes(ROWS), "staff.xlsx")
    plan = response.context["plan"]
    assert len(plan.created) == 2 and not plan.has_errors
    assert not Officer.objects.exists()  # a preview saves nothing
    html = response.content.decode()
    assert "Nguyễn Văn An" in html and "Đặng Thu Hà" in html
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            URL, {"token": response.context["token"], "digest": plan.digest}
        )
    assert response.status_code == 302
    assert Officer.objects.count() == 2
    assert len(mailoutbox) == 2


def test_errors_are_listed_with_row_numbers_and_nothing_can_be_confirmed(admin_client, org):
    rows = [*ROWS, ["NV003", "", "bad-email", "KHONG", "", "Vua"]]
    response = _upload(admin_client, csv_bytes(rows))
    plan = response.context["plan"]
    assert {(e.row, e.column) for e in plan.errors} == {
        (4, "full_name"),
        (4, "email"),
        (4, "roles"),
        (4, "unit_code"),
    }
    assert response.context["token"] == ""
    assert 'name="token"' not in response.content.decode()
    assert not Officer.objects.exists()


def test_a_file_of_the_wrong_kind_gets_a_clear_message(admin_client, org):
    response = _upload(admin_client, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "staff.xls")
    [error] = response.context["plan"].errors
    assert ".xls" in error.message


def test_a_confirmation_that_no_longer_matches_the_preview_shows_the_new_preview(
    admin_client, org, officer
):
    rows = [["CB-A1-001", "Nguyễn Thị Lan", officer.email, "TA-H2", "Chuyên viên", ""]]
    response = _upload(admin_client, csv_bytes(rows))
    token, digest = response.context["token"], response.context["plan"].digest
    # Someone moves the officer in the meantime.
    from people.services.officers import update_officer

    update_officer(
        officer.officer,
        email=officer.email,
        full_name="Nguyễn Thị Lan",
        employee_code="CB-A1-001",
        unit=org.district_a2,
        position="Chuyên viên",
        active=True,
    )
    response = admin_client.post(URL, {"token": token, "digest": digest})
    assert response.status_code == 200
    assert response.context["plan"].change_count == 0


def test_someone_elses_preview_token_is_useless(client, admin_client, org, administrator):
    response = _upload(admin_client, csv_bytes(ROWS))
    token, digest = response.context["token"], response.context["plan"].digest
    from tests.factories import UserFactory

    other_admin = UserFactory(email="admin.b@example.org", roles=["Administrator"])
    client.force_login(other_admin)
    response = client.post(URL, {"token": token, "digest": digest})
    assert response.status_code == 302
    assert not Officer.objects.exists()


def test_deactivate_missing_is_shown_in_the_preview(admin_client, org, officer, other_officer):
    response = _upload(admin_client, csv_bytes(ROWS), deactivate_missing="on")
    plan = response.context["plan"]
    assert {d.employee_code for d in plan.deactivated} == {"CB-A1-001", "CB-B1-001"}
    assert "CB-B1-001" in response.content.decode()


@pytest.mark.parametrize("persona", ["manager", "trainer", "officer"])
def test_only_administrators_import(client, request, org, persona):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(URL).status_code in (302, 403)
    response = client.post(URL, {"file": SimpleUploadedFile("s.csv", csv_bytes(ROWS))})
    assert response.status_code in (302, 403)
    assert client.get(reverse("staff-import:template", args=["csv"])).status_code in (302, 403)
    assert not Officer.objects.filter(employee_code="NV001").exists()


def test_a_previewed_file_waits_in_the_database_for_its_uploader_only(admin_client, org):
    from people.models import PendingStaffImport

    response = _upload(admin_client, csv_bytes(ROWS))
    pending = PendingStaffImport.objects.get()
    assert str(pending.token) == response.context["token"]
    assert bytes(pending.content) == csv_bytes(ROWS)
    admin_client.post(URL, {"token": response.context["token"], "digest": "x"})
    assert PendingStaffImport.objects.exists()  # a stale confirmation keeps it for a retry
    plan = response.context["plan"]
    admin_client.post(URL, {"token": response.context["token"], "digest": plan.digest})
    assert not PendingStaffImport.objects.exists()  # forgotten once imported


def test_a_preview_expires_after_a_day(admin_client, org):
    import datetime

    import time_machine
    from django.utils import timezone

    response = _upload(admin_client, csv_bytes(ROWS))
    token, digest = response.context["token"], response.context["plan"].digest
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=25)):
        admin_client.force_login(response.wsgi_request.user)
        response = admin_client.post(URL, {"token": token, "digest": digest})
    assert response.status_code == 302
    assert not Officer.objects.exists()


def test_a_file_that_changes_nothing_offers_no_confirmation(admin_client, org, officer):
    rows = [["CB-A1-001", "Nguyễn Thị Lan", officer.email, "TA-H1", "Chuyên viên", "Cán bộ"]]
    response = _upload(admin_client, csv_bytes(rows))
    assert response.context["plan"].change_count == 0
    assert response.context["token"] == ""
