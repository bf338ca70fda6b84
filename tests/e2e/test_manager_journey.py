"""The demo manager, on a phone, follows their province: the dashboard, a district, an officer,
and the district's report downloaded as XLSX."""

import io

import pytest
from openpyxl import load_workbook

from home.demo import DEMO_PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _sign_in(page, email):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/")


def _fits_the_phone(page):
    return page.evaluate("document.documentElement.scrollWidth") <= 390 + 1


def test_the_demo_manager_drills_down_and_exports_a_district(page, demo):
    _sign_in(page, "manager@example.org")
    page.get_by_role("link", name="Quản lý").click()
    page.wait_for_url("**/manage/")
    assert page.get_by_role("heading", level=1).inner_text() == "Văn phòng Tỉnh ủy Lâm Giang"
    units = page.get_by_role("table").first.inner_text()
    assert "Văn phòng Huyện ủy Tân Phú" in units and "Văn phòng Huyện ủy Mỹ Lộc" in units
    assert "Hải Bình" not in page.locator("main").inner_text()
    assert page.locator("svg.chart-svg").count() >= 3
    assert page.get_by_text("Số liệu của biểu đồ “Hoàn thành theo đơn vị”").is_visible()
    assert _fits_the_phone(page)

    # Down a level: the district's officers.
    page.get_by_role("link", name="Văn phòng Huyện ủy Tân Phú").first.click()
    page.wait_for_url("**/manage/units/*/officers/")
    heading = page.get_by_role("heading", level=1).inner_text()
    assert heading == "Cán bộ của Văn phòng Huyện ủy Tân Phú"
    officers = page.get_by_role("table").inner_text()
    assert "Nguyễn Thị Lan" in officers and "Trương Văn Đức" in officers
    assert _fits_the_phone(page)

    # One officer's record.
    page.get_by_role("link", name="Nguyễn Thị Lan").click()
    page.wait_for_url("**/manage/officers/*/")
    assert page.get_by_role("heading", level=1).inner_text() == "Nguyễn Thị Lan"
    record = page.locator("main").inner_text()
    assert "An toàn thông tin" in record  # the overdue assignment
    assert "Quá hạn" in record
    assert _fits_the_phone(page)

    # Back up to the district through the breadcrumbs, and its report as a workbook.
    breadcrumbs = page.get_by_role("navigation", name="Đường dẫn")
    breadcrumbs.get_by_role("link", name="Văn phòng Huyện ủy Tân Phú").click()
    page.wait_for_url("**/manage/units/*/")
    assert page.get_by_role("heading", level=1).inner_text() == "Văn phòng Huyện ủy Tân Phú"
    with page.expect_download() as download:
        page.get_by_role("link", name="Báo cáo này (XLSX", exact=False).click()
    assert download.value.suggested_filename.endswith(".xlsx")
    book = load_workbook(io.BytesIO(download.value.path().read_bytes()))
    sheet = book[book.sheetnames[0]]
    assert "Văn phòng Huyện ủy Tân Phú" in sheet["A1"].value
    assert sheet["A2"].value == "Đơn vị"
    names = [row[0].value for row in sheet.iter_rows(min_row=3)]
    assert "Tổng cộng" in names
    assert sheet.freeze_panes == "A3"
