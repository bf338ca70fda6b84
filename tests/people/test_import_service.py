"""The staff import service: create or update by employee code, previews, errors, rollback."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection
from django.utils import translation

from people.models import Officer, OfficerMove
from people.roles import MANAGER, OFFICER
from people.services.officers import set_officer_active
from people.services.refusals import StaffImportError, StaffImportFailed
from people.services.staff_import import import_staff, preview_staff_import
from people.services.units import set_unit_active
from tests.factories.people import OfficerFactory
from tests.people.helpers import csv_bytes, xlsx_bytes

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _row(code, name, email, unit, position="Chuyên viên", roles=""):
    return [code, name, email, unit, position, roles]


STAFF = [
    _row("NV001", "Nguyễn Văn An", "an@example.org", "TA-H1"),
    _row("NV002", "Đặng Thu Hà", "ha@example.org", "TA-H2", "Văn thư"),
    _row("NV003", "Trương Ưng", "ung@example.org", "TB", "Chánh Văn phòng", "Quản lý; Cán bộ"),
]


def _import(rows, commit_callbacks, **kwargs):
    with commit_callbacks(execute=True):
        return import_staff(csv_bytes(rows), "staff.csv", **kwargs)


def _snapshot():
    return (
        sorted(
            User.objects.values_list(
                "email", "first_name", "last_name", "password", "is_active", "name_sort_key"
            )
        ),
        sorted(Officer.objects.values_list("employee_code", "unit__code", "position", "active")),
        OfficerMove.objects.count(),
        sorted(User.groups.through.objects.values_list("user__email", "group__name")),
    )


def test_new_officers_get_an_account_without_password_and_the_officer_role(
    org, django_capture_on_commit_callbacks
):
    plan = _import(STAFF, django_capture_on_commit_callbacks)
    assert plan.applied and len(plan.created) == 3
    an = Officer.objects.select_related("user", "unit").get(employee_code="NV001")
    assert an.user.get_full_name() == "Nguyễn Văn An"
    assert an.user.first_name == "An"
    assert an.unit == org.district_a1
    assert not an.user.has_usable_password()
    assert list(an.user.groups.values_list("name", flat=True)) == [OFFICER]
    ung = User.objects.get(email="ung@example.org")
    assert set(ung.groups.values_list("name", flat=True)) == {OFFICER, MANAGER}
    assert OfficerMove.objects.filter(officer=an, from_unit=None, to_unit=org.district_a1).exists()


def test_new_accounts_are_invited_to_choose_a_password_with_a_link_that_works(
    org, client, django_capture_on_commit_callbacks
):
    plan = _import(STAFF[:1], django_capture_on_commit_callbacks)
    assert plan.invited == 1
    [message] = mail.outbox
    assert message.to == ["an@example.org"]
    # New accounts have no language yet: the email is in Vietnamese, the site's language.
    assert "Nguyễn Văn An" in message.body
    link = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+)", message.body).group(1)
    response = client.get(link, follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link
    response = client.post(
        form_url, {"password1": "Mật-khẩu-mới-2026!", "password2": "Mật-khẩu-mới-2026!"}
    )
    assert response.status_code == 302
    assert User.objects.get(email="an@example.org").check_password("Mật-khẩu-mới-2026!")
    assert Officer.objects.get(employee_code="NV001").invited_at is not None


def test_the_invitation_is_written_in_the_recipients_language(
    org, django_capture_on_commit_callbacks
):
    english = User.objects.create_user("eng@example.org", language="en")
    vietnamese = User.objects.create_user("viet@example.org", language="vi")
    _import(
        [
            _row("E1", "Lê English", "eng@example.org", "TA"),
            _row("V1", "Lê Việt", "viet@example.org", "TA"),
        ],
        django_capture_on_commit_callbacks,
    )
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert by_recipient[english.email].subject.startswith("Your account")
    assert "Tài khoản" in by_recipient[vietnamese.email].subject


def test_importing_the_same_file_twice_changes_nothing(org, django_capture_on_commit_callbacks):
    _import(STAFF, django_capture_on_commit_callbacks)
    before = _snapshot()
    emails = len(mail.outbox)
    plan = _import(STAFF, django_capture_on_commit_callbacks)
    assert plan.change_count == 0
    assert len(plan.unchanged) == 3
    assert _snapshot() == before
    assert len(mail.outbox) == emails


def test_the_same_staff_as_xlsx_is_also_unchanged(org, django_capture_on_commit_callbacks):
    _import(STAFF, django_capture_on_commit_callbacks)
    plan = import_staff(xlsx_bytes(STAFF), "staff.xlsx", dry_run=True)
    assert plan.change_count == 0


def test_an_existing_officer_is_updated_by_employee_code_never_duplicated(
    org, officer, django_capture_on_commit_callbacks
):
    plan = _import(
        [_row("cb-a1-001", "Nguyễn Thị Lan Anh", "lan.anh@example.org", "TA-H1", "Trưởng phòng")],
        django_capture_on_commit_callbacks,
    )
    assert [p.employee_code for p in plan.updated] == ["CB-A1-001"]
    assert len(plan.updated[0].changes) == 3
    officer.refresh_from_db()
    assert officer.email == "lan.anh@example.org"
    assert officer.get_full_name() == "Nguyễn Thị Lan Anh"
    assert Officer.objects.filter(user=officer).count() == 1
    assert officer.officer.position == "Trưởng phòng"
    assert officer.check_password("Mật-khẩu-thử-2026")  # the password is left alone
    assert mail.outbox == []


def test_a_new_unit_code_moves_the_officer_and_is_recorded(
    org, officer, administrator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        plan = import_staff(
            csv_bytes([_row("CB-A1-001", "Nguyễn Thị Lan", officer.email, "TB-H1", "")]),
            "staff.csv",
            actor=administrator,
        )
    assert [p.employee_code for p in plan.moved] == ["CB-A1-001"]
    assert "TA-H1" in plan.moved[0].changes[0] and "TB-H1" in plan.moved[0].changes[0]
    record = Officer.objects.get(user=officer)
    assert record.unit == org.district_b1
    move = OfficerMove.objects.filter(officer=record).latest("moved_at")
    assert (move.from_unit, move.to_unit, move.moved_by, move.source) == (
        org.district_a1,
        org.district_b1,
        administrator,
        OfficerMove.Source.IMPORT,
    )


def test_roles_in_the_file_are_added_never_removed(
    org, manager, django_capture_on_commit_callbacks
):
    _import(
        [_row("QL-A-001", "Phạm Văn Quang", manager.email, "TA", "", "Cán bộ")],
        django_capture_on_commit_callbacks,
    )
    assert set(manager.groups.values_list("name", flat=True)) == {MANAGER, OFFICER}


def test_an_account_without_officer_record_is_linked_not_duplicated(
    org, trainer, django_capture_on_commit_callbacks
):
    plan = _import(
        [_row("GV01", "Lê Minh Giảng", trainer.email, "TW-VP", "Giảng viên", "Giảng viên")],
        django_capture_on_commit_callbacks,
    )
    assert plan.created[0].changes[0] == "Existing account linked"
    assert Officer.objects.get(employee_code="GV01").user == trainer
    assert User.objects.filter(email=trainer.email).count() == 1
    assert mail.outbox == []  # they already have a password


def test_an_inactive_officer_in_the_file_is_reactivated(
    org, officer, django_capture_on_commit_callbacks
):
    set_officer_active(officer.officer, False)
    plan = _import(
        [_row("CB-A1-001", "Nguyễn Thị Lan", officer.email, "TA-H1", "Chuyên viên")],
        django_capture_on_commit_callbacks,
    )
    assert "Reactivated" in plan.updated[0].changes
    officer.refresh_from_db()
    assert officer.is_active and officer.officer.active


# Row errors that need the database ----------------------------------------------------------


def _errors(plan):
    return [(e.row, e.column) for e in plan.errors]


def test_an_unknown_unit_code_is_a_row_error(org):
    plan = preview_staff_import(
        csv_bytes([STAFF[0], _row("NV009", "Lê Bình", "binh@example.org", "KHONG-CO")]), "s.csv"
    )
    assert _errors(plan) == [(3, "unit_code")]
    assert "KHONG-CO" in plan.errors[0].message


def test_an_email_of_another_account_is_a_row_error(org, officer, other_officer):
    plan = preview_staff_import(
        csv_bytes(
            [
                _row("CB-A1-001", "Nguyễn Thị Lan", other_officer.email, "TA-H1"),
                _row("NV010", "Lê Mới", officer.email, "TA-H1"),
            ]
        ),
        "s.csv",
    )
    assert _errors(plan) == [(2, "email"), (3, "email")]
    assert "CB-A1-001" in plan.errors[1].message


def test_an_inactive_unit_takes_no_new_officers(org):
    set_unit_active(org.district_a2, False)
    plan = preview_staff_import(csv_bytes([STAFF[1]]), "s.csv")
    assert _errors(plan) == [(2, "unit_code")]


def test_nothing_is_saved_while_errors_remain(org, django_capture_on_commit_callbacks):
    rows = [*STAFF, _row("NV001", "Trùng Mã", "trung@example.org", "TA")]
    with pytest.raises(StaffImportError) as refused:
        _import(rows, django_capture_on_commit_callbacks)
    assert _errors(refused.value.plan) == [(5, "employee_code")]
    assert not Officer.objects.exists()
    assert not User.objects.filter(email="an@example.org").exists()
    assert mail.outbox == []


def test_a_file_of_the_wrong_kind_is_refused_with_a_message(org):
    plan = preview_staff_import(b"%PDF-1.4 ...", "staff.pdf")
    assert _errors(plan) == [(0, "")]
    with pytest.raises(StaffImportError):
        import_staff(b"%PDF-1.4 ...", "staff.pdf")


# Deactivating officers missing from the file ------------------------------------------------


def test_nobody_is_deactivated_unless_asked(org, officer, django_capture_on_commit_callbacks):
    plan = _import(STAFF, django_capture_on_commit_callbacks)
    assert plan.deactivated == []
    assert User.objects.get(pk=officer.pk).is_active


def test_deactivate_missing_is_previewed_then_applied(
    org, officer, other_officer, administrator, django_capture_on_commit_callbacks
):
    OfficerFactory(user=administrator, employee_code="AD-1", unit=org.central)
    preview = import_staff(
        csv_bytes(STAFF), "staff.csv", dry_run=True, deactivate_missing=True, actor=administrator
    )
    assert sorted(d.employee_code for d in preview.deactivated) == ["CB-A1-001", "CB-B1-001"]
    assert preview.skipped_self  # the administrator running it is not locked out
    assert User.objects.get(pk=officer.pk).is_active  # a dry run saves nothing

    with django_capture_on_commit_callbacks(execute=True):
        import_staff(csv_bytes(STAFF), "staff.csv", deactivate_missing=True, actor=administrator)
    for person in (officer, other_officer):
        person.refresh_from_db()
        assert not person.is_active and not person.officer.active
    assert User.objects.get(pk=administrator.pk).is_active


# The database failing half-way --------------------------------------------------------------


@pytest.fixture
def officer_insert_refused():
    """A real trigger that makes the database refuse one officer row, as a constraint would."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "CREATE FUNCTION people_refuse_boom() RETURNS trigger AS $$ BEGIN "
                "IF NEW.employee_code = 'BOOM' THEN RAISE EXCEPTION 'refused by trigger'; "
                "END IF; RETURN NEW; END; $$ LANGUAGE plpgsql"
            )
            cursor.execute(
                "CREATE TRIGGER people_refuse_boom BEFORE INSERT ON people_officer "
                "FOR EACH ROW EXECUTE FUNCTION people_refuse_boom()"
            )
        else:
            cursor.execute(
                "CREATE TRIGGER people_refuse_boom BEFORE INSERT ON people_officer "
                "WHEN NEW.employee_code = 'BOOM' "
                "BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END"
            )
    yield
    # The test's transaction is rolled back at the end, and the trigger with it.


