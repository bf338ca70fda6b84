"""What each report page shows, gathered in a fixed number of queries: the unit dashboard (a row
per child unit and per course), the officers of a unit, one officer's record, and a course
report with its quiz item statistics compared between units."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict, cast

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext

from courses.models import CoursePage, Enrolment
from people.models import Officer, OrgUnit

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

    from people.models import User
from reports import permissions
from reports.figures import (
    Counts,
    month_starts,
    months_between,
    total,
)
from reports.filters import ReportFilters
from reports.queries import (
    STEP,
    GroupedCounts,
    Groups,
    enrolment_counts,
    feedback_counts,
    live_counts,
    officer_figures_sql,
    officer_row_counts,
    target_counts,
)

OFFICERS_PER_PAGE = 50
CHART_MONTHS = 12


@dataclass
class Row:
    """One line of a report table: a unit, a course or an officer, with its figures."""

    key: Any
    label: str
    counts: Counts
    unit: OrgUnit | None = None
    course: CoursePage | None = None
    officer: Officer | None = None
    own_staff: bool = False
    has_children: bool = False
    details: tuple[Any, ...] = ()  # an officer's code, unit and position, in exports


@dataclass
class Dashboard:
    """A unit's dashboard (``unit`` None: the top of a scope made of several units)."""

    unit: OrgUnit | None
    roots: list[OrgUnit]
    breadcrumbs: list[OrgUnit]
    filters: ReportFilters
    unit_rows: list[Row]
    course_rows: list[Row]
    total: Counts
    months: list[datetime.date]
    monthly: list[int]
    generated_at: datetime.datetime
    snapshot: Any = None

    @property
    def scope_label(self) -> str:
        if self.unit is not None:
            return self.unit.name
        return ", ".join(root.name for root in self.roots)

    @property
    def chart_units(self) -> list[Row]:
        return [row for row in self.unit_rows if row.counts.assigned or row.counts.officers]


def chart_months(filters: ReportFilters, today: datetime.date) -> list[datetime.date]:
    """The months of the completions chart: the period (at most two years), else the last 12."""
    if filters.start or filters.end:
        end = filters.end or today.replace(day=1)
        start = filters.start or month_starts(end, CHART_MONTHS)[0]
        return months_between(start, end)
    return month_starts(today, CHART_MONTHS)


def breadcrumbs_for(user: User, unit: OrgUnit, roots: list[OrgUnit] | None = None) -> list[OrgUnit]:
    """The units above ``unit`` that this person may read, top first, and the unit itself."""
    paths = [unit.path[:end] for end in range(STEP, len(unit.path), STEP)]
    above = list(OrgUnit.objects.filter(path__in=paths).order_by("path")) if paths else []
    roots = permissions.report_roots(user) if roots is None else roots
    visible = [u for u in above if any(u.path.startswith(root.path) for root in roots)]
    return [*visible, unit]


def _counts_for(
    unit: OrgUnit | None,
    roots: Sequence[OrgUnit],
    filters: ReportFilters,
    today: datetime.date,
    months: list[datetime.date],
    use_snapshot: bool,
) -> tuple[GroupedCounts, Any]:
    from reports.snapshots import current_snapshot, snapshot_counts

    if unit is None:
        return live_counts(Groups.units(roots), filters, today=today, months=months), None
    snapshot = current_snapshot(unit) if use_snapshot else None
    if snapshot is not None:
        return snapshot_counts(snapshot, filters, today=today, months=months), snapshot
    return live_counts(Groups.children_of(unit), filters, today=today, months=months), None


