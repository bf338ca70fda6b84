"""Small formatting filters for quiz pages: marks, percentages and time left."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django import template
from django.utils.formats import number_format
from django.utils.safestring import SafeString

from quizzes.question_html import render_question

register = template.Library()


@register.filter
def mark(value: Any) -> str:
    """2.50 -> "2,5" in Vietnamese; whole numbers without decimals."""
    if value is None or value == "":
        return "—"
    number = Decimal(str(value)).quantize(Decimal("0.01")).normalize()
    exponent = number.as_tuple().exponent  # a letter only for NaN and infinity
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return number_format(number, decimal_pos=places)


@register.filter
def percent(value: Any) -> str:
    """An attempt's grade, the same on every page: 66.666 -> "66,7%", 100 -> "100%"."""
    if value is None or value == "":
        return "—"
    number = Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    places = 0 if number == number.to_integral_value() else 1
    return f"{number_format(number, decimal_pos=places)}%"


@register.filter
def time_left(seconds: Any) -> str:
    """Seconds as H:MM:SS or M:SS."""
    try:
        total = max(0, int(seconds))
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


@register.simple_tag
def question(item: dict[str, Any], legend: Any = "", disabled: bool = False) -> SafeString:
    """One question's fieldset: ``{% question item legend=… disabled=True %}``."""
    return render_question(item, legend=legend, disabled=disabled)
