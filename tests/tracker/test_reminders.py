"""Reminders: due within a week, due tomorrow, overdue; escalation up the tree; weekly digests;
each sent once however many times the run happens, in the recipient's language."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from people.models import Officer
from people.roles import MANAGER
from tests.factories.people import ManagerScopeFactory, OfficerFactory, UserFactory
from tests.learning import complete
from tracker import services
from tracker.models import Assignment, ReminderLog
from tracker.reminders import run_daily, send_reminders

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
DUE = datetime.date(2026, 12, 16)  # a Wednesday


def on(day_offset, hour=7):
    day = DUE + datetime.timedelta(days=day_offset)
    return datetime.datetime(day.year, day.month, day.day, hour, tzinfo=HCM)


@pytest.fixture(autouse=True)
def tracker_settings(settings):
    settings.TRACKER_ESCALATE_AFTER_DAYS = 7
    settings.TRACKER_ESCALATE_PARENT_AFTER_DAYS = 14
    settings.TRACKER_DIGEST_WEEKDAY = 7  # no digests unless a test asks for them


@pytest.fixture
def district_manager(org):
    user = UserFactory(
        email="manager.a1@example.org", first_name="Tâm", last_name="Hồ Minh", roles=[MANAGER]
    )
    OfficerFactory(user=user, employee_code="QL-A1-001", unit=org.district_a1)
    ManagerScopeFactory(user=user, unit=org.district_a1)
    return user


@pytest.fixture
def assignment(org, manager, officer, course):
    with time_machine.travel(on(-15), tick=False):
        return services.create_assignment(
            manager,
            course=course,
            scope=Assignment.Scope.OFFICERS,
            officers=[Officer.objects.get(user=officer)],
            due_on=DUE,
        )


def run(when):
    before = len(mail.outbox)
    with time_machine.travel(when, tick=False):
        run_daily()
    return mail.outbox[before:]


def to(messages, email):
    return [m for m in messages if m.to == [email]]


def test_officers_are_reminded_a_week_before_the_day_before_and_when_overdue(assignment, officer):
    assert run(on(-8)) == []
    week = run(on(-7))
    assert len(to(week, officer.email)) == 1
    assert "trong tuần" in week[0].subject or "tuần" in week[0].subject
    assert run(on(-7, hour=18)) == []  # a second run that day sends nothing
    assert run(on(-3)) == []  # still within the week: already told

    tomorrow = run(on(-1))
    assert len(to(tomorrow, officer.email)) == 1
    assert "ngày mai" in tomorrow[0].subject
    assert run(on(0)) == []

    overdue = run(on(1))
    assert len(to(overdue, officer.email)) == 1
    assert "quá hạn" in overdue[0].subject
    assert "Bảo mật" not in overdue[0].body  # the course of this test is another one
    assert "An toàn thông tin cho cán bộ văn phòng" in overdue[0].body
    assert run(on(2)) == []
    assert ReminderLog.objects.filter(recipient=officer).count() == 3


def test_running_twice_in_a_row_sends_nothing_twice(assignment, officer, district_manager):
    first = run(on(20))
    assert first
    assert run(on(20)) == []
    assert run(on(20, hour=23)) == []


def test_the_command_runs_the_daily_work_and_twice_sends_nothing_twice(assignment, officer):
    with time_machine.travel(on(1), tick=False):
        call_command("send_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
        sent = len(mail.outbox)
        call_command("send_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert sent == 1
    assert len(mail.outbox) == 1


def test_reminders_speak_the_recipients_language(assignment, officer):
    officer.language = "en"
    officer.save()
    [message] = run(on(1))
    assert message.subject == "Overdue training on Kỹ Năng Số"
    assert "days overdue" in message.body or "day overdue" in message.body


def test_a_late_start_gets_only_the_reminders_still_due(org, manager, officer, course):
    with time_machine.travel(on(-1), tick=False):
        services.create_assignment(
            manager,
            course=course,
            scope=Assignment.Scope.OFFICERS,
            officers=[Officer.objects.get(user=officer)],
            due_on=DUE,
        )
    sent = run(on(-1))
    assert [m.subject for m in sent] == ["Khóa học được giao đến hạn vào ngày mai trên Kỹ Năng Số"]


def test_nothing_is_sent_for_completed_withdrawn_or_departed(
    org, manager, officer, course, other_course, django_capture_on_commit_callbacks
):
    quitter = OfficerFactory(unit=org.district_a1)
    with time_machine.travel(on(-15), tick=False):
        done = services.create_assignment(
            manager,
            course=course,
            scope=Assignment.Scope.OFFICERS,
            officers=[Officer.objects.get(user=officer)],
            due_on=DUE,
        )
        withdrawn = services.create_assignment(
            manager,
            course=other_course,
            scope=Assignment.Scope.UNIT,
            unit=org.district_a1,
            due_on=DUE,
        )
        with django_capture_on_commit_callbacks(execute=True):
            complete(officer, course)
        services.withdraw_assignment(manager, withdrawn)
    from people import services as people_services

    people_services.set_officer_active(quitter, False)
    assert done.targets.get().completed_at is not None
    assert run(on(-7)) == []
    assert run(on(20)) == []


def test_overdue_work_escalates_to_the_units_managers_then_to_the_managers_above(
    assignment, officer, manager, district_manager, other_manager
):
    run(on(1))  # the officer's own overdue reminder
    assert run(on(6)) == []

    first = run(on(7))
    assert [m.to for m in first] == [[district_manager.email]]
    assert "Nguyễn Thị Lan" in first[0].body
    assert "Văn phòng Huyện ủy A1" in first[0].body
    assert run(on(8)) == []

    second = run(on(14))
    assert [m.to for m in second] == [[manager.email]]
    assert run(on(30)) == []
    assert not ReminderLog.objects.filter(recipient=other_manager).exists()


def test_without_managers_on_the_unit_escalation_goes_to_the_nearest_above(
    assignment, officer, manager, administrator
):
    first = run(on(7))
    kinds = {m.to[0] for m in first}
    assert manager.email in kinds  # province A's manager is the nearest
    assert run(on(14)) == []  # nobody above province A manages: nothing more to send


def test_managers_get_a_weekly_digest_of_their_units_overdue_work(
    settings, assignment, officer, manager, other_manager
):
    settings.TRACKER_DIGEST_WEEKDAY = 0
    settings.TRACKER_ESCALATE_AFTER_DAYS = 60
    settings.TRACKER_ESCALATE_PARENT_AFTER_DAYS = 90
    monday = on(5)  # 21 December 2026
    assert monday.weekday() == 0
    sent = run(monday)
    digests = to(sent, manager.email)
    assert len(digests) == 1
    assert "21/12/2026" in digests[0].subject
    assert "Nguyễn Thị Lan" in digests[0].body
    assert to(sent, other_manager.email) == []  # nothing overdue in province B
    assert run(monday + datetime.timedelta(days=2)) == []  # one a week
    next_week = run(monday + datetime.timedelta(days=7))
    assert len(to(next_week, manager.email)) == 1


def test_a_message_that_fails_is_tried_again_on_the_next_run(assignment, officer, monkeypatch):
    from django.core.mail.backends.locmem import EmailBackend

    original = EmailBackend.send_messages

    def broken(self, messages):
        raise OSError("mail server down")

    monkeypatch.setattr(EmailBackend, "send_messages", broken)
    with time_machine.travel(on(1), tick=False):
        summary = send_reminders()
    assert (summary.emails, summary.failed) == (0, 1)
    assert not ReminderLog.objects.exists()
    monkeypatch.setattr(EmailBackend, "send_messages", original)
    assert len(run(on(1))) == 1


def test_the_daily_run_reports_what_it_did(assignment, officer):
    with time_machine.travel(on(1), tick=False):
        summary = run_daily()
    assert summary.reminders == 1
    assert summary.statuses_changed == 1  # not started -> overdue


# A new due date ------------------------------------------------------------------------------


def extend(manager, assignment, when, due_on):
    assignment.refresh_from_db()
    with time_machine.travel(when, tick=False):
        services.edit_assignment(manager, assignment, due_on=due_on, note="Gia hạn")


def test_an_extension_re_arms_each_reminder_once_for_the_new_date(assignment, officer, manager):
    assert len(run(on(-7))) == 1
    assert len(run(on(-1))) == 1
    assert len(run(on(1))) == 1
    new_due = DUE + datetime.timedelta(days=10)
    extend(manager, assignment, on(2, hour=10), new_due)

    assert run(on(2, hour=18)) == []  # eight days left: nothing due yet
    week = run(on(3))
    assert [m.subject for m in week] == [
        "Khóa học được giao đến hạn trong tuần tới trên Kỹ Năng Số"
    ]
    assert new_due.strftime("%d/%m/%Y") in week[0].body
    assert run(on(3, hour=18)) == []
    assert run(on(6)) == []
    assert len(run(on(9))) == 1  # due tomorrow, the new tomorrow
    assert run(on(9, hour=18)) == []
    overdue = run(on(11))
    assert len(overdue) == 1 and "quá hạn" in overdue[0].subject
    assert run(on(11)) == [] and run(on(12)) == []

    sent = ReminderLog.objects.filter(recipient=officer).order_by("due_on", "sent_at")
    assert [(r.due_on, r.kind) for r in sent] == [
        (DUE, "due_soon"),
        (DUE, "due_tomorrow"),
        (DUE, "overdue"),
        (new_due, "due_soon"),
        (new_due, "due_tomorrow"),
        (new_due, "overdue"),
    ]


def test_a_short_extension_in_the_last_days_reminds_of_the_new_date_once(
    assignment, officer, manager
):
    assert len(run(on(-1))) == 1  # "due tomorrow" for the old date
    extend(manager, assignment, on(-1, hour=12), DUE + datetime.timedelta(days=3))
    again = run(on(-1, hour=13))
    assert [m.subject for m in again] == [
        "Khóa học được giao đến hạn trong tuần tới trên Kỹ Năng Số"
    ]
    assert run(on(-1, hour=20)) == []
    assert run(on(0)) == []


def test_an_unchanged_due_date_sends_nothing_again(assignment, officer, manager):
    assert len(run(on(1))) == 1
    extend(manager, assignment, on(1, hour=10), DUE)  # only the note changes
    assert run(on(1, hour=11)) == []
    assert run(on(2)) == []


def test_escalations_are_re_armed_by_an_extension_too(
    assignment, officer, manager, district_manager
):
    assert to(run(on(7)), district_manager.email)
    new_due = DUE + datetime.timedelta(days=10)
    extend(manager, assignment, on(8), new_due)
    assert not to(run(on(16)), district_manager.email)  # six days after the new date
    escalated = run(on(18))  # seven days after the new date
    assert len(to(escalated, district_manager.email)) == 1
    assert run(on(18, hour=20)) == []
