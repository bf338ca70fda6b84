"""The list of one's exports names each table in words, never by its internal name."""

import pytest
from bs4 import BeautifulSoup

from tests.factories.reports import ExportLogFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("table", "title"),
    [
        ("records", "Kết quả học tập"),
        ("officers", "Cán bộ"),
        ("units", "Đơn vị"),
        ("courses", "Khóa học"),
    ],
)
def test_each_export_shows_its_tables_title(client, manager, org, table, title):
    ExportLogFactory(user=manager, unit=org.province_a, table=table)
    client.force_login(manager)
    client.cookies["kns_language"] = "vi"
    page = BeautifulSoup(client.get("/manage/exports/").content, "html.parser")
    cell = page.select("tbody td")[0].get_text(" ", strip=True)
    assert cell.endswith(f"· {title}")
    assert table not in cell
