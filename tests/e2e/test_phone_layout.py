"""On a 390 px phone: the /my/ month view shows all seven days, and no label of a dashboard
chart is cut off by its picture's edge."""

import pytest

from home.demo import DEMO_PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE_WIDTH = 390

# Each text of each chart: its box in the chart's own units against the chart's viewBox, and
# on the screen against the chart's box and the phone's width.
CHART_TEXTS = """
() => [...document.querySelectorAll("svg.chart-svg")].flatMap((svg, chartIndex) => {
  const view = svg.viewBox.baseVal;
  const frame = svg.getBoundingClientRect();
  return [...svg.querySelectorAll("text")].map((text) => {
    const box = text.getBBox();
    const rect = text.getBoundingClientRect();
    return {
      chart: chartIndex, text: text.textContent,
      inside: box.x >= view.x - 0.5 && box.y >= view.y - 0.5
        && box.x + box.width <= view.x + view.width + 0.5
        && box.y + box.height <= view.y + view.height + 0.5,
      onScreen: rect.left >= frame.left - 0.5 && rect.right <= frame.right + 0.5
        && rect.left >= 0 && rect.right <= window.innerWidth,
    };
  });
})
"""


def _sign_in(page, email):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/")


def test_the_month_view_shows_seven_days_on_a_phone(page, demo):
    assert page.viewport_size["width"] == PHONE_WIDTH
    _sign_in(page, "officer@example.org")
    page.goto("/my/")
    month = page.locator("table.month")
    month.scroll_into_view_if_needed()
    headers = month.locator("thead th")
    assert headers.count() == 7
    for index in range(7):
        box = headers.nth(index).bounding_box()
        assert box is not None
        assert box["x"] >= 0, index
        assert box["x"] + box["width"] <= PHONE_WIDTH, index
    # Every day cell is within the screen too, and nothing scrolls sideways.
    for cell in month.locator("tbody td").all():
        box = cell.bounding_box()
        assert box is not None and box["x"] + box["width"] <= PHONE_WIDTH
    wrap = page.locator("table.month").locator("xpath=..")
    assert wrap.evaluate("el => el.scrollWidth <= el.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH
    # A due date is still there to read and follow.
    assert month.locator(".month-item a").count() >= 1


@pytest.mark.parametrize("email", ["manager@example.org", "admin@example.org"])
def test_dashboard_chart_labels_are_not_clipped_on_a_phone(page, demo, email):
    _sign_in(page, email)
    page.goto("/manage/")
    assert page.locator("svg.chart-svg").count() >= 3
    texts = page.evaluate(CHART_TEXTS)
    assert texts
    clipped = [t for t in texts if not (t["inside"] and t["onScreen"])]
    assert clipped == []
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH
