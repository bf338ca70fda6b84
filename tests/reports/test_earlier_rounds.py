"""Courses opened for another round, on the pages and in the exports managers read: the
officer's page lists earlier rounds as /my/ does, and the records export has a row per round
that a period selects by its own completion (seeded in conftest.py, ``reopened``)."""

from __future__ import annotations

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from openpyxl import load_workbook

pytestmark = pytest.mark.django_db


def get(client, user, url, **params):
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get(url, params)
    assert response.status_code == 200
    return response


def exported(client, user, url, **params):
    response = get(client, user, url, **params)
    return b"".join(response.streaming_content)


def officer_url(scenario):
    return reverse("reports:manage_officer", args=[scenario.people["renewed"].officer.pk])


def test_the_officers_page_lists_earlier_rounds_with_their_certificate(client, reopened, manager):
    soup = BeautifulSoup(get(client, manager, officer_url(reopened)).content, "html.parser")
    rounds = soup.select("tr[data-round]")
    cells = [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])] for row in rounds
    ]
    code = reopened.certificate.code
    assert cells == [
        ["Bảng tính dữ liệu", "1", "07/03/2026", "10/03/2026", "20 min", "—", "—"],
        ["An toàn thông tin cơ bản", "1", "17/07/2025", "20/07/2025", "30 min", "8", code],
    ]
    link = rounds[1].select_one("a[data-certificate]")
    assert link["href"] == reverse("certificates:verify", args=[reopened.certificate.code])
    # The courses themselves: their current round, with the time spent in it.
    x = soup.select_one(f'tr[data-course="{reopened.course_x.slug}"]:not([data-round])')
    assert "(round 2)" in x.th.get_text(" ", strip=True)
    assert "30 min" in [td.get_text(strip=True) for td in x.find_all("td")]
    y = soup.select_one(f'tr[data-course="{reopened.course_y.slug}"]:not([data-round])')
    assert "5 min" in [td.get_text(strip=True) for td in y.find_all("td")]
    assert soup.find(string="Earlier rounds (CSV)") is not None


def test_the_officers_page_has_no_earlier_rounds_section_without_any(client, scenario, manager):
    url = reverse("reports:manage_officer", args=[scenario.people["officer"].officer.pk])
    html = get(client, manager, url).content.decode()
    assert "data-round" not in html and "Earlier rounds" not in html


def test_earlier_rounds_are_refused_outside_the_scope(client, reopened, other_manager):
    client.force_login(other_manager)
    url = officer_url(reopened)
    assert client.get(url).status_code == 403
    assert client.get(url, {"export": "csv", "table": "rounds"}).status_code == 403


def test_the_officer_record_export_has_a_sheet_of_earlier_rounds(client, reopened, manager):
    book = load_workbook(
        io.BytesIO(exported(client, manager, officer_url(reopened), export="xlsx"))
    )
    assert book.sheetnames == [
        "Courses",
        "Earlier rounds",
        "Attempts",
        "Certificates",
        "Assignments",
    ]
    rows = [[c.value for c in row] for row in book["Earlier rounds"].iter_rows(min_row=3)]
    assert [(r[0], r[1], r[4], r[5], r[6]) for r in rows] == [
        ("Bảng tính dữ liệu", 1, 0.33, None, None),
        ("An toàn thông tin cơ bản", 1, 0.5, 8.0, reopened.certificate.code),
    ]
    courses = {row[0].value: row for row in book["Courses"].iter_rows(min_row=3)}
    x = courses["An toàn thông tin cơ bản"]
    assert (x[1].value, x[7].value) == (2, 0.5)  # round 2: 3600 - 1800 s

    data = exported(client, manager, officer_url(reopened), export="csv", table="rounds")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert lines[0][:2] == ["Course", "Round"] and len(lines) == 3


def test_the_records_export_has_a_row_per_round(client, reopened, administrator):
    url = reverse("reports:manage")

    def records(**period):
        data = exported(client, administrator, url, export="csv", table="records", **period)
        lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert lines[0][3:6] == ["Course", "Round", "Status"]
        return [
            (line[3], line[4], line[5], line[9][:10], line[10])
            for line in lines[1:]
            if line[1] == "CB-A2-003"
        ], len(lines) - 1

    rows, count = records()
    assert rows == [
        ("An toàn thông tin cơ bản", "1", "Completed", "2025-07-20", "0.50"),
        ("An toàn thông tin cơ bản", "2", "Completed", "2026-05-28", "0.50"),
        ("Bảng tính dữ liệu", "1", "Completed", "2026-03-10", "0.33"),
        ("Bảng tính dữ liệu", "2", "In progress", "", "0.08"),
    ]
    assert count == 8 + 4  # the seeded enrolments, and the new officer's two rounds of each
    assert records(start="2025-07", end="2026-03")[0] == [rows[0], rows[2]]
    may, count = records(start="2026-05", end="2026-05")
    assert (may, count) == ([rows[1]], 4)
