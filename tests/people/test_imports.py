"""Reading staff spreadsheets: pure parsing, one test per kind of row error."""

import io
import zipfile

import pytest
from django.utils import translation
from openpyxl import load_workbook

from people.imports import (
    COLUMNS,
    ROLE_ALIASES,
    FileKindError,
    parse_roles,
    parse_staff_file,
    template_bytes,
)
from people.roles import ROLE_NAMES
from tests.people.helpers import HEADER_EN, csv_bytes, xlsx_bytes


@pytest.fixture(autouse=True)
def english():
    """Messages are checked in English here; test_import_messages_speak_vietnamese checks vi."""
    with translation.override("en"):
        yield


ROW = ["CB001", "Nguyễn Thị Lan", "lan@example.org", "TA-H1", "Chuyên viên", "Cán bộ"]


def _errors(parsed):
    return [(e.row, e.column) for e in parsed.errors]


@pytest.mark.parametrize("bom", [True, False])
@pytest.mark.parametrize("delimiter", [";", ","])
def test_csv_in_utf8_keeps_vietnamese_with_or_without_bom(bom, delimiter):
    parsed = parse_staff_file(csv_bytes([ROW], delimiter=delimiter, bom=bom), "staff.csv")
    assert parsed.errors == []
    [row] = parsed.rows
    assert row.full_name == "Nguyễn Thị Lan"
    assert row.position == "Chuyên viên"
    assert row.roles == ("Officer",)
    assert row.row == 2


def test_xlsx_keeps_vietnamese_and_reads_numbers_as_codes():
    parsed = parse_staff_file(
        xlsx_bytes(
            [[12345, "Đặng Thu Hà", "HA@Example.org", "ta-h1", None, "Quản lý; Giảng viên"]]
        ),
        "staff.xlsx",
    )
    assert parsed.errors == []
    [row] = parsed.rows
    assert (row.employee_code, row.full_name, row.email, row.unit_code) == (
        "12345",
        "Đặng Thu Hà",
        "ha@example.org",
        "TA-H1",
    )
    assert row.roles == ("Trainer", "Manager")


def test_english_headers_in_another_order_are_understood():
    header = ["Email", "Full name", "Employee code", "Unit code"]
    parsed = parse_staff_file(
        csv_bytes([["a@example.org", "Lê An", "X1", "TA"]], header=header, delimiter=","),
        "s.csv",
    )
    assert parsed.errors == []
    assert parsed.rows[0].employee_code == "X1"


def test_title_rows_above_the_headers_are_skipped_and_rows_keep_their_numbers():
    data = (
        "DANH SÁCH CÁN BỘ\nNgày 01/01/2026\n" + ";".join(HEADER_EN) + "\n" + ";".join(ROW) + "\n"
    ).encode()
    parsed = parse_staff_file(data, "staff.csv")
    assert parsed.errors == []
    assert parsed.rows[0].row == 4


def test_missing_headers_are_named():
    parsed = parse_staff_file(b"Name;Email\nLan;lan@example.org\n", "staff.csv")
    assert _errors(parsed) == [(1, "")]
    assert "Employee code" in parsed.errors[0].message
    assert "Unit code" in parsed.errors[0].message


def test_blank_rows_are_ignored():
    parsed = parse_staff_file(csv_bytes([ROW, ["", "", "", "", "", ""]]), "staff.csv")
    assert len(parsed.rows) == 1 and parsed.errors == []


@pytest.mark.parametrize(
    ("column", "index"),
    [("employee_code", 0), ("full_name", 1), ("email", 2), ("unit_code", 3)],
)
def test_an_empty_required_cell_is_an_error_on_its_row(column, index):
    broken = ROW[:]
    broken[index] = ""
    parsed = parse_staff_file(
        csv_bytes([ROW[:1] + ["Lê Bình", "b@example.org"] + ROW[3:], broken]), "s.csv"
    )
    assert (3, column) in _errors(parsed)
    assert len(parsed.rows) == 1


def test_a_bad_email_is_an_error():
    broken = ROW[:]
    broken[2] = "lan(at)example"
    parsed = parse_staff_file(csv_bytes([broken]), "s.csv")
    assert _errors(parsed) == [(2, "email")]
    assert "lan(at)example" in parsed.errors[0].message