def test_a_database_failure_half_way_rolls_everything_back(
    org, officer, officer_insert_refused, django_capture_on_commit_callbacks
):
    before = _snapshot()
    rows = [
        # An update that is written first...
        _row("CB-A1-001", "Nguyễn Thị Lan", officer.email, "TA-H2", "Trưởng phòng"),
        # ...new accounts that are written next...
        *STAFF,
        # ...and a row that passes every check but that the database refuses.
        _row("BOOM", "Lê Nổ", "no@example.org", "TA"),
    ]
    assert not preview_staff_import(csv_bytes(rows), "s.csv").has_errors
    with pytest.raises(StaffImportFailed, match="nothing was saved"):
        _import(rows, django_capture_on_commit_callbacks)
    assert _snapshot() == before
    assert Officer.objects.get(user=officer).unit == org.district_a1
    assert mail.outbox == []


def test_the_preview_costs_the_same_number_of_queries_for_more_rows(
    org, django_assert_max_num_queries
):
    small = csv_bytes([_row(f"Q{i}", "Lê An", f"q{i}@example.org", "TA") for i in range(5)])
    large = csv_bytes([_row(f"Q{i}", "Lê An", f"q{i}@example.org", "TA") for i in range(400)])
    with django_assert_max_num_queries(8):
        preview_staff_import(small, "s.csv")
    with django_assert_max_num_queries(8):
        preview_staff_import(large, "s.csv")
