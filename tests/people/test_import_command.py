"""python manage.py import_staff: dry run, import, errors, templates."""

import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from people.imports import COLUMNS
from people.models import Officer
from tests.people.helpers import csv_bytes

pytestmark = pytest.mark.django_db

ROWS = [["NV001", "Nguyễn Văn An", "an@example.org", "TA-H1", "Chuyên viên", ""]]


def _run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_staff", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_dry_run_saves_nothing(org, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_bytes(csv_bytes(ROWS))
    out, _err = _run(str(path), "--dry-run")
    assert "tạo mới: 1" in out
    assert not Officer.objects.exists()


def test_import_then_again_changes_nothing(org, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_bytes(csv_bytes(ROWS))
    _run(str(path))
    assert Officer.objects.filter(employee_code="NV001").exists()
    out, _err = _run(str(path), "-v", "2")
    assert "tạo mới: 0" in out and "giữ nguyên: 1" in out


def test_errors_are_printed_with_row_numbers_and_the_command_fails(org, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_bytes(csv_bytes([*ROWS, ["NV002", "Lê Bình", "binh@example.org", "KHONG", "", ""]]))
    with pytest.raises(CommandError):
        _run(str(path))
    assert not Officer.objects.exists()


def test_errors_reach_stderr(org, tmp_path, capsys):
    path = tmp_path / "staff.csv"
    path.write_bytes(csv_bytes([["NV002", "Lê Bình", "binh@example.org", "KHONG", "", ""]]))
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_staff", str(path), stdout=io.StringIO(), stderr=err)
    assert err.getvalue().startswith("dòng 2 [Mã đơn vị]: ") and "KHONG" in err.getvalue()


def test_deactivate_missing(org, officer, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_bytes(csv_bytes(ROWS))
    out, _err = _run(str(path), "--deactivate-missing", "--dry-run", "-v", "2")
    assert "ngừng kích hoạt CB-A1-001" in out
    _run(str(path), "--deactivate-missing")
    officer.refresh_from_db()
    assert not officer.is_active


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Không đọc được"):
        _run(str(tmp_path / "none.csv"))


@pytest.mark.parametrize("name", ["template.csv", "template.xlsx"])
def test_template_is_written_by_extension(org, tmp_path, name):
    path = tmp_path / name
    _run("--template", str(path))
    data = path.read_bytes()
    if name.endswith(".csv"):
        assert data.decode("utf-8-sig").splitlines()[0].count(",") == len(COLUMNS) - 1
    else:
        workbook = load_workbook(io.BytesIO(data), read_only=True)
        assert len(next(workbook.worksheets[0].iter_rows())) == len(COLUMNS)


def test_template_needs_a_known_extension(tmp_path):
    with pytest.raises(CommandError, match=".csv hoặc .xlsx"):
        _run("--template", str(tmp_path / "template.ods"))


def test_the_command_speaks_english_when_english_is_active(org, tmp_path):
    from django.utils import translation

    with translation.override("en"), pytest.raises(CommandError, match="^Cannot read "):
        call_command("import_staff", str(tmp_path / "missing.csv"))
