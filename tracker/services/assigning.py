"""Assignments: give a course to units or named officers, edit or withdraw it, and bring in
newcomers. Statuses and recurrence are in tracker.services.statuses."""

from __future__ import annotations

import datetime
import logging
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import services as course_services
from courses.models import CoursePage, Enrolment
from people.dates import add_months
from people.learner_stamps import renew_every_learner, renew_learners
from people.models import Officer, OrgUnit
from tracker import permissions
from tracker.models import Assignment, AssignmentLog, AssignmentTarget
from tracker.services.base import (
    CHUNK,
    AssignmentRefused,
    _chunks,
    _local_date,
    _log,
    _snapshot,
    _today,
    repeat_months,
)
from tracker.services.statuses import _start_next_cycles, refresh_targets
from tracker.status import next_due_on

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from people.models import User

logger = logging.getLogger(__name__)

# Assignments bigger than this enrol their officers in a background task after the commit.
INLINE_ENROL_LIMIT = 1000


def newcomer_days() -> int:
    return int(getattr(settings, "TRACKER_NEWCOMER_DAYS", 14))


# Assignments ---------------------------------------------------------------------------------


def _check_months(value: int | None, label: str) -> None:
    if value is not None and not 1 <= value <= 120:
        raise AssignmentRefused(_("%(field)s must be between 1 and 120 months.") % {"field": label})


def create_assignment(
    actor: User | None,
    *,
    course: CoursePage,
    scope: str,
    due_on: datetime.date,
    unit: OrgUnit | None = None,
    officers: Sequence[Officer] = (),
    note: str = "",
    recurrence_months: int | None = None,
    certificate_valid_months: int | None = None,
    within: list[OrgUnit] | None = None,
    now: datetime.datetime | None = None,
) -> Assignment:
    """Give a course to a unit (alone or with its subtree) or to named officers, and enrol them.

    Managers may assign only within the units they were given; administrators anywhere; with
    ``within`` (another system, no person: actor None), only inside those subtrees.
    """
    now = now or timezone.now()
    if within is None and (actor is None or not permissions.can_assign(actor)):
        raise AssignmentRefused(_("Only managers and administrators can assign courses."))
    if scope not in Assignment.Scope.values:
        raise AssignmentRefused(_("Choose whom the course is assigned to."))
    if not course.live:
        raise AssignmentRefused(
            _("The course %(title)s is not published.") % {"title": course.title}
        )
    if due_on < _today(now):
        raise AssignmentRefused(_("The due date must not be in the past."))
    _check_months(recurrence_months, _("Repeat every"))
    _check_months(certificate_valid_months, _("Certificate validity"))
    officers = list(officers)
    if scope == Assignment.Scope.OFFICERS:
        if not officers:
            raise AssignmentRefused(_("Choose at least one officer."))
        officers = list(
            Officer.objects.filter(pk__in=[o.pk for o in officers]).select_related("unit", "user")
        )
        inactive = [o for o in officers if not o.active]
        if inactive:
            raise AssignmentRefused(
                _("%(name)s is no longer active.") % {"name": inactive[0].full_name}
            )
        if not (
            permissions.can_assign_within(within, officers=officers)
            if within is not None
            else permissions.can_assign_to_officers(actor, officers)  # type: ignore[arg-type]
        ):
            raise AssignmentRefused(_("You can only assign courses to officers of your units."))
        unit = None
    else:
        if unit is None:
            raise AssignmentRefused(_("Choose a unit."))
        unit = OrgUnit.objects.get(pk=unit.pk)
        if not unit.active:
            raise AssignmentRefused(_("The unit %(unit)s is inactive.") % {"unit": unit.label})
        if not (
            permissions.can_assign_within(within, unit=unit)
            if within is not None
            else permissions.can_assign_to_unit(actor, unit)  # type: ignore[arg-type]
        ):
            raise AssignmentRefused(_("You can only assign courses within your units."))
    with transaction.atomic():
        assignment = Assignment.objects.create(
            course=course,
            scope=scope,
            unit=unit,
            due_on=due_on,
            note=note.strip(),
            recurrence_months=recurrence_months,
            certificate_valid_months=certificate_valid_months,
            created_by=actor,
            created_at=now,
        )
        if officers:
            assignment.officers.set([o.user for o in officers])
        _log(assignment, AssignmentLog.Action.CREATED, actor, after=_snapshot(assignment), now=now)
        _add_targets(
            assignment, _eligible_officers(assignment), AssignmentTarget.Origin.ASSIGNED, now
        )
    return assignment


