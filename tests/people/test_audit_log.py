"""One audit log an administrator reads: Wagtail's (Reports → Site history, filters, XLSX/CSV),
with the right actor for each event, each entry also one JSON line on the kns.audit logger."""

import datetime
import json
import logging

import pyotp
import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import ModelLogEntry

from people.roles import MANAGER, TRAINER
from tests.factories.people import TEST_PASSWORD
from tests.people.test_two_factor import _activate_totp

pytestmark = pytest.mark.django_db


def _entries(action):
    return list(ModelLogEntry.objects.filter(action=action).order_by("pk"))


def test_sign_in_and_sign_out_are_logged_with_address_and_agent(client, officer):
    client.post(
        reverse("account_login"),
        {"login": officer.email, "password": TEST_PASSWORD},
        HTTP_USER_AGENT="Firefox/140",
    )
    client.post(reverse("account_logout"))
    (signed_in,) = _entries("people.sign_in")
    assert signed_in.user == officer
    assert signed_in.data["user_agent"] == "Firefox/140"
    assert signed_in.data["ip"] == "127.0.0.1"
    assert _entries("people.sign_out")[0].user == officer


def test_a_failed_sign_in_is_logged_against_the_account(client, officer):
    client.post(reverse("account_login"), {"login": officer.email, "password": "wrong-password"})
    (failed,) = _entries("people.sign_in_failed")
    assert failed.object_id == str(officer.pk)
    assert failed.user is None


def test_a_wrong_two_factor_code_is_logged_as_a_failed_sign_in(client, officer):
    _activate_totp(client, officer)
    client.post(reverse("account_logout"))
    client.post(reverse("account_login"), {"login": officer.email, "password": TEST_PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": "000000"})
    (failed,) = _entries("people.sign_in_failed")
    assert failed.object_id == str(officer.pk)
    assert failed.data["step"] == "two-factor"


def test_password_change_and_two_factor_on_and_off_are_logged(
    client, officer, django_capture_on_commit_callbacks
):
    # allauth tells of two-factor changes once the transaction has committed.
    with django_capture_on_commit_callbacks(execute=True):
        secret = _activate_totp(client, officer)
    assert _entries("people.mfa_enabled")[0].user == officer
    client.post(reverse("account_reauthenticate"), {"password": TEST_PASSWORD})
    response = client.post(
        reverse("account_change_password"),
        {
            "oldpassword": TEST_PASSWORD,
            "password1": "Sông-Hồng-2026!",
            "password2": "Sông-Hồng-2026!",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    assert _entries("people.password_change")[0].user == officer
    client.post(reverse("mfa_reauthenticate"), {"code": pyotp.TOTP(secret).now()})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("mfa_deactivate_totp"))
    assert [e.user for e in _entries("people.mfa_disabled")][:1] == [officer]


def test_role_changes_record_before_and_after_and_who(client, administrator, officer):
    from django.contrib.auth.models import Group
    from wagtail.log_actions import LogContext

    with LogContext(user=administrator):
        officer.groups.add(Group.objects.get(name=TRAINER))
    entry = _entries("people.roles_changed")[-1]
    assert entry.user == administrator
    assert entry.data == {"before": ["Officer"], "after": ["Officer", TRAINER]}


def test_a_staff_import_is_logged_with_file_and_counts(org, tmp_path):
    path = tmp_path / "can-bo.csv"
    path.write_text(
        "employee_code,full_name,email,unit_code,position,roles\n"
        "CB-9,Đỗ Văn Hải,hai.dv@example.org,TA-H1,Chuyên viên,\n",
        encoding="utf-8",
    )
    call_command("import_staff", str(path), "--no-invitations", verbosity=0)
    (entry,) = _entries("people.staff_import")
    assert entry.data["file"] == "can-bo.csv"
    assert entry.data["created"] == 1
    assert entry.data["via"] == "command"


def test_every_export_is_logged_with_who(client, manager, org):
    client.force_login(manager)
    client.get(
        reverse("reports:manage_unit", args=[org.province_a.pk]),
        {"export": "csv", "table": "officers"},
    )
    (entry,) = _entries("reports.export")
    assert entry.user == manager
    assert entry.data["format"] == "csv"


def test_assignment_changes_are_logged(manager, org, course):
    from tracker import services
    from tracker.models import Assignment

    services.create_assignment(
        manager,
        course=course,
        scope=Assignment.Scope.UNIT,
        unit=org.district_a1,
        due_on=datetime.date.today() + datetime.timedelta(days=30),
    )
    (entry,) = _entries("tracker.assignment_created")
    assert entry.user == manager


def test_each_entry_is_also_one_json_line_for_a_siem(caplog, officer, administrator):
    from wagtail.log_actions import log

    with caplog.at_level(logging.INFO, logger="kns.audit"):
        log(instance=officer, action="people.mfa_reset", user=administrator)
    (line,) = [r.getMessage() for r in caplog.records if r.name == "kns.audit"]
    record = json.loads(line)
    assert record["action"] == "people.mfa_reset"
    assert record["user_id"] == administrator.pk
    assert record["object_id"] == str(officer.pk)


def test_the_administrator_reads_it_in_site_history_and_downloads_it(
    client, administrator, officer
):
    client.post(reverse("account_login"), {"login": officer.email, "password": "wrong-password"})
    client.force_login(administrator)
    client.cookies["kns_language"] = "en"
    page = client.get(reverse("wagtailadmin_reports:site_history"))
    assert page.status_code == 200
    assert "Sign-in failed" in page.content.decode()
    filtered = client.get(
        reverse("wagtailadmin_reports:site_history"), {"action": "people.sign_in_failed"}
    )
    assert filtered.status_code == 200
    xlsx = client.get(reverse("wagtailadmin_reports:site_history"), {"export": "xlsx"})
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_managers_cannot_read_the_log(client, manager):
    client.force_login(manager)
    assert client.get(reverse("wagtailadmin_reports:site_history")).status_code == 403
    assert MANAGER
