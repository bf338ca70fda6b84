"""Staff lists in a browser: an administrator imports one, a manager finds their officers."""

import re

import pytest

from tests.factories.people import TEST_PASSWORD
from tests.people.helpers import csv_bytes

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _sign_in(page, user):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Mật khẩu").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/")


def test_an_administrator_previews_then_imports_a_staff_file(page, administrator, org, tmp_path):
    rows = [
        ["NV101", "Đặng Thu Hà", "ha@example.org", "TA-H1", "Văn thư", ""],
        ["NV102", "Trương Văn Ưng", "ung@example.org", "TB", "Chuyên viên", "Quản lý"],
    ]
    staff = tmp_path / "danh-sach.csv"
    staff.write_bytes(csv_bytes(rows))
    _sign_in(page, administrator)

    page.goto("/admin/staff-import/")
    page.locator("input[type=file]").set_input_files(str(staff))
    page.get_by_role("button", name="Xem trước").click()
    page.get_by_role("heading", name="Xem trước tệp danh-sach.csv").wait_for()
    preview = page.locator("main").inner_text()
    assert "2 cán bộ sẽ được tạo mới" in preview
    assert "Đặng Thu Hà" in preview

    page.get_by_role("button", name="Xác nhận và nhập").click()
    done = page.get_by_text("Đã nhập xong: tạo mới 2", exact=False)
    done.wait_for()
    assert done.is_visible()

    page.goto("/people/?q=dang+thu")
    table = page.get_by_role("table").inner_text()
    assert "Đặng Thu Hà" in table and "Trương Văn Ưng" not in table


def test_a_manager_on_a_phone_finds_only_their_own_officers(page, manager, officer, other_officer):
    _sign_in(page, manager)
    page.get_by_role("navigation", name="Điều hướng chính").get_by_role(
        "link", name="Danh bạ cán bộ"
    ).click()
    page.wait_for_url("**/people/")
    assert page.get_by_role("heading", level=1).inner_text() == "Danh bạ cán bộ"
    page.get_by_label("Họ tên, email hoặc mã cán bộ").fill("nguyen thi lan")
    page.get_by_role("button", name="Tìm kiếm").click()
    page.wait_for_url(re.compile(r"q=nguyen"))
    rows = page.locator("tbody tr")
    assert rows.count() == 1
    assert "Nguyễn Thị Lan" in rows.first.inner_text()

    page.get_by_label("Họ tên, email hoặc mã cán bộ").fill("tran van hung")
    page.get_by_role("button", name="Tìm kiếm").click()
    page.wait_for_url(re.compile(r"q=tran"))
    assert "Không có cán bộ nào" in page.locator("main").inner_text()

    page.get_by_label("Họ tên, email hoặc mã cán bộ").fill("")
    page.get_by_role("button", name="Tìm kiếm").click()
    page.wait_for_url(re.compile(r"q=&"))
    with page.expect_download() as download:
        page.get_by_role("link", name="CSV").click()
    content = download.value.path().read_bytes().decode("utf-8-sig")
    assert "Nguyễn Thị Lan" in content and "Trần Văn Hùng" not in content
    # Nothing on the page is wider than the phone's screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