def _eligible_officers(assignment: Assignment) -> list[tuple[int, int]]:
    """(user id, unit id) of the active officers an assignment covers now."""
    officers = Officer.objects.filter(active=True, user__is_active=True)
    if assignment.scope == Assignment.Scope.UNIT:
        officers = officers.filter(unit_id=assignment.unit_id)
    elif assignment.scope == Assignment.Scope.SUBTREE:
        officers = officers.filter(unit__path__startswith=assignment.scope_unit().path)
    else:
        officers = officers.filter(user__in=assignment.officers.all())
    return list(officers.values_list("user_id", "unit_id"))


def _add_targets(
    assignment: Assignment,
    officers: Sequence[tuple[int, int]],
    origin: str,
    now: datetime.datetime,
) -> list[AssignmentTarget]:
    """Add a first-cycle target for each officer who has none yet on this assignment."""
    if not officers:
        return []
    existing = set(
        AssignmentTarget.objects.filter(assignment=assignment).values_list("user_id", flat=True)
    )
    months = repeat_months(assignment)
    counts_from = (
        timezone.make_aware(
            datetime.datetime.combine(add_months(_today(now), -months), datetime.time.min)
        )
        if months
        else None
    )
    due_on = assignment.due_on
    if origin == AssignmentTarget.Origin.NEWCOMER:
        due_on = max(due_on, _today(now) + datetime.timedelta(days=newcomer_days()))
    rows = [
        AssignmentTarget(
            assignment=assignment,
            user_id=user_id,
            unit_id=unit_id,
            course_id=assignment.course_id,
            cycle=1,
            due_on=due_on,
            counts_from=counts_from,
            origin=origin,
            added_at=now,
        )
        for user_id, unit_id in dict(officers).items()
        if user_id not in existing
    ]
    if not rows:
        return []
    AssignmentTarget.objects.bulk_create(rows, batch_size=CHUNK, ignore_conflicts=True)
    user_ids = [row.user_id for row in rows]
    renew_learners(user_ids)
    targets = list(
        AssignmentTarget.objects.filter(
            assignment=assignment, user_id__in=user_ids, enrolment__isnull=True
        ).select_related("assignment")
    )
    if len(targets) <= INLINE_ENROL_LIMIT:
        enrol_targets(targets, now=now)
    else:
        from tracker.tasks import enrol_assignment_targets

        assignment_id = assignment.pk
        transaction.on_commit(lambda: enrol_assignment_targets.enqueue(assignment_id))
    return targets


def enrol_targets(
    targets: Sequence[AssignmentTarget], *, now: datetime.datetime | None = None
) -> int:
    """Enrol each target's officer in the course (source "assignment") and link the enrolment.

    Idempotent: an officer already enrolled keeps their enrolment and progress.
    """
    now = now or timezone.now()
    if not targets:
        return 0
    users = get_user_model().objects.in_bulk({t.user_id for t in targets})
    courses = CoursePage.objects.in_bulk({t.course_id for t in targets})
    linked = []
    for target in targets:
        course = courses.get(target.course_id)
        user = users.get(target.user_id)
        if course is None or user is None:
            continue
        try:
            target.enrolment = course_services.enrol(
                user, course, source=Enrolment.Source.ASSIGNMENT
            )
        except course_services.CourseError as exc:
            logger.warning("Cannot enrol %s in course %s: %s", user.pk, course.pk, exc)
            continue
        linked.append(target)
    AssignmentTarget.objects.bulk_update(linked, ["enrolment"], batch_size=CHUNK)
    renew_learners(t.user_id for t in linked)
    refresh_targets(linked, now=now)
    return len(linked)


