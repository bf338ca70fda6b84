"""Formatting of report figures in templates: percentages, marks, durations, ratings."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.formats import number_format

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
    """Seconds as hours and minutes, 1:05 style; a dash when there is nothing."""
    if seconds is None:
        return DASH
    minutes = int(round(float(seconds) / 60))
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}"


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
    return filters.querystring(**extra)


@register.filter
def group_facility(question: Any, key: str) -> float | None:
    """A question's facility in one unit of a course report."""
    return question.group_facility(key)
