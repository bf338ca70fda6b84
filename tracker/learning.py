"""Read-side helpers for the tracker's pages: a fixed number of queries each, however many rows."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from certificates.models import Certificate
from courses.models import CoursePage, Enrolment
from courses.queries import in_progress_order
from people import permissions as people_permissions
from quizzes.course_marks import compute_figures, mark_out_of_ten, round_marks
from tracker import permissions, services
from tracker.models import (
    Assignment,
    AssignmentTarget,
    TargetStatus,
    next_round_opens_days,
    waiting_round,
)
from tracker.month import month_weeks, parse_month, shift_month
from tracker.status import order_for_my_learning, target_status

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
    from django_stubs_ext import WithAnnotations

    from courses.models import EnrolmentCycle
    from people.models import User
    from quizzes.models import Attempt, QuizPage
    from tracker.models import CalendarFeedToken, LiveStatus
    from tracker.month import Day


@dataclass
class MonthItem:
    kind: str  # "due" or "quiz"
    title: str
    url: str
    status: str = ""
    time: datetime.datetime | None = None


@dataclass
class AssignedCourse:
    """An assigned course on /my/: the officer's current cycle and its status as of now."""

    target: AssignmentTarget
    live_status: str
    days: int  # until the due date: 0 on the day, negative once overdue

    @property
    def days_overdue(self) -> int:
        return -self.days


@dataclass
class FinishedAttempt:
    """A finished quiz attempt on /my/, with the course of its quiz and whether it passed."""

    attempt: Attempt
    course: CoursePage | None
    passed: bool
    # The quiz hides marks (never shown, or not until it closes): no grade, no result.
    shows_mark: bool = True


@dataclass
class MyLearning:
    assigned: list[AssignedCourse] = field(default_factory=list)
    in_progress: list[Enrolment] = field(default_factory=list)
    completed: list[CompletedRound] = field(default_factory=list)
    attempts: list[FinishedAttempt] = field(default_factory=list)
    weeks: list[list[Day[MonthItem]]] = field(default_factory=list)
    month: datetime.date | None = None
    previous_month: datetime.date | None = None
    next_month: datetime.date | None = None
    feedback_course: CoursePage | None = None
    feed_token: CalendarFeedToken | None = None
    # The next moment the page reads differently with nothing written (a quiz shows its marks
    # once it closes), if any.
    changes_at: datetime.datetime | None = None


def courses_hiding_marks(
    courses: Iterable[CoursePage], *, now: datetime.datetime | None = None
) -> set[int]:
    """The courses with a quiz that does not show learners their marks now."""
    from quizzes.course_marks import quizzes_by_course
    from quizzes.presentation import marks_shown

    by_course = quizzes_by_course(course.pk for course in courses)
    return {
        course_id
        for course_id, quizzes in by_course.items()
        if any(not marks_shown(quiz, now=now) for quiz in quizzes)
    }


def assigned_courses(user: User, *, now: datetime.datetime | None = None) -> QuerySet[Any]:
    """The ids of the courses /my/ lists as assigned work still to do (not completed, nor
    waiting for a next round), as a query another can take in."""
    today = timezone.localdate(now or timezone.now())
    return (
        AssignmentTarget.objects.open()
        .current()
        .filter(user=user, completed_at__isnull=True)
        .exclude(waiting_round(today))
        .values_list("course_id", flat=True)
    )


def assigned_course_ids(user: User, *, now: datetime.datetime | None = None) -> set[int]:
    """Courses /my/ lists as assigned work still to do (not completed, nor waiting for a
    next round)."""
    return set(assigned_courses(user, now=now))


def _courses_by_path(paths: set[str], known: Iterable[CoursePage] = ()) -> dict[str, CoursePage]:
    """The courses at these paths: those in ``known`` first, the others from the database."""
    found = {c.path: c for c in known if c.path in paths}
    missing = paths - set(found)
    if missing:
        found.update((c.path, c) for c in CoursePage.objects.filter(path__in=missing))
    return found


