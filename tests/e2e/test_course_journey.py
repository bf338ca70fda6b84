"""The demo officer takes a course: enrol, read two lessons, leave, come back and continue."""

import re

import pytest

from courses.models import CoursePage, Enrolment, LessonPage
from home.demo import DEMO_PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

COURSE_SLUG = "an-toan-thong-tin"
JOURNEY_SLUG = "an-toan-thong-tin-tu-hoc"


def _sign_in(page):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill("officer@example.org")
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/")


def _open_lesson(page, action):
    """Do ``action`` and wait for the lesson it opens to send its first heartbeat.

    Lesson pages beat as soon as they load; waiting for the answer keeps one request at a time
    on the live server, whose in-memory SQLite connection is shared between its threads.
    """
    with page.expect_response(lambda response: "/heartbeat/" in response.url) as beat:
        action()
    assert beat.value.status == 200, beat.value.text()


def _leave(page):
    """Leave the lesson, so no timer of its page sends anything while the test tears down."""
    page.goto("about:blank")


def _progress(page):
    return int(page.locator("[data-course-progress]").get_attribute("value"))


@pytest.fixture
def open_course(demo):
    """A demo course the demo officer has not been given.

    The tracker's demo assigns every demo course to the demo officer, so the security course of
    the demo content is published once more, as an open course under its own address.
    """
    from courses.demo import load_courses
    from home.demo_content.courses import COURSES

    data = next(c for c in COURSES if c["slug"] == COURSE_SLUG)
    load_courses([{**data, "slug": JOURNEY_SLUG, "title": f"{data['title']} (tự học)"}])
    course = CoursePage.objects.get(slug=JOURNEY_SLUG)
    assert not Enrolment.objects.filter(course=course).exists()
    return course


def test_officer_enrols_reads_two_lessons_and_continues_at_the_third_from_home(page, open_course):
    course = open_course
    lessons = list(LessonPage.objects.child_of(course).live())
    assert len(lessons) >= 4
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    _sign_in(page)
    page.get_by_role("link", name="Khóa học", exact=True).first.click()
    page.wait_for_url("**/courses/")
    search = page.get_by_role("searchbox", name="Tìm khóa học")
    search.fill("an toan thong tin tu hoc")  # no diacritics: still finds "An toàn thông tin"
    search.press("Enter")
    page.wait_for_url("**/courses/?q=an+toan+thong+tin+tu+hoc*")
    page.get_by_role("link", name=course.title, exact=True).click()
    page.wait_for_url(f"**{course.url}")
    assert page.locator("h1").inner_text() == course.title

    _open_lesson(page, page.get_by_role("button", name="Ghi danh và bắt đầu học").click)
    page.wait_for_url(f"**{lessons[0].url}")
    assert page.locator("h1").inner_text() == lessons[0].title
    before = _progress(page)
    assert before == 0

    # A self-check answers at once, in the page.
    check = page.locator("[data-check]").first
    if check.count():
        check.locator("input[type=radio]").first.check()
        check.get_by_role("button", name="Kiểm tra câu trả lời").click()
        assert re.match(r"(Chính xác|Chưa đúng)", check.locator("[data-check-result]").inner_text())

    _open_lesson(page, page.get_by_role("button", name="Đánh dấu đã học xong").click)
    page.wait_for_url(f"**{lessons[1].url}")
    after_one = _progress(page)
    assert after_one > before

    _open_lesson(page, page.get_by_role("button", name="Đánh dấu đã học xong").click)
    page.wait_for_url(f"**{lessons[2].url}")
    after_two = _progress(page)
    assert after_two > after_one

    page.goto(course.url)
    outline = page.locator(".outline-item")
    assert outline.nth(0).locator(".status-completed").count() == 1
    assert outline.nth(1).locator(".status-completed").count() == 1
    assert page.locator("[data-course-progress]").get_attribute("value") == str(after_two)

    page.locator("details.account-menu summary").click()
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_load_state()
    page.goto("/")
    assert page.get_by_role("link", name="Đăng nhập").first.is_visible()

    _sign_in(page)
    continue_link = page.locator("main [data-continue]")
    assert lessons[2].title in continue_link.inner_text()
    _open_lesson(page, continue_link.click)
    page.wait_for_url(f"**{lessons[2].url}")
    assert page.locator("h1").inner_text() == lessons[2].title
    assert _progress(page) == after_two

    enrolment = Enrolment.objects.get(user__email="officer@example.org", course=course)
    assert enrolment.progress_percent == after_two
    assert enrolment.last_item_id == lessons[2].pk
    assert errors == []
    _leave(page)


def test_a_lesson_counts_as_done_when_the_officer_reaches_its_end(page, demo):
    from courses import services
    from people.models import User

    course = CoursePage.objects.get(slug=COURSE_SLUG)
    course.complete_on_scroll_end = True
    course.save()
    lesson = LessonPage.objects.child_of(course).live().first()
    services.enrol(User.objects.get(email="officer@example.org"), course)

    page.clock.install()
    _sign_in(page)
    _open_lesson(page, lambda: page.goto(lesson.url))
    assert page.get_by_role("button", name="Đánh dấu đã học xong").is_visible()
    page.locator("[data-lesson-end]").scroll_into_view_if_needed()
    with page.expect_response(lambda response: response.url.endswith("/done/")) as done:
        page.clock.run_for(6_000)  # a moment of reading at the end, on the page's own clock
    assert done.value.status == 200
    page.locator("[data-done-state]").filter(has_text="Bạn đã học xong bài này.").wait_for()
    assert not page.get_by_role("button", name="Đánh dấu đã học xong").is_visible()
    assert _progress(page) > 0
    assert (
        Enrolment.objects.get(course=course, user__email="officer@example.org").progress_percent > 0
    )
    _leave(page)
