"""Decimal fields of the admin's forms in the reader's locale: "1,5" in Vietnamese, "1.5" in
English, without trailing zeros or exponents ("1.0000000", "0E-7" are how the database keeps
an answer's weight, not what a trainer should read)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.utils.formats import number_format


def plain_decimal(value: Any) -> str | None:
    """The shortest way to write a decimal in the active locale, or None if it is none."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value  # as the person typed it, shown again with the form's errors
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    text = format(number.normalize(), "f")
    places = len(text.split(".")[1]) if "." in text else 0
    return number_format(Decimal(text), decimal_pos=places, use_l10n=True)


class DecimalInput(forms.TextInput):
    """A text box that opens the phone's decimal keyboard and writes numbers as the locale does;
    the localized form field reads both "1,5" and "1.5" back."""

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__({"inputmode": "decimal", "autocomplete": "off", **(attrs or {})})

    def format_value(self, value: Any) -> str | None:
        return plain_decimal(value)
