"""Spreadsheets in are bounded: every reader refuses, before reading, a file over the size
limit, a workbook that declares or holds too many rows or columns, with a message in the
person's language; a dimension bomb and a 20 MB CSV cost under 2 s and 300 MB each."""

from __future__ import annotations

import csv
import io

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from openpyxl import Workbook

from bench.spreadsheet_limits import dimension_bomb, large_csv, measure, readers
from people.imports import header_labels
from people.models import Officer
from quizzes.formats.spreadsheet import parse_csv, parse_xlsx

pytestmark = pytest.mark.django_db
URL = reverse("staff-import:index")


def upload(client, data, name, language="vi"):
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = language
    return client.post(URL, {"file": SimpleUploadedFile(name, data)})


def plan_errors(response):
    return " ".join(error.message for error in response.context["plan"].errors)


@pytest.mark.parametrize(
    ("language", "words"), [("vi", "cột"), ("en", "columns")], ids=["vi", "en"]
)
def test_a_dimension_bomb_is_refused_by_the_staff_import(client, administrator, language, words):
    client.force_login(administrator)
    bomb = dimension_bomb()
    assert len(bomb) < 2048
    response, seconds, peak_mb = measure(lambda: upload(client, bomb, "bom.xlsx", language))
    assert words in plan_errors(response)
    assert seconds < 2 and peak_mb < 300
    assert not Officer.objects.exists()


@pytest.mark.parametrize(("language", "words"), [("vi", "lớn hơn"), ("en", "larger than")])
def test_a_20_mb_csv_is_refused_before_it_is_read(client, administrator, language, words):
    client.force_login(administrator)
    data = large_csv(20)
    response, seconds, peak_mb = measure(lambda: upload(client, data, "nhan-su.csv", language))
    form = response.context["form"]
    assert words in " ".join(form.errors["file"])
    assert seconds < 2 and peak_mb < 300


@pytest.mark.parametrize("reader", ["staff import", "question import"])
@pytest.mark.parametrize("kind", ["bomb", "csv"])
def test_every_reader_refuses_both_files_quickly(reader, kind):
    data, name = (dimension_bomb(), "b.xlsx") if kind == "bomb" else (large_csv(20), "b.csv")
    messages, seconds, peak_mb = measure(lambda: readers()[reader](data, name))
    assert messages
    assert seconds < 2 and peak_mb < 300


def _rows_xlsx(rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header_labels())
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _rows_csv(rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header_labels())
    writer.writerows(rows)
    return out.getvalue().encode()


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_more_rows_than_allowed_are_refused(client, administrator, settings, kind):
    settings.SPREADSHEET_MAX_ROWS = 5
    rows = [[f"NV{n:03d}", "Nguyễn Văn An", f"a{n}@example.org", "TA-H1", "", ""] for n in range(9)]
    data = _rows_xlsx(rows) if kind == "xlsx" else _rows_csv(rows)
    client.force_login(administrator)
    response = upload(client, data, f"nhan-su.{kind}", "en")
    assert "at most 5" in plan_errors(response)
    parse = parse_xlsx if kind == "xlsx" else parse_csv
    with translation.override("vi"):
        assert any("tối đa 5" in error.message for error in parse(data).errors)


def test_a_workbook_that_unpacks_to_too_much_is_refused(settings):
    settings.SPREADSHEET_MAX_UNPACKED_MB = 0
    data = _rows_xlsx([["NV001", "Nguyễn Văn An", "a@example.org", "TA-H1", "", ""]])
    with translation.override("en"):
        assert any("unpacks" in error.message for error in parse_xlsx(data).errors)


def test_a_workbook_within_the_limits_is_read_as_before(client, administrator, org):
    rows = [["NV001", "Nguyễn Văn An", "an@example.org", "TA-H1", "Chuyên viên", ""]]
    client.force_login(administrator)
    response = upload(client, _rows_xlsx(rows), "nhan-su.xlsx", "en")
    assert len(response.context["plan"].created) == 1
