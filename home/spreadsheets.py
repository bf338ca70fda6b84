"""Reading uploaded spreadsheets (XLSX and CSV) within bounds, whatever the file claims.

Every reader of an uploaded spreadsheet (the staff import, the question import, any later one)
goes through this guard, which refuses before reading:

* a file larger than ``SPREADSHEET_MAX_UPLOAD_MB``;
* a workbook that unpacks to more than ``SPREADSHEET_MAX_UNPACKED_MB`` or holds too many parts;
* a workbook whose sheets declare more than ``SPREADSHEET_MAX_ROWS`` rows or
  ``SPREADSHEET_MAX_COLUMNS`` columns (a few bytes can declare ``A1:XFD1048576``);
* more than ``SPREADSHEET_MAX_ROWS`` rows, in a CSV file or actually found in a workbook.

Rows are read only up to the columns a reader expects, never padded to what the file declares,
so the work and memory of a read follow the file's real content and the limits.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from io import BytesIO
from typing import Any

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext as _

MB = 1024 * 1024
# How much of a sheet's XML is searched for its declared dimension (it comes first).
_DIMENSION_HEAD = 64 * 1024
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?\"")
_MAX_PARTS = 10_000


class SpreadsheetRefused(ValueError):
    """The file is over a limit; ``message`` says which, in the user's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def max_bytes() -> int:
    return int(settings.SPREADSHEET_MAX_UPLOAD_MB) * MB


def max_rows() -> int:
    return int(settings.SPREADSHEET_MAX_ROWS)


def max_columns() -> int:
    return int(settings.SPREADSHEET_MAX_COLUMNS)


def _megabytes(size: int) -> str:
    return f"{size / MB:.1f} MB"


def check_size(size: int) -> None:
    """Refuse a file over the size limit; call with the upload's size before reading it."""
    if size > max_bytes():
        raise SpreadsheetRefused(
            _("The file is %(size)s; spreadsheets larger than %(limit)s cannot be imported.")
            % {"size": _megabytes(size), "limit": _megabytes(max_bytes())}
        )


def _too_many_rows(rows: int) -> SpreadsheetRefused:
    return SpreadsheetRefused(
        _(
            "The spreadsheet has %(rows)s rows; at most %(limit)s can be imported at once. "
            "Split it into several files."
        )
        % {"rows": str(rows), "limit": str(max_rows())}
    )


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.decode("ascii"):
        number = number * 26 + (ord(letter) - ord("A") + 1)
    return number


def check_xlsx(data: bytes) -> None:
    """Refuse a workbook over the limits from its zip directory and declared dimensions alone."""
    check_size(len(data))
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            infos = archive.infolist()
            unpacked = sum(info.file_size for info in infos)
            if len(infos) > _MAX_PARTS or unpacked > int(settings.SPREADSHEET_MAX_UNPACKED_MB) * MB:
                raise SpreadsheetRefused(
                    _(
                        "The workbook unpacks to %(size)s, more than the %(limit)s that can be "
                        "read safely."
                    )
                    % {
                        "size": _megabytes(unpacked),
                        "limit": _megabytes(int(settings.SPREADSHEET_MAX_UNPACKED_MB) * MB),
                    }
                )
            for info in infos:
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    with archive.open(info) as sheet:
                        _check_dimension(sheet.read(_DIMENSION_HEAD))
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError):
        return  # not a readable workbook: the reader says so in its own words


def _check_dimension(head: bytes) -> None:
    match = _DIMENSION.search(head)
    if match is None:
        return
    first_col, first_row, last_col, last_row = match.groups()
    rows = int(last_row or first_row or 0)
    columns = _column_number(last_col or first_col or b"")
    if rows > max_rows():
        raise _too_many_rows(rows)
    if columns > max_columns():
        raise SpreadsheetRefused(
            _(
                "The spreadsheet declares %(columns)s columns; at most %(limit)s can be read. "
                "Copy only the columns needed into a new sheet."
            )
            % {"columns": str(columns), "limit": str(max_columns())}
        )


def xlsx_rows(
    worksheet: Any, *, columns: int | None = None, values_only: bool = True
) -> Iterator[tuple[Any, ...]]:
    """The rows of an openpyxl read-only worksheet, at most ``columns`` wide (the limit by
    default) and never padded to the declared dimension; refuses past the row limit."""
    if hasattr(worksheet, "reset_dimensions"):
        worksheet.reset_dimensions()  # ignore what the file declares: read what it holds
    width = min(columns or max_columns(), max_columns())
    limit = max_rows()
    for number, row in enumerate(
        worksheet.iter_rows(max_col=width, values_only=values_only), start=1
    ):
        if number > limit:
            raise _too_many_rows(number)
        yield tuple(row)


def check_csv(data: bytes | str) -> None:
    """Refuse a CSV file over the size or row limit, before parsing it."""
    size = len(data.encode("utf-8")) if isinstance(data, str) else len(data)
    check_size(size)
    newline: Any = "\n" if isinstance(data, str) else b"\n"
    rows = data.count(newline) + 1
    if rows > max_rows() + 1:
        raise _too_many_rows(rows)


# Writing ------------------------------------------------------------------------------------

# Text starting with one of these is read as a formula (or its start) by Excel or LibreOffice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(value: Any) -> Any:
    """A cell value that spreadsheet programs show as written and never evaluate: text that
    starts like a formula gets a leading apostrophe; numbers, dates and empty cells are kept.

    Every XLSX and CSV the product writes passes its values (and headings) through this."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