def enrol_pending_targets(assignment_id: int | None = None) -> int:
    """Enrol the officers of targets not linked to an enrolment yet (large assignments)."""
    queryset = AssignmentTarget.objects.open().filter(enrolment__isnull=True).order_by("pk")
    if assignment_id is not None:
        queryset = queryset.filter(assignment_id=assignment_id)
    done = 0
    for chunk in _chunks(list(queryset.values_list("pk", flat=True))):
        with transaction.atomic():
            targets = list(AssignmentTarget.objects.filter(pk__in=chunk))
            done += enrol_targets(targets)
    return done


class _Unchanged:
    """Marks a setting an edit leaves as it is."""

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED = _Unchanged()


def _may_change(actor: User | None, assignment: Assignment, within: list[OrgUnit] | None) -> bool:
    if within is not None:
        return permissions.can_change_assignment_within(within, assignment)
    return actor is not None and permissions.can_change_assignment(actor, assignment)


def edit_assignment(
    actor: User | None,
    assignment: Assignment,
    *,
    due_on: datetime.date,
    note: str,
    recurrence_months: int | None | _Unchanged = UNCHANGED,
    certificate_valid_months: int | None | _Unchanged = UNCHANGED,
    within: list[OrgUnit] | None = None,
    now: datetime.datetime | None = None,
) -> Assignment:
    """Change the due date, note, recurrence and certificate validity; every change is logged.

    Every officer's first cycle takes the new due date (a newcomer keeps a later date they were
    given). A new recurrence applies to every officer: those who completed their current cycle
    are due again from that completion, those still due again get a due date from their last
    completion with the new interval, and when the assignment stops repeating, the next cycles
    not completed are removed. A new certificate validity applies to certificates issued from
    now on (those issued are signed as printed). Statuses follow at once.
    """
    now = now or timezone.now()
    with transaction.atomic():
        assignment = (
            Assignment.objects.select_for_update(of=("self",))
            .select_related("course", "unit")
            .get(pk=assignment.pk)
        )
        if not _may_change(actor, assignment, within):
            raise AssignmentRefused(_("You cannot change this assignment."))
        if assignment.is_withdrawn:
            raise AssignmentRefused(_("This assignment was withdrawn and can no longer change."))
        if due_on < _today(now) and due_on != assignment.due_on:
            raise AssignmentRefused(_("The due date must not be in the past."))
        if not isinstance(recurrence_months, _Unchanged):
            _check_months(recurrence_months, _("Repeat every"))
        if not isinstance(certificate_valid_months, _Unchanged):
            _check_months(certificate_valid_months, _("Certificate valid for"))
        before = _snapshot(assignment)
        old_due, old_months = assignment.due_on, repeat_months(assignment)
        assignment.due_on = due_on
        assignment.note = note.strip()
        if not isinstance(recurrence_months, _Unchanged):
            assignment.recurrence_months = recurrence_months
        if not isinstance(certificate_valid_months, _Unchanged):
            assignment.certificate_valid_months = certificate_valid_months
        if before == _snapshot(assignment):
            return assignment
        assignment.save(
            update_fields=[
                "due_on",
                "note",
                "recurrence_months",
                "certificate_valid_months",
                "updated_at",
            ]
        )
        if due_on != old_due:
            first = AssignmentTarget.objects.filter(assignment=assignment, cycle=1)
            first.exclude(origin=AssignmentTarget.Origin.NEWCOMER).update(due_on=due_on)
            first.filter(origin=AssignmentTarget.Origin.NEWCOMER, due_on__lt=due_on).update(
                due_on=due_on
            )
            renew_every_learner()  # whoever the assignment reaches
            refresh_targets(list(first), now=now)
        if repeat_months(assignment) != old_months:
            _apply_new_recurrence(assignment, now=now)
        _log(
            assignment,
            AssignmentLog.Action.EDITED,
            actor,
            before=before,
            after=_snapshot(assignment),
            now=now,
        )
    return assignment


