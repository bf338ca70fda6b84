"""Cursor pagination on an unchanging order, so a long pull (a whole country) neither skips
nor repeats a row while data changes: rows are read in (changed_at, id) or id order, and the
cursor is the last row's key. A row changed during the pull moves to the end and is read again
there, which is what a sync wants."""

from __future__ import annotations

import base64
import binascii
import datetime
import json
from collections.abc import Sequence
from typing import Any, TypeVar

from django.db.models import Model, Q, QuerySet
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.utils.urls import replace_query_param

T = TypeVar("T", bound=Model)

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000


def _encode(values: Sequence[Any]) -> str:
    text = json.dumps([v.isoformat() if isinstance(v, datetime.datetime) else v for v in values])
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _decode(cursor: str, fields: Sequence[str]) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
        if not isinstance(values, list) or len(values) != len(fields):
            raise ValueError
        decoded: list[Any] = []
        for field, value in zip(fields, values, strict=True):
            if field == "pk":
                number = int(value)
                if not 0 <= number < 2**63:
                    raise ValueError(value)
                decoded.append(number)
            else:
                decoded.append(datetime.datetime.fromisoformat(str(value)))
        return decoded
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise ValidationError({"cursor": [_("This cursor is not valid.")]}) from exc


def limit_of(request: Request) -> int:
    text = request.query_params.get("limit", "")
    if not text:
        return DEFAULT_LIMIT
    try:
        limit = int(text)
    except ValueError as exc:
        raise ValidationError({"limit": [_("Give a whole number.")]}) from exc
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationError(
            {"limit": [_("Give a number from 1 to %(max)d.") % {"max": MAX_LIMIT}]}
        )
    return limit


def paginate(
    request: Request, queryset: QuerySet[T], *, order: Sequence[str] = ("pk",)
) -> tuple[list[T], dict[str, Any]]:
    """A page of rows after the request's cursor, and the links for the next one."""
    limit = limit_of(request)
    cursor = request.query_params.get("cursor")
    if cursor:
        values = _decode(cursor, order)
        if len(order) == 1:
            queryset = queryset.filter(pk__gt=values[0])
        else:
            field = order[0]
            queryset = queryset.filter(
                Q(**{f"{field}__gt": values[0]}) | Q(**{field: values[0], "pk__gt": values[1]})
            )
    rows = list(queryset.order_by(*order)[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = None
    if more:
        last = rows[-1]
        next_cursor = _encode([getattr(last, name) for name in order])
    meta = {
        "next_cursor": next_cursor,
        "next": replace_query_param(request.build_absolute_uri(), "cursor", next_cursor)
        if next_cursor
        else None,
    }
    if len(order) > 1 and rows:
        # Where the next "changed since" sync starts.
        meta["last_changed_at"] = getattr(rows[-1], order[0])
    return rows, meta