def build_dashboard(
    user: User,
    unit: OrgUnit | None,
    filters: ReportFilters,
    *,
    now: datetime.datetime | None = None,
    use_snapshot: bool = True,
    roots: list[OrgUnit] | None = None,
) -> Dashboard:
    """A row per child unit (and one for the unit's own staff) and a row per course."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    roots = permissions.report_roots(user) if roots is None else roots
    if unit is None and len(roots) == 1:
        unit = roots[0]
    months = chart_months(filters, today)
    grouped, snapshot = _counts_for(unit, roots, filters, today, months, use_snapshot)

    by_group: dict[str, Counts] = defaultdict(Counts)
    by_course: dict[int | None, Counts] = defaultdict(Counts)
    for (group, course), counts in grouped.cells.items():
        by_group[group].add(counts)
        by_course[course].add(counts)
    for group, officers in grouped.officers.items():
        by_group[group].officers += officers

    unit_rows: list[Row] = []
    if unit is None:
        for root in roots:
            counts = by_group.get(root.path, Counts())
            unit_rows.append(
                Row(root.path, root.name, counts, unit=root, has_children=root.numchild > 0)
            )
    else:
        children = OrgUnit.objects.filter(
            path__startswith=unit.path, depth=unit.depth + 1
        ).order_by("path")
        own = by_group.get(unit.path)
        if own is not None and (own.officers or own.assigned or own.enrolled):
            label = gettext("%(unit)s (own staff)") % {"unit": unit.name}
            unit_rows.append(Row(unit.path, label, own, unit=unit, own_staff=True))
        for child in children:
            counts = by_group.get(child.path, Counts())
            unit_rows.append(
                Row(child.path, child.name, counts, unit=child, has_children=child.numchild > 0)
            )

    courses = {
        c.pk: c for c in CoursePage.objects.filter(pk__in=list(by_course)).only("pk", "title")
    }
    course_rows = []
    for course_id, counts in by_course.items():
        course_page = courses.get(course_id)
        if course_page is None:
            continue
        counts.officers = counts.enrolled
        course_rows.append(Row(course_id, course_page.title, counts, course=course_page))
    course_rows.sort(key=lambda row: row.label.lower())

    grand = total(by_group[key] for key in by_group)
    grand.monthly = list(grouped.monthly)
    return Dashboard(
        unit=unit,
        roots=list(roots),
        breadcrumbs=breadcrumbs_for(user, unit, roots) if unit is not None else [],
        filters=filters,
        unit_rows=unit_rows,
        course_rows=course_rows,
        total=grand,
        months=months,
        monthly=list(grouped.monthly),
        generated_at=now,
        snapshot=snapshot,
    )


# Officers ------------------------------------------------------------------------------------


def officers_in(unit: OrgUnit, *, subtree: bool) -> QuerySet[Officer]:
    """Active officers placed in the unit (or anywhere under it), in name order."""
    queryset = Officer.objects.filter(active=True).select_related("user", "unit")
    if subtree:
        queryset = queryset.filter(unit__path__startswith=unit.path)
    else:
        queryset = queryset.filter(unit=unit)
    return queryset.order_by("user__name_sort_key", "employee_code")


def officer_counts(
    user_ids: Sequence[int], filters: ReportFilters, *, today: datetime.date
) -> dict[int, Counts]:
    """Figures per officer for the given officers: four queries, whatever their number."""
    groups = Groups.officers(list(user_ids))
    result: dict[int, Counts] = {}
    for part in (
        target_counts(groups, filters, today, by_course=False),
        enrolment_counts(groups, filters, [], by_course=False, histogram=False),
        feedback_counts(groups, filters, by_course=False),
    ):
        for (user_id, _course), counts in part.items():
            known = result.get(user_id)
            if known is None:
                result[user_id] = counts
            else:
                known.add(counts)
    return result


@dataclass
class OfficerTable:
    unit: OrgUnit
    subtree: bool
    page: Page
    rows: list[Row]
    breadcrumbs: list[OrgUnit]
    filters: ReportFilters


def build_officer_table(
    user: User,
    unit: OrgUnit,
    filters: ReportFilters,
    *,
    subtree: bool = False,
    page_number: Any = 1,
    now: datetime.datetime | None = None,
) -> OfficerTable:
    """One page of officers with their figures: a count, a page and four grouped queries."""
    today = timezone.localdate(now or timezone.now())
    page = Paginator(officers_in(unit, subtree=subtree), OFFICERS_PER_PAGE).get_page(page_number)
    officers = list(page.object_list)
    counts = officer_counts([o.user_id for o in officers], filters, today=today)
    rows = [
        Row(o.pk, o.full_name or o.email, counts.get(o.user_id, Counts()), officer=o)
        for o in officers
    ]
    return OfficerTable(
        unit=unit,
        subtree=subtree,
        page=page,
        rows=rows,
        breadcrumbs=breadcrumbs_for(user, unit),
        filters=filters,
    )


def iter_officer_rows(
    unit: OrgUnit,
    filters: ReportFilters,
    *,
    subtree: bool = True,
    now: datetime.datetime | None = None,
) -> Iterator[Row]:
    """Every officer of a unit (or its subtree) with their figures, from one statement read
    through a streaming cursor, so an export of 100,000 officers keeps a batch in memory."""
    today = timezone.localdate(now or timezone.now())
    sql = officer_figures_sql(unit, filters, today, subtree=subtree)
    for row in sql.stream():
        pk, code, position, unit_name, last_name, first_name, email = row[:7]
        name = " ".join(part for part in (last_name, first_name) if part) or email
        yield Row(pk, name, officer_row_counts(row), details=(code, unit_name, position))


def iter_enrolment_records(
    unit: OrgUnit, filters: ReportFilters, *, chunk: int = 2000
) -> Iterator[tuple[Any, ...]]:
    """One row per round of every enrolment of the active officers under a unit (the detailed
    records): the current round and each earlier one of a course opened again, with the time
    spent in it (as queries.rounds_source_sql shares it out); a period selects the rounds
    completed in it. Read with a streaming cursor, in unit, name, course and round order.

    Columns: unit name, employee code, family and given name, course, status, round, progress,
    enrolled, started and completed at, seconds, best mark, attempts.
    """
    from django.db.models import DecimalField, F, FilteredRelation, IntegerField, Q, Value
    from django.db.models.functions import Coalesce

    from courses.models import EnrolmentCycle

    def scoped(queryset: QuerySet[Any]) -> QuerySet[Any]:
        queryset = queryset.filter(
            user__officer__active=True, user__officer__unit__path__startswith=unit.path
        )
        if filters.course_ids is not None:
            queryset = queryset.filter(course_id__in=filters.course_ids)
        start, end = filters.period_bounds()
        if start:
            queryset = queryset.filter(completed_at__gte=start)
        if end:
            queryset = queryset.filter(completed_at__lt=end)
        return queryset.order_by().annotate(
            unit_path=F("user__officer__unit__path"),
            sort_name=Coalesce("user__name_sort_key", Value("")),
            unit_name=F("user__officer__unit__name"),
            code=F("user__officer__employee_code"),
            family_name=F("user__last_name"),
            given_name=F("user__first_name"),
            course_title=F("course__title"),
        )

    leading = ("unit_path", "sort_name", "course_title", "enrolment_key", "round")
    columns = ("unit_name", "code", "family_name", "given_name", "course_title", "round_status",
               "round", "round_progress", "round_enrolled_at", "round_started_at",
               "completed_at", "round_seconds", "round_mark", "round_attempts")  # fmt: skip
    current = (
        scoped(Enrolment.objects.all())
        .annotate(
            kept=FilteredRelation("past_cycles", condition=Q(past_cycles__number=F("cycle") - 1)),
            enrolment_key=F("pk"),
            round=F("cycle"),
            round_status=F("status"),
            round_progress=F("progress_percent"),
            round_enrolled_at=F("enrolled_at"),
            round_started_at=F("started_at"),
            round_seconds=Coalesce("figures__total_seconds", "seconds_spent")
            - Coalesce("kept__seconds_spent", 0),
            round_mark=F("figures__best_mark"),
            round_attempts=F("figures__attempts"),
        )
        .values_list(*leading, *columns)
    )
    earlier = (
        scoped(EnrolmentCycle.objects.all())
        .annotate(
            before=FilteredRelation(
                "enrolment__past_cycles",
                condition=Q(enrolment__past_cycles__number=F("number") - 1),
            ),
            enrolment_key=F("enrolment_id"),
            round=F("number"),
            round_status=Value(Enrolment.Status.COMPLETED.value),
            round_progress=F("progress_percent"),
            round_enrolled_at=F("enrolment__enrolled_at"),
            round_started_at=F("started_at"),
            round_seconds=F("seconds_spent") - Coalesce("before__seconds_spent", 0),
            round_mark=Value(None, output_field=DecimalField(max_digits=5, decimal_places=2)),
            round_attempts=Value(None, output_field=IntegerField()),
        )
        .values_list(*leading, *columns)
    )
    rows = current.union(earlier, all=True).order_by(*leading)
    for row in rows.iterator(chunk_size=chunk):
        yield row[len(leading) :]


# One officer ---------------------------------------------------------------------------------


class RoundSeconds(TypedDict):
    """What an officer record adds to each enrolment: the time spent in its current round."""

    round_seconds: int


@dataclass
class OfficerRecord:
    officer: Officer
    breadcrumbs: list[OrgUnit]
    enrolments: list[WithAnnotations[Enrolment, RoundSeconds]]
    attempts: list[Any]
    certificates: list[Any]
    targets: list[Any]
    overdue: list[Any]
    counts: Counts
    generated_at: datetime.datetime
    rounds: list[Any] = field(default_factory=list)  # earlier rounds, as /my/ lists them


def build_officer_record(
    user: User, officer: Officer, *, now: datetime.datetime | None = None
) -> OfficerRecord:
    """Every course (and earlier round of one), attempt, certificate and assigned item of one
    officer: a fixed number of queries, however many courses and rounds."""
    from certificates.models import Certificate
    from quizzes.models import Attempt
    from tracker.learning import earlier_rounds
    from tracker.models import AssignmentTarget, TargetStatus

    now = now or timezone.now()
    today = timezone.localdate(now)
    # Each gets its round_seconds below.
    enrolments = cast(
        "list[WithAnnotations[Enrolment, RoundSeconds]]",
        list(
            Enrolment.objects.filter(user_id=officer.user_id)
            .select_related("course", "figures")
            .order_by("-last_activity_at", "-enrolled_at", "pk")
        ),
    )
    attempts = list(
        Attempt.objects.filter(user_id=officer.user_id)
        .select_related("quiz")
        .order_by("-started_at", "-pk")
    )
    certificates = list(Certificate.objects.filter(user_id=officer.user_id).order_by("-issued_at"))
    rounds = earlier_rounds(enrolments, certificates=certificates)
    kept = {  # the last round's
        row.cycle.enrolment_id: row.cycle.seconds_spent for row in rounds if row.cycle is not None
    }
    for enrolment in enrolments:
        enrolment.round_seconds = enrolment_seconds(enrolment) - kept.get(enrolment.pk, 0)
    targets = list(
        AssignmentTarget.objects.open()
        .current()
        .filter(user_id=officer.user_id)
        .select_related("course", "assignment")
        .order_by("due_on", "pk")
        .with_live_status(today)
    )
    overdue = [t for t in targets if t.live_status == TargetStatus.OVERDUE]
    counts = officer_counts([officer.user_id], ReportFilters(), today=today).get(
        officer.user_id, Counts()
    )
    return OfficerRecord(
        officer=officer,
        breadcrumbs=breadcrumbs_for(user, officer.unit),
        enrolments=enrolments,
        attempts=attempts,
        certificates=certificates,
        targets=targets,
        overdue=overdue,
        counts=counts,
        generated_at=now,
        rounds=sorted(rounds, key=lambda row: row.completed_at, reverse=True),
    )


def enrolment_seconds(enrolment: Enrolment) -> int:
    """The time spent on a course over all its rounds: lessons and quiz attempts as the figures
    last counted them, or the lessons alone before they are first counted."""
    from django.core.exceptions import ObjectDoesNotExist

    try:
        return enrolment.figures.total_seconds
    except ObjectDoesNotExist:
        return enrolment.seconds_spent


# Quiz item statistics, compared between units ------------------------------------------------