@dataclass
class CompletedRound:
    """One completion on /my/: a course's current round, or an earlier round of a course that
    is due again (kept with its date, mark and certificate). For an earlier round, ``cycle`` is
    its EnrolmentCycle and ``seconds`` the time spent in it."""

    course: CoursePage
    completed_at: datetime.datetime
    mark: Any = None
    certificate: Certificate | None = None
    earlier: bool = False
    cycle: EnrolmentCycle | None = None
    seconds: int | None = None
    # A quiz of the course hides its marks: so does the course mark made from them.
    mark_hidden: bool = False


def _certificate_within(
    certificates: list[Certificate],
    since: datetime.datetime,
    until: datetime.datetime | None,
) -> Certificate | None:
    """The latest certificate of a round: of its completion or a refresher passed after it."""
    found = None
    for certificate in certificates:  # in order of completion
        if certificate.completed_at >= since and (
            until is None or certificate.completed_at <= until
        ):
            found = certificate
    return found


def certificates_by_enrolment(certificates: Iterable[Certificate]) -> dict[int, list[Certificate]]:
    """Certificates per enrolment in order of completion, as rounds are matched to them."""
    found: dict[int, list[Certificate]] = defaultdict(list)
    for certificate in sorted(certificates, key=lambda c: (c.completed_at, c.issued_at)):
        if certificate.enrolment_id:
            found[certificate.enrolment_id].append(certificate)
    return found


def earlier_rounds(
    enrolments: Sequence[Enrolment], *, certificates: Iterable[Certificate] | None = None
) -> list[CompletedRound]:
    """The earlier rounds of these enrolments (courses opened for another round), in order of
    enrolment and round, each with its mark, its certificate and the time spent in it (the
    growth of the lesson time while it lasted, as the reports count it). One query for the
    rounds, three for their marks when there are any, one for the certificates unless given."""
    from courses.models import EnrolmentCycle

    courses = {e.pk: e.course for e in enrolments}
    if not courses:
        return []
    cycles = list(
        EnrolmentCycle.objects.filter(enrolment_id__in=courses).order_by("enrolment_id", "number")
    )
    if not cycles:
        return []
    if certificates is None:
        certificates = Certificate.objects.filter(enrolment_id__in=courses)
    by_enrolment = certificates_by_enrolment(certificates)
    before: dict[tuple[int, int], EnrolmentCycle] = {(c.enrolment_id, c.number): c for c in cycles}
    windows = [(_closed_at(before, c.enrolment_id, c.number - 1), c.closed_at) for c in cycles]
    marks = round_marks(
        [(c.user_id, c.course_id, window) for c, window in zip(cycles, windows, strict=True)]
    )
    rows = []
    for cycle, percent in zip(cycles, marks, strict=True):
        certificate = _certificate_within(
            by_enrolment[cycle.enrolment_id], cycle.completed_at, cycle.closed_at
        )
        previous = before.get((cycle.enrolment_id, cycle.number - 1))
        rows.append(
            CompletedRound(
                course=courses[cycle.enrolment_id],
                completed_at=cycle.completed_at,
                mark=certificate.mark if certificate else mark_out_of_ten(percent),
                certificate=certificate,
                earlier=True,
                cycle=cycle,
                seconds=cycle.seconds_spent - (previous.seconds_spent if previous else 0),
            )
        )
    return rows


def _closed_at(
    cycles: dict[tuple[int, int], EnrolmentCycle], enrolment_id: int, number: int
) -> datetime.datetime | None:
    cycle = cycles.get((enrolment_id, number))
    return cycle.closed_at if cycle else None


def _completed_rounds(user: User, enrolments: list[Enrolment]) -> list[CompletedRound]:
    """Completed courses, newest first, each earlier round of a recurring course included:
    four queries whatever the number of courses and rounds."""
    completed = [(e, e.completed_at) for e in enrolments if e.completed_at is not None]
    figures = compute_figures([e for e, _completed_at in completed])
    certificates = list(Certificate.objects.filter(user=user, enrolment__isnull=False))
    by_enrolment = certificates_by_enrolment(certificates)
    rows = [
        CompletedRound(
            course=e.course,
            completed_at=completed_at,
            mark=mark_out_of_ten(figures[e.pk].best_mark),
            certificate=_certificate_within(by_enrolment[e.pk], completed_at, None),
        )
        for e, completed_at in completed
    ]
    rows += earlier_rounds(enrolments, certificates=certificates)
    hiding = courses_hiding_marks({row.course for row in rows})
    for row in rows:
        row.mark_hidden = row.course.pk in hiding
    rows.sort(key=lambda row: row.completed_at, reverse=True)
    return rows


