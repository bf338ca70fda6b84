"""URL converters. ``<id:...>`` takes a database id: up to 18 digits, so an address with a
number beyond what a 64-bit id can hold is simply not found (404), never a database error."""

from __future__ import annotations

from django.urls import register_converter
from django.urls.converters import get_converters


class IdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int | str) -> str:
        return str(int(value))


def register() -> None:
    if "id" not in get_converters():
        register_converter(IdConverter, "id")