def _first_cycle_counts_from(
    target: AssignmentTarget, months: int | None
) -> datetime.datetime | None:
    """Completions a first cycle accepts: any (one-off), or those of the last ``months``
    before the officer was given the assignment."""
    if not months:
        return None
    start = add_months(timezone.localdate(target.added_at), -months)
    return timezone.make_aware(datetime.datetime.combine(start, datetime.time.min))


def _apply_new_recurrence(assignment: Assignment, *, now: datetime.datetime) -> None:
    """Bring every officer's cycles in line with a changed recurrence (or validity)."""
    months = repeat_months(assignment)
    current = list(
        AssignmentTarget.objects.filter(assignment=assignment, superseded_at__isnull=True)
    )
    # Cycles after the first that are still to do: a new due date, or gone.
    later = [t for t in current if t.cycle > 1 and t.completed_at is None]
    previous = {
        (t.user_id, t.cycle): t
        for t in AssignmentTarget.objects.filter(
            assignment=assignment,
            user_id__in={t.user_id for t in later},
            completed_at__isnull=False,
        )
    }
    kept: list[AssignmentTarget] = []
    for target in later:
        before = previous.get((target.user_id, target.cycle - 1))
        if before is None or before.completed_at is None:  # completed: fetched so
            continue
        if not months:
            AssignmentTarget.objects.filter(pk=before.pk).update(superseded_at=None)
            renew_learners([before.user_id])
            target.delete()
            continue
        target.due_on = next_due_on(_local_date(before.completed_at), months)
        kept.append(target)
    AssignmentTarget.objects.bulk_update(kept, ["due_on"], batch_size=CHUNK)
    renew_learners(t.user_id for t in kept)
    # First cycles still to do accept completions according to the new interval.
    first = [t for t in current if t.cycle == 1 and t.completed_at is None]
    for target in first:
        target.counts_from = _first_cycle_counts_from(target, months)
    AssignmentTarget.objects.bulk_update(first, ["counts_from"], batch_size=CHUNK)
    renew_learners(t.user_id for t in first)
    refresh_targets([*kept, *first], now=now)
    # Officers who completed their current cycle are due again from that completion.
    if months:
        done = [t for t in current if t.completed_at is not None]
        _start_next_cycles(done, now=now)


def withdraw_assignment(
    actor: User | None,
    assignment: Assignment,
    *,
    reason: str = "",
    within: list[OrgUnit] | None = None,
    now: datetime.datetime | None = None,
) -> Assignment:
    """Withdraw an assignment: no more reminders or newcomers; enrolments and results stay."""
    now = now or timezone.now()
    with transaction.atomic():
        assignment = (
            Assignment.objects.select_for_update(of=("self",))
            .select_related("course", "unit")
            .get(pk=assignment.pk)
        )
        if not _may_change(actor, assignment, within):
            raise AssignmentRefused(_("You cannot change this assignment."))
        if assignment.is_withdrawn:
            return assignment
        before = _snapshot(assignment)
        assignment.withdrawn_at = now
        assignment.withdrawn_by = actor if getattr(actor, "pk", None) else None
        assignment.withdraw_reason = reason.strip()[:500]
        assignment.save(
            update_fields=["withdrawn_at", "withdrawn_by", "withdraw_reason", "updated_at"]
        )
        _log(
            assignment,
            AssignmentLog.Action.WITHDRAWN,
            actor,
            before=before,
            after=_snapshot(assignment),
            now=now,
        )
    return assignment


