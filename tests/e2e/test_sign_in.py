import pytest

from home.demo import DEMO_PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_demo_officer_signs_in_through_the_real_form_and_sees_their_name(page, demo):
    page.goto("/")
    # The browser asks for English; the site still speaks Vietnamese.
    assert page.locator("html").get_attribute("lang") == "vi"
    page.get_by_role("link", name="Đăng nhập").first.click()
    page.get_by_label("Email").fill("officer@example.org")
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/")
    assert "Nguyễn Thị Lan" in page.locator("header").inner_text()
    assert "Chào mừng, Nguyễn Thị Lan" in page.locator("main").inner_text()


def test_keyboard_user_reaches_the_skip_link_first(page, demo):
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
