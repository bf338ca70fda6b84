"""Everything that changes enrolments and item progress goes through these functions.

Other apps call them too: the tracker enrols people by assignment (``enrol(..., source=
"assignment")``) and opens another round when they are due again (``start_new_cycle``), and
the quizzes app marks a quiz done when it is passed (``mark_item_done``).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db import IntegrityError, transaction
from django.db.models import Case, F, Max, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Page

from courses.completion import (
    HEARTBEAT_MAX_CREDIT_SECONDS,
    HEARTBEAT_MAX_GAP_SECONDS,
    credited_seconds,
    is_complete,
    progress_percent,
)
from courses.models import CoursePage, Enrolment, EnrolmentCycle, EnrolmentMode, ItemProgress
from courses.queries import course_items, is_required_item
from courses.signals import course_completed, cycle_started, item_done, item_opened
from people.learner_stamps import renew_learners

if TYPE_CHECKING:
    from wagtail.models import Workflow

    from people.models import User


class CourseError(Exception):
    """A course operation was refused; the message is safe to show to the learner."""


class CourseNotAvailable(CourseError):
    """The course is not published."""


class SelfEnrolmentNotAllowed(CourseError):
    """The course is given by assignment only; learners cannot enrol themselves."""


class NotEnrolled(CourseError):
    """The learner has no enrolment in the course this item belongs to."""


class NotACourseItem(CourseError):
    """The page is not an item directly inside a course."""


def _course_of(item: Page) -> CoursePage:
    if not getattr(item.specific_class, "is_course_item", False):
        raise NotACourseItem(f"Page {item.pk} is not a course item.")
    course = CoursePage.objects.filter(path=item.path[: -item.steplen]).first()
    if course is None:
        raise NotACourseItem(f"Page {item.pk} is not inside a course.")
    return course


def _locked_enrolment(user: User, item: Page) -> Enrolment:
    course = _course_of(item)
    enrolment = (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("course")
        .filter(user=user, course=course)
        .first()
    )
    if enrolment is None:
        raise NotEnrolled(f"{user} is not enrolled in course {course.pk}.")
    return enrolment


def _progress(enrolment: Enrolment, item: Page, now: datetime) -> ItemProgress:
    progress, _created = ItemProgress.objects.select_for_update().get_or_create(
        user_id=enrolment.user_id,
        item_id=item.pk,
        defaults={"enrolment": enrolment, "first_opened_at": now, "last_opened_at": now},
    )
    return progress


def _touch(enrolment: Enrolment, item: Page, now: datetime) -> None:
    enrolment.last_item_id = item.pk
    enrolment.last_activity_at = now
    if enrolment.started_at is None:
        enrolment.started_at = now
    if enrolment.status == Enrolment.Status.ENROLLED:
        enrolment.status = Enrolment.Status.IN_PROGRESS


def enrol(user: User, course: CoursePage, *, source: str = Enrolment.Source.SELF) -> Enrolment:
    """Enrol a person in a course; enrolling again returns the existing enrolment.

    Raises SelfEnrolmentNotAllowed for self-enrolment in a course given by assignment only,
    and CourseNotAvailable for an unpublished course.
    """
    if source not in Enrolment.Source.values:
        raise ValueError(f"Unknown enrolment source {source!r}.")
    if not course.live:
        raise CourseNotAvailable(f"Course {course.pk} is not published.")
    if source == Enrolment.Source.SELF and course.enrolment_mode != EnrolmentMode.OPEN:
        raise SelfEnrolmentNotAllowed(f"Course {course.pk} is given by assignment only.")
    try:
        with transaction.atomic():
            enrolment, created = Enrolment.objects.get_or_create(
                user=user, course=course, defaults={"source": source}
            )
    except IntegrityError:  # a concurrent request enrolled the same person first
        enrolment, created = Enrolment.objects.get(user=user, course=course), False
    if not created and source == Enrolment.Source.ASSIGNMENT != enrolment.source:
        enrolment.source = Enrolment.Source.ASSIGNMENT
        enrolment.changed_at = timezone.now()
        enrolment.save(update_fields=["source", "changed_at"])
    return enrolment


# Opening an item again this soon after the last recorded opening changes nothing worth a write.
OPEN_RECORD_INTERVAL = timedelta(minutes=5)


def open_item(
    user: User,
    item: Page,
    *,
    enrolment: Enrolment | None = None,
    now: datetime | None = None,
    progress_by_item: dict[int, ItemProgress] | None = None,
) -> ItemProgress:
    """Record that a learner opened a course item: first/last opened, and where they are.

    A page view calls this, so it reads first and writes only when something changes: the
    first opening, another item than the last one, or the last recorded opening of this item
    more than OPEN_RECORD_INTERVAL ago. Each write is one UPDATE statement, never a lock held
    across queries. ``enrolment`` and ``progress_by_item`` (the learner's progress in the
    course's items, by item) save a query each when the caller has read them already; the
    latter is brought up to date.
    """
    now = now or timezone.now()
    if enrolment is None or enrolment.user_id != user.pk:
        enrolment = Enrolment.objects.filter(user=user, course=_course_of(item)).first()
        if enrolment is None:
            raise NotEnrolled(f"{user} is not enrolled in course {item.pk}'s course.")
    if progress_by_item is None:
        progress = ItemProgress.objects.filter(user_id=user.pk, item_id=item.pk).first()
    else:
        progress = progress_by_item.get(item.pk)
    if (
        progress is not None
        and progress.last_opened_at is not None
        and timedelta(0) <= now - progress.last_opened_at < OPEN_RECORD_INTERVAL
        and enrolment.last_item_id == item.pk
        and enrolment.started_at is not None
        and enrolment.status != Enrolment.Status.ENROLLED
    ):
        return progress
    with transaction.atomic():
        if progress is None:
            try:
                with transaction.atomic():
                    progress = ItemProgress.objects.create(
                        user_id=user.pk,
                        item_id=item.pk,
                        enrolment=enrolment,
                        first_opened_at=now,
                        last_opened_at=now,
                    )
            except IntegrityError:  # the same learner's other tab opened it first
                progress = ItemProgress.objects.get(user_id=user.pk, item_id=item.pk)
        ItemProgress.objects.filter(pk=progress.pk).update(
            last_opened_at=now, first_opened_at=Coalesce("first_opened_at", Value(now))
        )
        progress.last_opened_at = now
        progress.first_opened_at = progress.first_opened_at or now
        Enrolment.objects.filter(pk=enrolment.pk).update(
            last_item_id=item.pk,
            last_activity_at=now,
            changed_at=now,
            started_at=Coalesce("started_at", Value(now)),
            status=Case(
                When(status=Enrolment.Status.ENROLLED, then=Value(Enrolment.Status.IN_PROGRESS)),
                default=F("status"),
            ),
        )
        renew_learners([user.pk])
        _touch(enrolment, item, now)
        enrolment.changed_at = now
        _tell(item_opened, user, item, enrolment, now)
    if progress_by_item is not None:
        progress_by_item[item.pk] = progress
    return progress


def _tell(
    signal: Any, user: Any, item: Page, enrolment: Enrolment, now: datetime, **extra: Any
) -> None:
    """Send an item signal once the transaction has committed."""
    transaction.on_commit(
        lambda: signal.send(
            sender=Enrolment, user=user, item=item, enrolment=enrolment, at=now, **extra
        )
    )


@transaction.atomic
def mark_item_done(
    user: User,
    item: Page,
    *,
    passed: bool = True,
    now: datetime | None = None,
    score_percent: Decimal | None = None,
) -> ItemProgress:
    """Mark a course item done for a learner and recompute their enrolment.

    Lessons call this from "Mark as done", SCORM lessons when their package reports them done
    (with its score); the quizzes app calls it when a quiz is passed. ``passed=False`` records
    the visit only; an item once done stays done.
    """
    now = now or timezone.now()
    enrolment = _locked_enrolment(user, item)
    progress = _progress(enrolment, item, now)
    if passed and progress.done_at is None:
        progress.done_at = now
        progress.save(update_fields=["done_at"])
        _tell(item_done, user, item, enrolment, now, score_percent=score_percent)
    _touch(enrolment, item, now)
    enrolment.changed_at = now
    enrolment.save(
        update_fields=["last_item", "last_activity_at", "started_at", "status", "changed_at"]
    )
    recompute_enrolment(enrolment, now=now)
    return progress


@transaction.atomic
def record_heartbeat(user: User, item: Page, *, now: datetime | None = None) -> int:
    """Credit time spent on an item from a heartbeat; returns the seconds credited.

    The first beat after a pause only starts the clock; a beat credits at most
    HEARTBEAT_MAX_CREDIT_SECONDS and never more than has passed since the learner's previous
    beat on any item, so a learner is credited at most 60 seconds in any minute.
    """
    now = now or timezone.now()
    enrolment = _locked_enrolment(user, item)
    progress = _progress(enrolment, item, now)
    last_any = ItemProgress.objects.filter(user_id=enrolment.user_id).aggregate(
        last=Max("last_heartbeat_at")
    )["last"]
    credit = credited_seconds(
        since_item_beat=(now - progress.last_heartbeat_at).total_seconds()
        if progress.last_heartbeat_at
        else None,
        since_user_beat=(now - last_any).total_seconds() if last_any else None,
        max_gap=HEARTBEAT_MAX_GAP_SECONDS,
        max_credit=HEARTBEAT_MAX_CREDIT_SECONDS,
    )
    progress.last_heartbeat_at = now
    progress.seconds_spent += credit
    progress.save(update_fields=["last_heartbeat_at", "seconds_spent"])
    enrolment.seconds_spent += credit
    enrolment.last_activity_at = enrolment.changed_at = now
    enrolment.save(update_fields=["seconds_spent", "last_activity_at", "changed_at"])
    return credit


def _apply(
    enrolment: Enrolment, required_ids: list[int], done_ids: set[int], now: datetime
) -> bool:
    """Set status, percent and (once) completion from the rule; True when completed now."""
    enrolment.progress_percent = progress_percent(required_ids, done_ids)
    completed_now = False
    if enrolment.completed_at is None and is_complete(required_ids, done_ids):
        enrolment.completed_at = now
        completed_now = True
    if enrolment.completed_at is not None:
        enrolment.status = Enrolment.Status.COMPLETED
    elif enrolment.started_at is not None or done_ids:
        enrolment.status = Enrolment.Status.IN_PROGRESS
    else:
        enrolment.status = Enrolment.Status.ENROLLED
    return completed_now


def _announce(enrolment: Enrolment) -> None:
    transaction.on_commit(lambda: course_completed.send(sender=Enrolment, enrolment=enrolment))


@transaction.atomic
def recompute_enrolment(enrolment: Enrolment, *, now: datetime | None = None) -> Enrolment:
    """Recompute an enrolment's progress and status from its item progress.

    Completion is recorded once: when a required item is added later the percentage drops and
    the new item shows as not done, but ``completed_at`` and the completed status remain.
    """
    now = now or timezone.now()
    required_ids = [i.pk for i in course_items(enrolment.course) if is_required_item(i)]
    done_ids = set(
        ItemProgress.objects.filter(
            enrolment=enrolment, item_id__in=required_ids, done_at__isnull=False
        ).values_list("item_id", flat=True)
    )
    if _apply(enrolment, required_ids, done_ids, now):
        _announce(enrolment)
    enrolment.changed_at = now
    enrolment.save(update_fields=["progress_percent", "status", "completed_at", "changed_at"])
    return enrolment


@transaction.atomic
def recompute_course(course: CoursePage, *, now: datetime | None = None) -> int:
    """Recompute every enrolment in a course (after its items change); returns how many changed.

    A fixed number of queries, however many learners are enrolled.
    """
    now = now or timezone.now()
    required_ids = [i.pk for i in course_items(course) if is_required_item(i)]
    done_by_enrolment: dict[int, set[int]] = {}
    for enrolment_id, item_id in ItemProgress.objects.filter(
        enrolment__course=course, item_id__in=required_ids, done_at__isnull=False
    ).values_list("enrolment_id", "item_id"):
        done_by_enrolment.setdefault(enrolment_id, set()).add(item_id)
    changed = []
    for enrolment in Enrolment.objects.filter(course=course).select_for_update():
        before = (enrolment.progress_percent, enrolment.status, enrolment.completed_at)
        if _apply(enrolment, required_ids, done_by_enrolment.get(enrolment.pk, set()), now):
            _announce(enrolment)
        if (enrolment.progress_percent, enrolment.status, enrolment.completed_at) != before:
            enrolment.changed_at = now
            changed.append(enrolment)
    Enrolment.objects.bulk_update(
        changed, ["progress_percent", "status", "completed_at", "changed_at"], batch_size=500
    )
    renew_learners(e.user_id for e in changed)
    return len(changed)


@transaction.atomic
def start_new_cycle(
    enrolment: Enrolment,
    *,
    completed_before: datetime | None = None,
    now: datetime | None = None,
) -> Enrolment:
    """Open a completed enrolment for another round, when training recurs (the tracker calls
    this when an officer is due again).

    The finished round is kept as an EnrolmentCycle (its start, completion and progress); the
    items are no longer done, the enrolment is back to "enrolled" with no completion, so the
    course can be done again and its completion recorded anew (``course_completed`` is sent
    again then). Time spent keeps adding up. An enrolment that is not completed is left as it
    is, so calling this twice opens one round; with ``completed_before``, so is one whose
    completion is that recent (a caller that read the enrolment earlier may be late).
    """
    now = now or timezone.now()
    enrolment = Enrolment.objects.select_for_update(of=("self",)).get(pk=enrolment.pk)
    if enrolment.completed_at is None:
        return enrolment
    if completed_before is not None and enrolment.completed_at >= completed_before:
        return enrolment
    previous = EnrolmentCycle.objects.create(
        enrolment=enrolment,
        user_id=enrolment.user_id,
        course_id=enrolment.course_id,
        number=enrolment.cycle,
        started_at=enrolment.started_at,
        completed_at=enrolment.completed_at,
        progress_percent=enrolment.progress_percent,
        seconds_spent=enrolment.seconds_spent,
        closed_at=now,
    )
    ItemProgress.objects.filter(enrolment=enrolment, done_at__isnull=False).update(done_at=None)
    renew_learners([enrolment.user_id])
    enrolment.cycle += 1
    enrolment.cycle_started_at = now
    enrolment.status = Enrolment.Status.ENROLLED
    enrolment.progress_percent = 0
    enrolment.started_at = None
    enrolment.completed_at = None
    enrolment.last_item = None
    enrolment.changed_at = now
    enrolment.save(
        update_fields=[
            "changed_at",
            "cycle",
            "cycle_started_at",
            "status",
            "progress_percent",
            "started_at",
            "completed_at",
            "last_item",
        ]
    )
    cycle_started.send(sender=Enrolment, enrolment=enrolment, previous=previous)
    return enrolment


@transaction.atomic
def ensure_course_workflow(index: Page) -> Workflow:
    """Put the course catalogue (and so every course under it) under moderation.

    Trainers submit, administrators approve: the active workflow whose approval task goes to
    the Administrator group is used, or one is created. Idempotent.
    """
    from django.contrib.auth.models import Group
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    from people.roles import ADMINISTRATOR

    existing = WorkflowPage.objects.filter(page=index).select_related("workflow").first()
    if existing is not None:
        return existing.workflow
    administrators, _created = Group.objects.get_or_create(name=ADMINISTRATOR)
    workflow = (
        Workflow.objects.filter(
            active=True,
            workflow_tasks__task__in=GroupApprovalTask.objects.filter(
                groups=administrators, active=True
            ),
        )
        .order_by("pk")
        .first()
    )
    if workflow is None:
        workflow = Workflow.objects.create(name="Course review", active=True)
        task = GroupApprovalTask.objects.create(name="Administrator approval")
        task.groups.set([administrators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=index, workflow=workflow)
    return workflow
