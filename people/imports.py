"""Staff spreadsheets: reading XLSX and CSV into plain rows, checking each row, writing templates.

Pure functions: bytes in, rows and errors out, no database. Checks that need the database
(unit codes, emails already in use) are made by people.services when it plans an import.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from home import spreadsheets
from people.names import strip_diacritics
from people.roles import OFFICER, ROLE_LABELS, ROLE_NAMES


@dataclass(frozen=True)
class Column:
    key: str
    label: object  # lazy translation
    required: bool
    max_length: int
    help: object


# The documented columns, in the order of the template.
COLUMNS: tuple[Column, ...] = (
    Column(
        "employee_code",
        gettext_lazy("Employee code"),
        True,
        50,
        gettext_lazy("Unique for each officer; the import creates or updates by this code."),
    ),
    Column(
        "full_name",
        gettext_lazy("Full name"),
        True,
        300,
        gettext_lazy("Family, middle and given name in the usual order, e.g. Nguyễn Thị Lan."),
    ),
    Column(
        "email",
        gettext_lazy("Email"),
        True,
        254,
        gettext_lazy("Work email address; the officer signs in with it."),
    ),
    Column(
        "unit_code",
        gettext_lazy("Unit code"),
        True,
        50,
        gettext_lazy("Code of an active unit of the organisation tree."),
    ),
    Column("position", gettext_lazy("Position"), False, 200, gettext_lazy("Job title.")),
    Column(
        "roles",
        gettext_lazy("Roles"),
        False,
        200,
        gettext_lazy(
            "Officer, Trainer, Manager or Administrator (in English or Vietnamese), several "
            "separated by ';'. Roles are added, never removed. Empty: Officer for a new account."
        ),
    ),
)
COLUMN_KEYS = tuple(column.key for column in COLUMNS)

# Header names accepted for each column, compared without case, spaces or diacritics.
_HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "employee_code": ("employee code", "employee id", "mã cán bộ", "mã nhân viên", "mã số"),
    "full_name": ("full name", "name", "họ và tên", "họ tên"),
    "email": ("email", "e-mail", "thư điện tử"),
    "unit_code": ("unit code", "unit", "mã đơn vị", "đơn vị"),
    "position": ("position", "title", "job title", "chức vụ", "chức danh"),
    "roles": ("roles", "role", "vai trò"),
}


def _header_token(text: str) -> str:
    return "".join(ch for ch in strip_diacritics(str(text)) if ch.isalnum())


_HEADER_LOOKUP = {
    _header_token(alias): key for key, aliases in _HEADER_ALIASES.items() for alias in aliases
}

# Role names accepted in the roles column: the role's name and its Vietnamese label.
ROLE_ALIASES = {
    "officer": OFFICER,
    "can bo": OFFICER,
    "trainer": "Trainer",
    "giang vien": "Trainer",
    "manager": "Manager",
    "quan ly": "Manager",
    "administrator": "Administrator",
    "admin": "Administrator",
    "quan tri vien": "Administrator",
    "quan tri": "Administrator",
}


class FileKindError(ValueError):
    """The file is not a spreadsheet this import reads (CSV in UTF-8, or XLSX)."""


@dataclass(frozen=True)
class RowError:
    row: int  # the spreadsheet's row number: the header is row 1
    column: str  # a key of COLUMNS, or "" for the whole row/file
    message: str

    @property
    def column_label(self) -> str:
        for column in COLUMNS:
            if column.key == self.column:
                return str(column.label)
        return ""


@dataclass
class StaffRow:
    row: int
    employee_code: str
    full_name: str
    email: str
    unit_code: str
    position: str = ""
    roles: tuple[str, ...] = ()


@dataclass
class ParsedFile:
    rows: list[StaffRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    # (row, unit code) of rows refused for other reasons, so that an unknown unit code can be
    # reported in the same pass rather than after the first errors are fixed.
    other_unit_codes: list[tuple[int, str]] = field(default_factory=list)


# Reading ------------------------------------------------------------------------------------


def detect_kind(data: bytes, filename: str) -> str:
    """ "xlsx" or "csv", from the content first and the file name second."""
    name = filename.lower()
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if "xl/workbook.xml" in archive.namelist():
                    return "xlsx"
        except zipfile.BadZipFile:
            pass
        raise FileKindError(
            _(
                "This file is a compressed document but not an Excel workbook (.xlsx). "
                "Save the staff list as .xlsx or as CSV (UTF-8)."
            )
        )
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise FileKindError(
            _(
                "This is an old Excel file (.xls). Open it in Excel or LibreOffice and save it "
                "as .xlsx or as CSV (UTF-8)."
            )
        )
    if data[:5] == b"%PDF-" or name.endswith((".pdf", ".doc", ".docx", ".ods", ".xls")):
        raise FileKindError(
            _("This kind of file cannot be read. Upload the staff list as .xlsx or CSV (UTF-8).")
        )
    if b"\x00" in data[:4096]:
        raise FileKindError(
            _(
                "This file is not text. Upload the staff list as .xlsx or as CSV saved in UTF-8 "
                "(in Excel: CSV UTF-8)."
            )
        )
    return "csv"


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def read_table(data: bytes, filename: str) -> list[list[str]]:
    """The cells of the first sheet (XLSX) or of the CSV, as text with spaces tidied; a file
    over the spreadsheet limits is refused before it is read (home.spreadsheets)."""
    try:
        spreadsheets.check_size(len(data))
        kind = detect_kind(data, filename)
        if kind == "xlsx":
            spreadsheets.check_xlsx(data)
            return _read_xlsx(data)
        spreadsheets.check_csv(data)
        return _read_csv(data)
    except spreadsheets.SpreadsheetRefused as exc:
        raise FileKindError(exc.message) from exc


# A staff file has a few columns; a title or notes beside them may add some.
READ_COLUMNS = 30


def _read_xlsx(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds of errors on a damaged file
        raise FileKindError(
            _("This Excel file could not be opened; it may be damaged. Save it again as .xlsx.")
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        return [
            [_cell_text(value) for value in row]
            for row in spreadsheets.xlsx_rows(sheet, columns=READ_COLUMNS)
        ]
    finally:
        workbook.close()


def _read_csv(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileKindError(
            _(
                "This CSV file is not in UTF-8, so Vietnamese letters would be lost. In Excel "
                "choose Save As, then CSV UTF-8 (comma delimited)."
            )
        ) from exc
    # Excel writes ";" where the decimal mark is a comma (as in Vietnamese settings), else ",".
    head = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])
    delimiter = max((";", ",", "\t"), key=head.count)
    if head.count(delimiter) == 0:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [[_cell_text(value) for value in row[:READ_COLUMNS]] for row in reader]
    except csv.Error as exc:
        raise FileKindError(
            _("This CSV file could not be read: %(error)s") % {"error": exc}
        ) from exc


# Checking -----------------------------------------------------------------------------------

_email_validator = EmailValidator()


def parse_roles(cell: str) -> tuple[tuple[str, ...], list[str]]:
    """(role names, unknown entries) from a cell such as "Cán bộ; Quản lý"."""
    roles: list[str] = []
    unknown: list[str] = []
    for part in cell.replace(",", ";").split(";"):
        name = " ".join(strip_diacritics(part).split())
        if not name:
            continue
        role = ROLE_ALIASES.get(name)
        if role is None:
            unknown.append(part.strip())
        elif role not in roles:
            roles.append(role)
    ordered = tuple(r for r in ROLE_NAMES if r in roles)
    return ordered, unknown


def _map_header(header: Sequence[str]) -> dict[str, int]:
    positions: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = _HEADER_LOOKUP.get(_header_token(cell))
        if key is not None and key not in positions:
            positions[key] = index
    return positions


def _has_required(positions: dict[str, int]) -> bool:
    return all(c.key in positions for c in COLUMNS if c.required)


# Spreadsheets often carry a title or a date above the headers: look for them this far down.
HEADER_SEARCH_ROWS = 10


def parse_staff_table(table: Sequence[Sequence[str]], *, first_row: int = 1) -> ParsedFile:
    """Check every row on its own and against the other rows of the file.

    Rows are numbered from first_row for the table's first line (1: the spreadsheet's numbers).
    """
    result = ParsedFile()
    if not any(any(cells) for cells in table):
        result.errors.append(RowError(1, "", _("The file is empty.")))
        return result
    header_index = next(
        (
            i
            for i, cells in enumerate(table[:HEADER_SEARCH_ROWS])
            if _has_required(_map_header(cells))
        ),
        None,
    )
    if header_index is None:
        first = next(cells for cells in table if any(cells))
        found = _map_header(first)
        missing = [c for c in COLUMNS if c.required and c.key not in found]
        expected = ", ".join(str(c.label) for c in COLUMNS)
        message = _(
            "The column headers were not found (%(expected)s). Missing from the first row: "
            "%(missing)s."
        ) % {"expected": expected, "missing": ", ".join(str(c.label) for c in missing)}
        result.errors.append(RowError(1, "", message))
        return result
    positions = _map_header(table[header_index])

    seen_codes: dict[str, int] = {}
    seen_emails: dict[str, int] = {}
    start = header_index + 1 + first_row
    for number, cells in enumerate(table[header_index + 1 :], start=start):
        if not any(cells):
            continue
        values = {
            key: (cells[pos] if pos < len(cells) else "").strip() for key, pos in positions.items()
        }
        row_errors: list[RowError] = []
        for column in COLUMNS:
            value = values.get(column.key, "")
            if column.required and not value:
                row_errors.append(
                    RowError(
                        number,
                        column.key,
                        _("%(column)s is empty.") % {"column": column.label},
                    )
                )
            elif len(value) > column.max_length:
                row_errors.append(
                    RowError(
                        number,
                        column.key,
                        _("%(column)s is longer than %(max)d characters.")
                        % {"column": column.label, "max": column.max_length},
                    )
                )

        code = "".join(values.get("employee_code", "").split()).upper()
        email = values.get("email", "").lower()
        if email:
            try:
                _email_validator(email)
            except ValidationError:
                row_errors.append(
                    RowError(
                        number,
                        "email",
                        _("“%(email)s” is not a valid email address.") % {"email": email},
                    )
                )
            else:
                if email in seen_emails:
                    row_errors.append(
                        RowError(
                            number,
                            "email",
                            _("The email %(email)s is already used on row %(row)d of this file.")
                            % {"email": email, "row": seen_emails[email]},
                        )
                    )
                else:
                    seen_emails[email] = number
        if code:
            if code in seen_codes:
                row_errors.append(
                    RowError(
                        number,
                        "employee_code",
                        _("The employee code %(code)s is already used on row %(row)d of this file.")
                        % {"code": code, "row": seen_codes[code]},
                    )
                )
            else:
                seen_codes[code] = number
        roles, unknown = parse_roles(values.get("roles", ""))
        if unknown:
            known = ", ".join(f"{name} ({ROLE_LABELS[name]})" for name in ROLE_NAMES)
            row_errors.append(
                RowError(
                    number,
                    "roles",
                    _("Unknown role: %(roles)s. Known roles: %(known)s.")
                    % {"roles": ", ".join(unknown), "known": known},
                )
            )
        if row_errors:
            result.errors.extend(row_errors)
            unit_code = "".join(values.get("unit_code", "").split()).upper()
            if unit_code and not any(e.column == "unit_code" for e in row_errors):
                result.other_unit_codes.append((number, unit_code))
            continue
        result.rows.append(
            StaffRow(
                row=number,
                employee_code=code,
                full_name=" ".join(values["full_name"].split()),
                email=email,
                unit_code="".join(values["unit_code"].split()).upper(),
                position=values.get("position", ""),
                roles=roles,
            )
        )
    if not result.rows and not result.errors:
        result.errors.append(RowError(start, "", _("The file has headers but no staff rows.")))
    return result


def parse_staff_records(records: Sequence[Mapping[str, object]]) -> ParsedFile:
    """Check staff given as records keyed like COLUMNS (e.g. from another system's API), with
    the same rules and messages as a spreadsheet; the first record is row 1."""
    header = list(COLUMN_KEYS)
    table = [header]
    for record in records:
        table.append([_cell_text(_joined(record.get(key))) for key in COLUMN_KEYS])
    return parse_staff_table(table, first_row=0)


def _joined(value: object) -> object:
    if isinstance(value, list | tuple):
        return "; ".join(str(item) for item in value)
    return value


def parse_staff_file(data: bytes, filename: str) -> ParsedFile:
    """Read and check a staff spreadsheet. A file of the wrong kind raises FileKindError."""
    return parse_staff_table(read_table(data, filename))


# Writing ------------------------------------------------------------------------------------


def header_labels() -> list[str]:
    return [str(column.label) for column in COLUMNS]


def write_csv(rows: Iterable[Sequence[object]], header: Sequence[str]) -> bytes:
    """CSV in UTF-8 with a byte order mark, so Excel shows Vietnamese letters correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([_safe_cell(label) for label in header])
    for row in rows:
        writer.writerow(["" if value is None else _safe_cell(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _safe_cell(value: object) -> object:
    """Keep spreadsheet programs from running text that looks like a formula."""
    return spreadsheets.inert(value)


def write_xlsx(
    rows: Iterable[Sequence[object]],
    header: Sequence[str],
    *,
    sheet_title: str,
    extra_sheets: Sequence[tuple[str, Sequence[str], Iterable[Sequence[object]]]] = (),
) -> bytes:
    """An XLSX workbook: the main sheet first (the one the import reads), then any others."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheets = [(sheet_title, header, rows), *extra_sheets]
    for title, sheet_header, sheet_rows in sheets:
        sheet = workbook.create_sheet(title=title[:31])
        bold = []
        for label in sheet_header:
            cell = WriteOnlyCell(sheet, value=spreadsheets.inert(str(label)))
            cell.font = Font(bold=True)
            bold.append(cell)
        sheet.append(bold)
        for row in sheet_rows:
            sheet.append([_safe_cell(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def template_bytes(kind: str, units: Sequence[tuple[str, str]] = ()) -> bytes:
    """The import template: the header row; an XLSX also explains the columns and lists units."""
    header = header_labels()
    if kind == "csv":
        return write_csv([], header)
    column_help = [
        (str(c.label), _("yes") if c.required else _("no"), str(c.help)) for c in COLUMNS
    ]
    return write_xlsx(
        [],
        header,
        sheet_title=_("Staff"),
        extra_sheets=[
            (_("Columns"), [_("Column"), _("Required"), _("What to write")], column_help),
            (_("Units"), [_("Unit code"), _("Name")], list(units)),
        ],
    )
