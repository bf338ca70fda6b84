"""Writing report tables to XLSX and CSV, streaming, so memory stays flat as rows grow.

A table is a list of typed columns and an iterable of rows (plain values, in column order). XLSX
files are written with openpyxl's write-only workbook: a title row naming the scope, filters and
time of export, a bold header row, set column widths, the header frozen, numbers as numbers
(rates in percent), dates as dates. CSV files are UTF-8 with a byte-order mark so
spreadsheet programs read Vietnamese correctly, and cells that would start a formula are
neutralised.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

from django.utils import timezone

from home.spreadsheets import inert

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell

# Excel's sheet limit, less the title and header rows.
XLSX_MAX_ROWS = 1_048_576 - 2
KIND_WIDTHS = {
    "text": 28,
    "code": 14,
    "int": 11,
    "percent": 12,
    "decimal": 11,
    "hours": 11,
    "date": 12,
    "datetime": 17,
}
# Numbers are written already rounded, as plain numbers (a styled cell costs openpyxl a third
# more time, which counts at 100,000 rows); only dates need a format to read as dates.
NUMBER_FORMATS = {
    "date": "DD/MM/YYYY",
    "datetime": "DD/MM/YYYY HH:MM",
}


@dataclass(frozen=True)
class Column:
    """One column: its header and how its values are written.

    kind: text, code, int, percent (in percent, one place: the header says "(%)"), decimal (one
    place), decimal2 (two places), hours (seconds given, hours written with two places), date,
    datetime (aware datetimes, written in the site's time zone).
    """

    label: str
    kind: str = "text"
    width: float | None = None

    @property
    def xlsx_width(self) -> float:
        base = KIND_WIDTHS.get(self.kind, 12)
        return self.width or max(base, min(len(self.label) + 2, 40))


@dataclass
class Table:
    name: str  # a short name for files and the ``table`` parameter
    title: str  # the sheet's title
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]] = field(default_factory=list)


def _local(value: datetime.datetime) -> datetime.datetime:
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(tzinfo=None)


def xlsx_value(kind: str, value: Any) -> Any:
    """The value a cell holds: numbers stay numbers, percentages become fractions."""
    if value is None or value == "":
        return None
    if kind in ("percent", "decimal"):
        return round(float(value), 1)
    if kind == "hours":
        return round(float(value) / 3600.0, 2)
    if kind == "decimal2":
        return round(float(value), 2)
    if kind == "int":
        return int(value)
    if kind == "datetime":
        return _local(value) if isinstance(value, datetime.datetime) else value
    if kind == "date":
        if isinstance(value, datetime.datetime):
            return _local(value).date()
        return value
    return inert(str(value))


@dataclass(frozen=True)
class CsvFlavour:
    """How a CSV file writes its cells: the separator, the decimal mark and the date order."""

    delimiter: str = ","
    decimal: str = "."
    date: str = "%Y-%m-%d"
    datetime: str = "%Y-%m-%d %H:%M"


# For machines: commas, decimal points, ISO dates.
PLAIN_CSV = CsvFlavour()
# What Excel opens by double-click with the region of the reader's language: on a Vietnamese
# Windows, semicolons between cells (the comma is the decimal mark) and dd/mm/yyyy dates.
EXCEL_CSV = {
    "vi": CsvFlavour(";", ",", "%d/%m/%Y", "%d/%m/%Y %H:%M"),
    "en": CsvFlavour(",", ".", "%d/%m/%Y", "%d/%m/%Y %H:%M"),
}


def excel_flavour(language: str) -> CsvFlavour:
    """The Excel flavour of CSV for a language (Vietnamese unless it is English)."""
    return EXCEL_CSV.get((language or "vi").split("-")[0], EXCEL_CSV["vi"])


def csv_value(kind: str, value: Any, flavour: CsvFlavour = PLAIN_CSV) -> str:
    """The text a CSV cell holds: numbers and dates as the flavour writes them, no formulas."""
    if value is None or value == "":
        return ""
    number = None
    if kind in ("percent", "decimal"):
        number = f"{float(value):.1f}"
    elif kind == "hours":
        number = f"{float(value) / 3600.0:.2f}"
    elif kind == "decimal2":
        number = f"{float(value):.2f}"
    elif kind == "int":
        number = str(int(value))
    elif isinstance(value, Decimal):
        number = format(value, "f")
    if number is not None:
        return number.replace(".", flavour.decimal)
    if kind == "datetime" and isinstance(value, datetime.datetime):
        return _local(value).strftime(flavour.datetime)
    if kind == "date":
        if isinstance(value, datetime.datetime):
            return _local(value).date().strftime(flavour.date)
        if isinstance(value, datetime.date):
            return value.strftime(flavour.date)
    return neutralise(str(value))


def neutralise(text: str) -> str:
    """Keep a cell from being read as a formula by spreadsheet programs."""
    return str(inert(text))


def sheet_title(title: str, used: set[str]) -> str:
    """A valid, unique sheet title (31 characters, none of []:*?/\\)."""
    clean = "".join("-" if ch in "[]:*?/\\" else ch for ch in title).strip() or "Sheet"
    clean = clean[:31]
    candidate, n = clean, 2
    while candidate.lower() in used:
        suffix = f" ({n})"
        candidate = clean[: 31 - len(suffix)] + suffix
        n += 1
    used.add(candidate.lower())
    return candidate


def write_xlsx(target: IO[bytes] | str, tables: Sequence[Table], *, heading: str) -> dict[str, int]:
    """Write every table to its own sheet (more sheets when one passes Excel's row limit);
    returns the number of rows written per table."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    used: set[str] = set()
    bold = Font(bold=True)
    written: dict[str, int] = {}

    def new_sheet(table: Table, part: int) -> Any:
        title = table.title if part == 1 else f"{table.title} {part}"
        sheet = workbook.create_sheet(title=sheet_title(title, used))
        for index, column in enumerate(table.columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.xlsx_width
        sheet.freeze_panes = "A3"
        title_cell = WriteOnlyCell(sheet, value=inert(heading))
        title_cell.font = bold
        sheet.append([title_cell])
        header = []
        for column in table.columns:
            cell = WriteOnlyCell(sheet, value=inert(column.label))
            cell.font = bold
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            header.append(cell)
        sheet.append(header)
        return sheet

    def prototypes(sheet: Any, kinds: list[str]) -> list[Any]:
        # One styled cell per formatted column, reused row after row: the write-only sheet
        # writes each row as it is appended, so a cell is never held past its row.
        cells: list[Cell | None] = []
        for kind in kinds:
            number_format = NUMBER_FORMATS.get(kind)
            if number_format is None:
                cells.append(None)
                continue
            cell = WriteOnlyCell(sheet)
            cell.number_format = number_format
            cells.append(cell)
        return cells

    for table in tables:
        kinds = [column.kind for column in table.columns]
        part, count, in_sheet = 1, 0, 0
        sheet = new_sheet(table, part)
        styled = prototypes(sheet, kinds)
        for row in table.rows:
            if in_sheet >= XLSX_MAX_ROWS:
                part += 1
                sheet = new_sheet(table, part)
                styled = prototypes(sheet, kinds)
                in_sheet = 0
            values = []
            for kind, cell, value in zip(kinds, styled, row, strict=False):
                converted = xlsx_value(kind, value)
                if cell is not None and converted is not None:
                    cell.value = converted
                    values.append(cell)
                else:
                    values.append(converted)
            sheet.append(values)
            count += 1
            in_sheet += 1
        written[table.name] = count
    workbook.save(target)
    return written


class _Echo:
    def write(self, value: str) -> str:
        return value


def iter_csv(table: Table, flavour: CsvFlavour = PLAIN_CSV) -> Iterator[str]:
    """The table as CSV lines (with a byte-order mark first), for a streaming response."""
    writer = csv.writer(_Echo(), delimiter=flavour.delimiter)
    kinds = [column.kind for column in table.columns]
    yield "\ufeff" + writer.writerow([neutralise(column.label) for column in table.columns])
    for row in table.rows:
        yield writer.writerow(
            [csv_value(kind, value, flavour) for kind, value in zip(kinds, row, strict=False)]
        )


def write_csv(target: IO[bytes], table: Table, flavour: CsvFlavour = PLAIN_CSV) -> int:
    """Write the table as UTF-8 CSV with a byte-order mark; returns the number of rows."""
    text = io.TextIOWrapper(target, encoding="utf-8", newline="", write_through=True)
    lines = iter_csv(table, flavour)
    text.write(next(lines))
    count = 0
    for line in lines:
        text.write(line)
        count += 1
    text.flush()
    text.detach()
    return count


def counting(rows: Iterable[Sequence[Any]], counter: Callable[[int], None]) -> Iterator[Any]:
    """Pass rows through, telling ``counter`` how many went by at the end."""
    n = 0
    for row in rows:
        n += 1
        yield row
    counter(n)