def my_learning(
    user: User, *, month: str | None = None, now: datetime.datetime | None = None
) -> MyLearning:
    """Everything /my/ shows for one person."""
    from quizzes.models import Attempt, QuizPage
    from quizzes.presentation import marks_shown

    now = now or timezone.now()
    today = timezone.localdate(now)
    page = MyLearning()

    def current_targets() -> list[AssignmentTarget]:
        return list(
            AssignmentTarget.objects.open()
            .current()
            .filter(user=user)
            .select_related("course", "assignment", "enrolment")
        )

    def all_enrolments() -> list[Enrolment]:
        return list(
            Enrolment.objects.filter(user=user)
            .select_related("course")
            .order_by("-completed_at", "-last_activity_at", "-enrolled_at")
        )

    targets, enrolments = current_targets(), all_enrolments()
    if services.refresh_targets(targets, now=now, enrolments=enrolments):
        # A change may have opened another round.
        targets, enrolments = current_targets(), all_enrolments()
    # A next round not open yet: the officer stands as the round before left them.
    opens_after = today + datetime.timedelta(days=next_round_opens_days())
    waiting = {
        t.pk: (t.assignment_id, t.cycle - 1)
        for t in targets
        if t.cycle > 1 and t.completed_at is None and t.due_on > opens_after
    }
    before: dict[tuple[int, int], str] = {}
    if waiting:
        before = {
            (assignment_id, cycle): status
            for assignment_id, cycle, status in AssignmentTarget.objects.filter(
                user=user,
                assignment_id__in={key[0] for key in waiting.values()},
                completed_at__isnull=False,
            ).values_list("assignment_id", "cycle", "status")
        }
    # Shown as of this moment, whatever the nightly refresh last stored.
    live = [
        AssignedCourse(
            target,
            before.get(waiting.get(target.pk, (0, 0)))
            or target_status(
                due_on=target.due_on,
                today=today,
                started_on=timezone.localdate(target.started_at) if target.started_at else None,
                completed_on=timezone.localdate(target.completed_at)
                if target.completed_at
                else None,
            ),
            (target.due_on - today).days,
        )
        for target in targets
    ]
    order = order_for_my_learning([(a.live_status, a.target.due_on) for a in live], today)
    page.assigned = [live[i] for i in order]

    # The home page's "continue learning" reads the same list with the same rule.
    assigned_courses = {a.target.course_id for a in page.assigned}
    page.in_progress = [
        e
        for e in in_progress_order(enrolments)
        if e.started_at is not None or e.course_id not in assigned_courses
    ]
    page.completed = _completed_rounds(user, enrolments)

    attempts = list(
        Attempt.objects.filter(user=user, state=Attempt.State.FINISHED)
        .select_related("quiz")
        .order_by("-submitted_at", "-pk")[:50]
    )
    steplen = CoursePage.steplen
    courses = _courses_by_path(
        {a.quiz.path[:-steplen] for a in attempts}, (e.course for e in enrolments)
    )
    page.attempts = [
        FinishedAttempt(
            attempt,
            course=courses.get(attempt.quiz.path[:-steplen]),
            passed=attempt.percent is not None
            and attempt.percent >= attempt.quiz.pass_mark_percent,
            shows_mark=marks_shown(attempt.quiz, now=now),
        )
        for attempt in attempts
    ]

    first = parse_month(month, today)
    last = shift_month(first, 1) - datetime.timedelta(days=1)
    items: dict[datetime.date, list[MonthItem]] = defaultdict(list)
    for assigned in live:
        target = assigned.target
        if first <= target.due_on <= last:
            items[target.due_on].append(
                MonthItem("due", target.course.title, target.course.url, assigned.live_status)
            )
    course_paths = {e.course.path: e.course for e in enrolments}
    if course_paths:
        zone_start = timezone.make_aware(datetime.datetime.combine(first, datetime.time.min))
        zone_end = timezone.make_aware(datetime.datetime.combine(last, datetime.time.max))
        quizzes = QuizPage.objects.live().filter(
            close_at__range=(zone_start, zone_end),
            depth__in={len(p) // steplen + 1 for p in course_paths},
        )
        for quiz in quizzes:
            if quiz.path[:-steplen] in course_paths:
                closes = timezone.localtime(quiz.close_at)
                items[closes.date()].append(MonthItem("quiz", quiz.title, quiz.url, time=closes))
    page.month = first
    page.previous_month = shift_month(first, -1)
    page.next_month = shift_month(first, 1)
    page.weeks = month_weeks(first, items, today)

    awaiting = services.courses_awaiting_feedback(user)
    page.feedback_course = awaiting[0] if awaiting else None
    page.feed_token = services.active_feed_token(user)
    page.changes_at = _marks_shown_next(
        [a.quiz for a in attempts], {row.course.pk for row in page.completed}, now
    )
    return page


def _marks_shown_next(
    quizzes: list[QuizPage], course_ids: set[int], now: datetime.datetime
) -> datetime.datetime | None:
    """When the first of these quizzes, or of these courses' quizzes, that shows its marks
    only once it closes will close (no query: the courses' quizzes are kept with the site)."""
    from quizzes.course_marks import quizzes_by_course
    from quizzes.models import ReviewWhen

    everything = [*quizzes, *(q for qs in quizzes_by_course(course_ids).values() for q in qs)]
    return min(
        (
            quiz.close_at
            for quiz in everything
            if quiz.review_mark == ReviewWhen.AFTER_CLOSE and quiz.close_at and quiz.close_at > now
        ),
        default=None,
    )


# Managers ------------------------------------------------------------------------------------


def _status_counts() -> dict[str, Any]:
    current = Q(targets__superseded_at__isnull=True)
    counts = {
        f"count_{status}": Count("targets", filter=current & Q(targets__status=status))
        for status in TargetStatus.values
    }
    counts["count_total"] = Count("targets", filter=current)
    return counts


def assignments_for(user: User | AnonymousUser, *, show: str = "open") -> QuerySet[Assignment]:
    """The assignments list of a manager or administrator, with per-status counts."""
    queryset = permissions.assignments_visible_to(user)
    if show == "withdrawn":
        queryset = queryset.filter(withdrawn_at__isnull=False)
    elif show != "all":
        queryset = queryset.filter(withdrawn_at__isnull=True)
    return (
        queryset.select_related("course", "unit", "created_by")
        .annotate(**_status_counts())
        .order_by("withdrawn_at", "due_on", "pk")
    )


def assignment_targets(
    user: User | AnonymousUser, assignment: Assignment
) -> QuerySet[WithAnnotations[AssignmentTarget, LiveStatus]]:
    """The officers of an assignment this person may see: within their scope, or all for an
    administrator; each officer's current cycle, overdue worked out for today."""
    queryset = (
        AssignmentTarget.objects.filter(assignment=assignment)
        .current()
        .with_live_status()
        .select_related("user", "user__officer__unit", "enrolment")
        .order_by("user__officer__unit__path", "user__name_sort_key", "pk")
    )
    if not permissions.is_administrator(user):
        roots = people_permissions.scope_roots(user)
        if not roots:
            return queryset.none()
        queryset = queryset.filter(
            people_permissions.subtree_filter(roots, "user__officer__unit__")
        )
    return queryset


def live_status_counts(
    targets: QuerySet[WithAnnotations[AssignmentTarget, LiveStatus]],
) -> dict[str, int]:
    counts = dict.fromkeys(TargetStatus.values, 0)
    for row in targets.order_by().values("live_status").annotate(n=Count("pk")):
        counts[row["live_status"]] = row["n"]
    return counts