def test_a_duplicate_email_in_the_file_is_an_error_naming_the_first_row():
    other = ["CB002", "Trần Văn Hùng", "LAN@example.org", "TA", "", ""]
    parsed = parse_staff_file(csv_bytes([ROW, other]), "s.csv")
    assert _errors(parsed) == [(3, "email")]
    assert "2" in parsed.errors[0].message


def test_a_duplicate_employee_code_in_the_file_is_an_error():
    other = ["cb001", "Trần Văn Hùng", "hung@example.org", "TA", "", ""]
    parsed = parse_staff_file(csv_bytes([ROW, other]), "s.csv")
    assert _errors(parsed) == [(3, "employee_code")]


def test_an_unknown_role_is_an_error_listing_the_known_ones():
    broken = ROW[:]
    broken[5] = "Cán bộ; Giám đốc"
    parsed = parse_staff_file(csv_bytes([broken], delimiter=","), "s.csv")
    assert _errors(parsed) == [(2, "roles")]
    assert "Giám đốc" in parsed.errors[0].message
    assert "Manager" in parsed.errors[0].message


def test_a_too_long_cell_is_an_error():
    broken = ROW[:]
    broken[4] = "x" * 201
    assert _errors(parse_staff_file(csv_bytes([broken]), "s.csv")) == [(2, "position")]


def test_every_error_of_a_row_is_reported():
    parsed = parse_staff_file(csv_bytes([["", "", "bad", "", "", "Vua"]]), "s.csv")
    assert sorted(c for _r, c in _errors(parsed)) == [
        "email",
        "employee_code",
        "full_name",
        "roles",
        "unit_code",
    ]


def test_roles_accept_english_and_vietnamese_without_diacritics():
    assert parse_roles("officer; QUAN LY ;Giảng viên") == (("Officer", "Trainer", "Manager"), [])
    assert parse_roles("") == ((), [])
    assert set(ROLE_ALIASES.values()) == set(ROLE_NAMES)


@pytest.mark.parametrize(
    ("data", "name", "fragment"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "staff.xls", ".xls"),
        (b"%PDF-1.7\n...", "staff.pdf", "cannot be read"),
        ("Tên;Đơn\n".encode("cp1258"), "staff.csv", "UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "photo.png", "not text"),
    ],
)
def test_a_file_of_the_wrong_kind_gets_a_clear_message(data, name, fragment):
    with pytest.raises(FileKindError, match=fragment):
        parse_staff_file(data, name)


def test_a_word_document_is_not_taken_for_a_workbook():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(FileKindError, match="xlsx"):
        parse_staff_file(buffer.getvalue(), "staff.docx")


def test_a_damaged_workbook_gets_a_clear_message():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "not xml")
    with pytest.raises(FileKindError, match="damaged"):
        parse_staff_file(buffer.getvalue(), "staff.xlsx")


def test_an_empty_file_is_reported():
    assert _errors(parse_staff_file(b"", "staff.csv")) == [(1, "")]
    assert _errors(parse_staff_file(csv_bytes([]), "staff.csv")) == [(2, "")]


def test_the_csv_template_is_headers_with_a_bom_and_reads_back():
    data = template_bytes("csv")
    assert data.startswith("\ufeff".encode())
    header = data.decode("utf-8-sig").splitlines()[0].split(",")
    assert len(header) == len(COLUMNS)
    filled = data + ",".join(ROW).encode() + b"\r\n"
    parsed = parse_staff_file(filled, "staff.csv")
    assert parsed.errors == [] and len(parsed.rows) == 1


def test_the_xlsx_template_explains_the_columns_and_lists_the_units():
    data = template_bytes("xlsx", [("TA", "Văn phòng Tỉnh ủy A")])
    workbook = load_workbook(io.BytesIO(data), read_only=True)
    staff, columns, units = workbook.worksheets
    assert [c.value for c in next(staff.iter_rows())] == [str(c.label) for c in COLUMNS]
    assert len(list(columns.iter_rows())) == len(COLUMNS) + 1
    assert [c.value for c in list(units.iter_rows())[1]] == ["TA", "Văn phòng Tỉnh ủy A"]


def test_import_messages_speak_vietnamese():
    with translation.override("vi"):
        parsed = parse_staff_file(
            csv_bytes([["", "Lê An", "a@example.org", "TA", "", ""]]), "s.csv"
        )
    assert parsed.errors[0].message == "Mã cán bộ đang để trống."
