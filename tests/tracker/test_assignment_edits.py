"""Changing an assignment's recurrence and its certificates' validity after it was created:
each officer's cycles follow, certificates issued later carry the new validity, every change
is logged, and the manager's edit page does it within scope."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse

from certificates.models import Certificate
from people.models import Officer
from tests.factories.people import OfficerFactory
from tests.learning import complete
from tracker import services
from tracker.models import Assignment, AssignmentLog, AssignmentTarget, TargetStatus

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
START = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=HCM)
DONE = datetime.datetime(2026, 12, 10, 9, 0, tzinfo=HCM)
LATER = datetime.datetime(2026, 12, 12, 9, 0, tzinfo=HCM)


def assign(manager, org, course, **settings):
    with time_machine.travel(START, tick=False):
        return services.create_assignment(
            manager,
            course=course,
            scope=Assignment.Scope.UNIT,
            unit=org.district_a1,
            due_on=datetime.date(2026, 12, 31),
            **settings,
        )


def completed_by(user, course, callbacks, when=DONE):
    with time_machine.travel(when, tick=False), callbacks(execute=True):
        complete(user, course)


def edit(actor, assignment, when=LATER, **changes):
    assignment.refresh_from_db()
    with time_machine.travel(when, tick=False):
        return services.edit_assignment(
            actor, assignment, due_on=assignment.due_on, note=assignment.note, **changes
        )


def cycles(user, assignment):
    return list(
        AssignmentTarget.objects.filter(assignment=assignment, user=user)
        .order_by("cycle")
        .values_list("cycle", "due_on", "superseded_at")
    )


def test_making_an_assignment_recur_puts_officers_who_completed_due_again(
    org, manager, officer, course, django_capture_on_commit_callbacks
):
    assignment = assign(manager, org, course)
    completed_by(officer, course, django_capture_on_commit_callbacks)
    assert [c[:2] for c in cycles(officer, assignment)] == [(1, datetime.date(2026, 12, 31))]

    edit(manager, assignment, recurrence_months=12)

    assert [c[:2] for c in cycles(officer, assignment)] == [
        (1, datetime.date(2026, 12, 31)),
        (2, datetime.date(2027, 12, 10)),
    ]
    second = AssignmentTarget.objects.get(assignment=assignment, user=officer, cycle=2)
    assert second.origin == AssignmentTarget.Origin.RECURRENCE
    entry = assignment.log.get(action=AssignmentLog.Action.EDITED)
    assert entry.actor == manager
    assert (entry.before["recurrence_months"], entry.after["recurrence_months"]) == (None, 12)


def test_a_longer_interval_moves_the_next_due_date_from_the_last_completion(
    org, manager, officer, course, django_capture_on_commit_callbacks
):
    assignment = assign(manager, org, course, recurrence_months=12)
    completed_by(officer, course, django_capture_on_commit_callbacks)
    edit(manager, assignment, recurrence_months=24)
    second = AssignmentTarget.objects.get(assignment=assignment, user=officer, cycle=2)
    assert second.due_on == datetime.date(2028, 12, 10)
    assert AssignmentTarget.objects.filter(assignment=assignment, user=officer).count() == 2


def test_stopping_the_recurrence_removes_the_cycles_still_to_do(
    org, manager, officer, course, django_capture_on_commit_callbacks
):
    assignment = assign(manager, org, course, recurrence_months=12)
    completed_by(officer, course, django_capture_on_commit_callbacks)
    assert len(cycles(officer, assignment)) == 2

    edit(manager, assignment, recurrence_months=None)

    [(cycle, _due, superseded)] = cycles(officer, assignment)
    assert (cycle, superseded) == (1, None)
    first = AssignmentTarget.objects.get(assignment=assignment, user=officer)
    assert (first.status, first.completed_at) == (TargetStatus.COMPLETED_ON_TIME, DONE)
    entry = assignment.log.get(action=AssignmentLog.Action.EDITED)
    assert (entry.before["recurrence_months"], entry.after["recurrence_months"]) == (12, None)


def test_officers_still_on_their_first_cycle_follow_the_new_interval(
    org, manager, officer, course, django_capture_on_commit_callbacks
):
    from courses import services as course_services

    course_services.enrol(officer, course)
    completed_by(
        officer,
        course,
        django_capture_on_commit_callbacks,
        when=datetime.datetime(2026, 2, 1, 9, tzinfo=HCM),
    )
    assignment = assign(manager, org, course, recurrence_months=6)
    first = AssignmentTarget.objects.get(assignment=assignment, user=officer)
    assert first.completed_at is None  # February is more than six months back
    edit(manager, assignment, recurrence_months=12)
    first.refresh_from_db()
    assert first.completed_at == datetime.datetime(2026, 2, 1, 9, tzinfo=HCM)
    assert first.status == TargetStatus.COMPLETED_ON_TIME


def test_a_new_certificate_validity_applies_to_certificates_issued_afterwards(
    org, manager, officer, course, signing_settings, django_capture_on_commit_callbacks
):
    assignment = assign(manager, org, course)
    completed_by(officer, course, django_capture_on_commit_callbacks)
    before = Certificate.objects.get(user=officer)
    assert before.valid_until is None

    edit(manager, assignment, certificate_valid_months=24)

    latecomer = OfficerFactory(unit=org.district_a1).user
    with time_machine.travel(LATER, tick=False):
        services.refresh_targets_for(latecomer)
        services.assign_open_assignments_to(Officer.objects.get(user=latecomer))
    completed_by(latecomer, course, django_capture_on_commit_callbacks, when=LATER)
    assert Certificate.objects.get(user=latecomer).valid_until == datetime.date(2028, 12, 12)
    before.refresh_from_db()
    assert before.valid_until is None  # signed as it was printed
    # …and the officer who completed is now due again when a certificate would have lapsed.
    second = AssignmentTarget.objects.get(assignment=assignment, user=officer, cycle=2)
    assert second.due_on == datetime.date(2028, 12, 10)
    entry = assignment.log.get(action=AssignmentLog.Action.EDITED)
    assert entry.after["certificate_valid_months"] == 24


@pytest.mark.parametrize("months", [0, 121])
def test_months_out_of_range_are_refused(org, manager, course, months):
    assignment = assign(manager, org, course)
    with pytest.raises(services.AssignmentRefused):
        edit(manager, assignment, recurrence_months=months)
    with pytest.raises(services.AssignmentRefused):
        edit(manager, assignment, certificate_valid_months=months)
    assert not assignment.log.filter(action=AssignmentLog.Action.EDITED).exists()


def test_a_manager_of_other_units_cannot_change_the_recurrence(org, manager, other_manager, course):
    assignment = assign(manager, org, course)
    with pytest.raises(services.AssignmentRefused):
        edit(other_manager, assignment, recurrence_months=12)
    assignment.refresh_from_db()
    assert assignment.recurrence_months is None


# The edit page -------------------------------------------------------------------------------


def page(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_edit_page_changes_recurrence_and_validity_and_the_history_shows_it(
    client, org, manager, course
):
    assignment = assign(manager, org, course, recurrence_months=12)
    url = reverse("tracker:assignment_edit", args=[assignment.pk])
    with time_machine.travel(LATER, tick=False):
        client.force_login(manager)
        form = page(client.get(url))
        assert form.select_one("#id_recurrence_months")["value"] == "12"
        assert not form.select_one("#id_certificate_valid_months").get("value")
        response = client.post(
            url,
            {
                "due_on": "2026-12-31",
                "note": "",
                "recurrence_months": "6",
                "certificate_valid_months": "12",
            },
        )
        assert response.status_code == 302
        detail = page(client.get(reverse("tracker:assignment", args=[assignment.pk])))
    assignment.refresh_from_db()
    assert (assignment.recurrence_months, assignment.certificate_valid_months) == (6, 12)
    history = " ".join(detail.select_one(".tracker-log").get_text().split())
    assert "12 → 6" in history
    assert "— → 12" in history


def test_the_edit_page_explains_a_bad_number_without_saving(client, org, manager, course):
    assignment = assign(manager, org, course, recurrence_months=12)
    url = reverse("tracker:assignment_edit", args=[assignment.pk])
    with time_machine.travel(LATER, tick=False):
        client.force_login(manager)
        response = client.post(url, {"due_on": "2026-12-31", "note": "", "recurrence_months": "0"})
    assert response.status_code == 200
    assert page(response).select_one("#id_recurrence_months").find_parent(class_="field-invalid")
    assignment.refresh_from_db()
    assert assignment.recurrence_months == 12


@pytest.mark.parametrize("who", ["officer", "other_manager", "outsider"])
def test_people_who_may_not_change_it_are_refused(client, request, org, manager, course, who):
    assignment = assign(manager, org, course, recurrence_months=12)
    url = reverse("tracker:assignment_edit", args=[assignment.pk])
    with time_machine.travel(LATER, tick=False):
        client.force_login(request.getfixturevalue(who))
        response = client.post(url, {"due_on": "2026-12-31", "note": "", "recurrence_months": "1"})
    assert response.status_code in (403, 404)
    assignment.refresh_from_db()
    assert assignment.recurrence_months == 12