def _open_assignments_for_unit(unit: OrgUnit) -> QuerySet[Assignment]:
    ancestors = [unit.path[:end] for end in range(unit.steplen, len(unit.path) + 1, unit.steplen)]
    return Assignment.objects.open().filter(
        Q(scope=Assignment.Scope.UNIT, unit=unit)
        | Q(scope=Assignment.Scope.SUBTREE, unit__path__in=ancestors)
    )


def assign_open_assignments_to(
    officer: Officer, *, now: datetime.datetime | None = None
) -> list[AssignmentTarget]:
    """Give an officer every open assignment of their unit (and of the trees above it) they do
    not have yet: for newcomers and officers who moved. Past targets stay where they were."""
    now = now or timezone.now()
    officer = Officer.objects.select_related("unit", "user").get(pk=officer.pk)
    if not officer.active or not officer.user.is_active:
        return []
    added: list[AssignmentTarget] = []
    with transaction.atomic():
        assignments = _open_assignments_for_unit(officer.unit).exclude(
            targets__user_id=officer.user_id
        )
        for assignment in assignments.select_related("unit"):
            added += _add_newcomers(assignment, [(officer.user_id, officer.unit_id)], now)
    return added


def _add_newcomers(
    assignment: Assignment, officers: list[tuple[int, int]], now: datetime.datetime
) -> list[AssignmentTarget]:
    """Add (user id, unit id) pairs who joined an assigned unit, logged as newcomers."""
    targets = _add_targets(assignment, officers, AssignmentTarget.Origin.NEWCOMER, now)
    if targets:
        _log(
            assignment,
            AssignmentLog.Action.OFFICERS_ADDED,
            None,
            after={"officers": [t.user_id for t in targets], "reason": "newcomer"},
            now=now,
        )
    return targets


def assign_open_assignments_to_officers(
    officer_ids: Sequence[int], *, now: datetime.datetime | None = None
) -> int:
    """Give officers who joined or moved in bulk (a staff import) the open assignments of their
    unit and of the trees above it that they do not have yet; returns how many were added.

    One query for the open unit assignments and one per chunk of officers, then a few per
    assignment that gains officers, however many officers there are.
    """
    now = now or timezone.now()
    unit_scopes = [Assignment.Scope.UNIT, Assignment.Scope.SUBTREE]
    assignments = list(
        Assignment.objects.open().filter(scope__in=unit_scopes).select_related("unit")
    )
    if not assignments:
        return 0
    added = 0
    for chunk in _chunks(sorted(set(officer_ids))):
        officers = Officer.objects.filter(
            pk__in=chunk, active=True, user__is_active=True
        ).values_list("user_id", "unit_id", "unit__path")
        wanted: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for user_id, unit_id, path in officers:
            for assignment in assignments:
                if (
                    assignment.unit_id == unit_id
                    if assignment.scope == Assignment.Scope.UNIT
                    else path.startswith(assignment.scope_unit().path)
                ):
                    wanted[assignment.pk].append((user_id, unit_id))
        for assignment in assignments:
            if not wanted.get(assignment.pk):
                continue
            with transaction.atomic():
                added += len(_add_newcomers(assignment, wanted[assignment.pk], now))
    return added


def sync_open_assignments(*, now: datetime.datetime | None = None) -> int:
    """Add newcomers to every open unit assignment; returns how many were added. Officers
    placed by a staff import get theirs at once (people's ``officers_placed``); this sweep with
    the daily reminders catches anything written some other way."""
    now = now or timezone.now()
    added = 0
    unit_scopes = [Assignment.Scope.UNIT, Assignment.Scope.SUBTREE]
    for assignment in (
        Assignment.objects.open().filter(scope__in=unit_scopes).select_related("unit")
    ):
        with transaction.atomic():
            existing = set(
                AssignmentTarget.objects.filter(assignment=assignment).values_list(
                    "user_id", flat=True
                )
            )
            missing = [pair for pair in _eligible_officers(assignment) if pair[0] not in existing]
            if not missing:
                continue
            added += len(_add_newcomers(assignment, missing, now))
    return added
