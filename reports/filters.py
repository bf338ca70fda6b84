"""The filters every report takes from its query string (so links can be shared): course,
topic, assignment, and a period of whole months."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlencode

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, Topic

if TYPE_CHECKING:
    from tracker.models import Assignment

MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
FILTER_PARAMS = ("course", "topic", "assignment", "start", "end")


def parse_month(value: str) -> datetime.date | None:
    """'2026-03' -> 1 March 2026; None for anything else."""
    match = MONTH_RE.match((value or "").strip())
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        return None
    return datetime.date(year, month, 1)


def next_month(day: datetime.date) -> datetime.date:
    return datetime.date(day.year + day.month // 12, day.month % 12 + 1, 1)


class MonthField(forms.Field):
    """A month typed as YYYY-MM (surrounding spaces ignored), cleaned to its first day."""

    widget = forms.TextInput(attrs={"type": "month", "placeholder": "YYYY-MM"})

    def to_python(self, value: Any) -> datetime.date | None:
        text = str(value).strip() if value not in self.empty_values else ""
        if not text:
            return None
        month = parse_month(text)
        if month is None:
            raise forms.ValidationError(
                _("Enter a month as YYYY-MM, e.g. 2026-03."), code="invalid_month"
            )
        return month


@dataclass(frozen=True)
class ReportFilters:
    """What the figures are restricted to. ``course_ids`` None means every course."""

    course: CoursePage | None = None
    topic: Topic | None = None
    assignment: Assignment | None = None
    start: datetime.date | None = None  # first day of the first month
    end: datetime.date | None = None  # first day of the last month
    course_ids: tuple[int, ...] | None = None
    errors: dict[str, list[str]] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return any((self.course, self.topic, self.assignment, self.start, self.end))

    def period_bounds(
        self,
    ) -> tuple[datetime.datetime | None, datetime.datetime | None]:
        """The period as aware datetimes in the site's zone: [start, end) of whole months."""
        zone = timezone.get_current_timezone()
        start = end = None
        if self.start:
            start = datetime.datetime.combine(self.start, datetime.time(), tzinfo=zone)
        if self.end:
            end = datetime.datetime.combine(next_month(self.end), datetime.time(), tzinfo=zone)
        return start, end

    def due_bounds(self) -> tuple[datetime.date | None, datetime.date | None]:
        """The period as due dates: [first day, first day after)."""
        return self.start, next_month(self.end) if self.end else None

    def params(self) -> dict[str, str]:
        values = {
            "course": self.course.pk if self.course else "",
            "topic": self.topic.pk if self.topic else "",
            "assignment": self.assignment.pk if self.assignment else "",
            "start": f"{self.start:%Y-%m}" if self.start else "",
            "end": f"{self.end:%Y-%m}" if self.end else "",
        }
        return {key: str(value) for key, value in values.items() if value}

    def querystring(self, **extra: Any) -> str:
        params = {**self.params(), **{k: str(v) for k, v in extra.items() if v not in (None, "")}}
        return urlencode(params)

    def describe(self) -> list[tuple[str, str]]:
        """(label, value) pairs of the filters in force, for title rows and headings."""
        parts = []
        if self.course:
            parts.append((gettext("Course"), self.course.title))
        if self.topic:
            parts.append((gettext("Topic"), self.topic.name))
        if self.assignment:
            parts.append((gettext("Assignment"), str(self.assignment)))
        if self.start or self.end:
            start = f"{self.start:%m/%Y}" if self.start else "…"
            end = f"{self.end:%m/%Y}" if self.end else "…"
            parts.append((gettext("Period"), f"{start} – {end}"))
        return parts

    def as_text(self) -> str:
        described = self.describe()
        if not described:
            return gettext("no filters")
        return "; ".join(f"{label}: {value}" for label, value in described)

    def as_dict(self) -> dict[str, str]:
        return self.params()


class AssignmentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Assignment) -> str:
        return f"{obj.course.title} · {obj.due_on:%d/%m/%Y}"


class ReportFilterForm(forms.Form):
    course = forms.ModelChoiceField(
        label=_("Course"), queryset=CoursePage.objects.none(), required=False
    )
    topic = forms.ModelChoiceField(label=_("Topic"), queryset=Topic.objects.none(), required=False)
    assignment = AssignmentChoiceField(
        label=_("Assignment"), queryset=CoursePage.objects.none(), required=False
    )
    start = MonthField(label=_("From month"), required=False)
    end = MonthField(label=_("To month"), required=False)

    def __init__(self, *args: Any, assignments: QuerySet[Assignment], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["course"]).queryset = CoursePage.objects.order_by(
            "title"
        )
        cast(forms.ModelChoiceField, self.fields["topic"]).queryset = Topic.objects.order_by("name")
        cast(
            AssignmentChoiceField, self.fields["assignment"]
        ).queryset = assignments.select_related("course").order_by("-due_on", "-pk")

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            self.add_error("end", _("The last month comes before the first."))
        return data


def filters_from(
    data: Mapping[str, str],
    *,
    assignments: QuerySet[Assignment],
    course: CoursePage | None = None,
) -> tuple[ReportFilterForm, ReportFilters]:
    """Read the filters from a query string; invalid fields are reported and left out.

    ``course`` fixes the course (course reports), whatever the query string says.
    """
    form = ReportFilterForm(
        {key: data.get(key, "") for key in FILTER_PARAMS}, assignments=assignments
    )
    form.is_valid()
    cleaned = {key: value for key, value in form.cleaned_data.items() if key not in form.errors}
    chosen_course = course or cleaned.get("course")
    topic = None if course else cleaned.get("topic")
    assignment = cleaned.get("assignment")
    if course and assignment and assignment.course_id != course.pk:
        assignment = None
    course_ids: tuple[int, ...] | None = None
    if assignment is not None:
        course_ids = (assignment.course_id,)
    if chosen_course is not None:
        course_ids = tuple(c for c in (course_ids or (chosen_course.pk,)) if c == chosen_course.pk)
    if topic is not None:
        topic_courses = set(CoursePage.objects.filter(topic=topic).values_list("pk", flat=True))
        course_ids = tuple(
            sorted(topic_courses if course_ids is None else set(course_ids) & topic_courses)
        )
    filters = ReportFilters(
        course=chosen_course,
        topic=topic,
        assignment=assignment,
        start=cleaned.get("start"),
        end=cleaned.get("end"),
        course_ids=course_ids,
        errors={key: [str(e) for e in errors] for key, errors in form.errors.items()},
    )
    return form, filters
