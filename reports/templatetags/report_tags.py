"""Formatting of report figures in templates: percentages, marks, durations, ratings."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext

register = template.Library()
DASH = "—"


@register.filter
def pct(value: Any) -> str:
    """85.456 -> 85.5% (in the reader's number format); a dash when there is nothing."""
    if value is None:
        return DASH
    return f"{number_format(round(float(value), 1), 1)}%"


@register.filter
def num1(value: Any) -> str:
    if value is None:
        return DASH
    return number_format(round(float(value), 1), 1)


@register.filter
def num2(value: Any) -> str:
    if value is None:
        return DASH
    return number_format(round(float(value), 2), 2)


@register.filter
def duration(seconds: Any) -> str:
    """Seconds as hours and minutes ("1 h 05 min", "17 min"); a dash when there is nothing."""
    if seconds is None:
        return DASH
    minutes = int(round(float(seconds) / 60))
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return gettext("%(minutes)s min") % {"minutes": minutes}
    return gettext("%(hours)s h %(minutes)02d min") % {"hours": hours, "minutes": minutes}


@register.filter
def facility_band(value: Any) -> str:
    """A CSS class for a facility index: hard (< 40), middling, easy (>= 75)."""
    if value is None:
        return "fac-none"
    value = float(value)
    if value < 40:
        return "fac-hard"
    if value < 75:
        return "fac-mid"
    return "fac-easy"


@register.simple_tag
def query(filters: Any, **extra: Any) -> str:
    """The filters' query string with extra parameters, for links that keep the filters."""
    if not hasattr(filters, "querystring"):
        from reports.filters import ReportFilters

        filters = ReportFilters()
    return filters.querystring(**extra)


@register.filter
def group_facility(question: Any, key: str) -> float | None:
    """A question's facility in one unit of a course report."""
    return question.group_facility(key)


@register.simple_tag
def with_filters(filters: Any, **extra: Any) -> str:
    """ "?course=…" for links that keep the filters, or nothing when there are none."""
    text = query(filters, **extra)
    return f"?{text}" if text else ""


@register.inclusion_tag("reports/includes/nav.html", takes_context=True)
def report_nav(context: template.Context, current: str = "") -> dict[str, Any]:
    """The reports the signed-in person may open, the current one marked."""
    from reports.navigation import report_links

    request = context.get("request")
    user = getattr(request, "user", None)
    links = report_links(user) if user is not None else []
    return {"links": links, "current": current}
