"""Writing many rows fast: plain tuples straight into a model's table, COPY on PostgreSQL and
executemany elsewhere, without building a model instance per row. Used for report snapshots
and the national-scale sample data."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from django.db import connection
from django.db.models import Field, Model


def _column(model: type[Model], name: str) -> str:
    field = model._meta.get_field(name)
    if not isinstance(field, Field) or field.column is None:
        raise ValueError(f"{model.__name__}.{name} has no column of its own.")
    return field.column


class RowWriter:
    """Insert tuples (values in ``fields`` order, already in database form, see converters)."""

    def __init__(self, model: type[Model], fields: Sequence[str]) -> None:
        opts = model._meta
        self.model = model
        self.table = opts.db_table
        self.columns = [_column(model, name) for name in fields]
        self.postgres = connection.vendor == "postgresql"

    def write(self, rows: Sequence[tuple[Any, ...]]) -> int:
        if not rows:
            return 0
        quote = connection.ops.quote_name
        columns = ", ".join(quote(c) for c in self.columns)
        with connection.cursor() as cursor:
            raw = cursor.cursor
            if self.postgres:
                with raw.copy(f"COPY {quote(self.table)} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                marks = ", ".join("?" for _ in self.columns)
                raw.executemany(
                    f"INSERT INTO {quote(self.table)} ({columns}) VALUES ({marks})",  # noqa: S608
                    rows,
                )
        return len(rows)


Converter = Callable[[Any], Any]


def converters() -> tuple[Converter, Converter, Converter]:
    """How datetimes, dates and decimals go into the database without the ORM: PostgreSQL's
    COPY takes Python values; SQLite stores Django's text forms (UTC for datetimes)."""
    if connection.vendor == "postgresql":
        return (lambda v: v), (lambda v: v), (lambda v: v)

    def dt(value: datetime.datetime | None) -> str | None:
        if value is None:
            return None
        return str(value.astimezone(datetime.UTC).replace(tzinfo=None))

    def day(value: datetime.date | None) -> str | None:
        return None if value is None else value.isoformat()

    def dec(value: Decimal | None) -> str | None:
        return None if value is None else str(value)

    return dt, day, dec
