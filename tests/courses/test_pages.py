"""What learners see: the outline with done/next and progress, lesson navigation, continue."""

import pytest
from bs4 import BeautifulSoup

from courses import services
from courses.models import Enrolment
from tests.factories.courses import LessonPageFactory

pytestmark = pytest.mark.django_db


def _soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_course_page_shows_outline_progress_and_where_to_continue(
    client, enrolled_officer, course, lessons
):
    services.mark_item_done(enrolled_officer, lessons[0])
    services.mark_item_done(enrolled_officer, lessons[1])
    client.force_login(enrolled_officer)
    soup = _soup(client.get(course.url))
    assert soup.find("progress")["value"] == "50"
    items = soup.select(".outline-item")
    assert [("is-done" in i["class"], "is-next" in i["class"]) for i in items] == [
        (True, False),
        (True, False),
        (False, True),
        (False, False),
    ]
    assert soup.select_one("[data-continue]")["href"] == lessons[2].url
    assert soup.find("form", action=course.url + "enrol/") is None


def test_course_page_offers_enrolment_to_people_not_enrolled(client, officer, course, lessons):
    client.force_login(officer)
    soup = _soup(client.get(course.url))
    form = soup.find("form", action=course.url + "enrol/")
    assert form is not None and form.find("button")
    assert soup.find("progress") is None


def test_lesson_page_has_previous_next_and_mark_as_done(client, enrolled_officer, lessons):
    client.force_login(enrolled_officer)
    soup = _soup(client.get(lessons[1].url))
    assert soup.find("a", rel="prev")["href"] == lessons[0].url
    assert soup.find("a", rel="next")["href"] == lessons[2].url
    assert soup.find("form", action=lessons[1].url + "done/")
    assert soup.select_one(".lesson")["data-heartbeat-url"] == lessons[1].url + "heartbeat/"
    assert not soup.select_one(".lesson").has_attr("data-auto-done")
    first = _soup(client.get(lessons[0].url))
    assert first.find("a", rel="prev") is None


def test_mark_as_done_goes_to_the_next_lesson_and_the_last_one_completes_the_course(
    client, enrolled_officer, course, lessons
):
    client.force_login(enrolled_officer)
    for current, following in zip(lessons, lessons[1:], strict=False):
        assert client.post(current.url + "done/")["Location"] == following.url
    response = client.post(lessons[-1].url + "done/", follow=True)
    assert response.redirect_chain[0][0] == course.url
    assert Enrolment.objects.get(user=enrolled_officer).is_completed
    soup = _soup(response)
    assert soup.select(".status-completed")
    assert soup.find("progress")["value"] == "100"


def test_a_done_lesson_says_so_and_offers_no_button(client, enrolled_officer, lessons):
    services.mark_item_done(enrolled_officer, lessons[0])
    client.force_login(enrolled_officer)
    soup = _soup(client.get(lessons[0].url))
    assert soup.find("form", action=lessons[0].url + "done/") is None
    assert soup.select_one("[data-done-state]").get_text(strip=True)


def test_courses_that_complete_at_the_end_ask_the_page_to_mark_done(
    client, enrolled_officer, course, lessons
):
    course.complete_on_scroll_end = True
    course.save_revision().publish()
    client.force_login(enrolled_officer)
    soup = _soup(client.get(lessons[0].url))
    assert soup.select_one(".lesson")["data-auto-done"] == "true"
    assert soup.select_one(".lesson")["data-done-url"] == lessons[0].url + "done/"
    response = client.post(lessons[0].url + "done/", HTTP_ACCEPT="application/json")
    assert response.json() == {"done": True, "percent": 25, "completed": False}


def test_an_optional_lesson_is_labelled_and_not_counted(client, enrolled_officer, course, lessons):
    LessonPageFactory(parent=course, title="Đọc thêm", slug="doc-them", required=False)
    client.force_login(enrolled_officer)
    soup = _soup(client.get(course.url))
    assert soup.find("progress")["value"] == "0"
    assert "0/4" in soup.find("progress").find_previous("label").get_text()
    items = soup.select(".outline-item")
    assert len(items) == 5
    assert "không bắt buộc" in items[-1].get_text()


def test_home_page_continues_the_most_recent_unfinished_course_at_the_next_lesson(
    client, enrolled_officer, course, lessons
):
    services.mark_item_done(enrolled_officer, lessons[0])
    services.mark_item_done(enrolled_officer, lessons[1])
    client.force_login(enrolled_officer)
    soup = _soup(client.get("/"))
    link = soup.select_one("main [data-continue]")
    assert link["href"] == lessons[2].url
    assert lessons[2].title in link.get_text()
    assert course.title in soup.select_one(".continue-learning").get_text()


def test_home_page_has_nothing_to_continue_once_the_course_is_complete(
    client, enrolled_officer, lessons
):
    for lesson in lessons:
        services.mark_item_done(enrolled_officer, lesson)
    client.force_login(enrolled_officer)
    assert _soup(client.get("/")).select_one("[data-continue]") is None


def test_home_page_for_someone_not_learning_anything_shows_the_catalogue_link(client, officer):
    client.force_login(officer)
    soup = _soup(client.get("/"))
    assert soup.select_one(".continue-learning") is None
    assert soup.find("a", href="/courses/")


def test_trainers_preview_a_draft_lesson_in_the_admin(client, trainer, course, lessons):
    lesson = lessons[0]
    lesson.title = "Bản nháp mới"
    lesson.save_revision()
    client.force_login(trainer)
    response = client.get(f"/admin/pages/{lesson.pk}/view_draft/")
    assert response.status_code == 200
    assert "Bản nháp mới" in response.content.decode()


def test_prerequisites_are_listed_with_what_i_have_completed(client, officer, course, lessons):
    from courses.models import CoursePrerequisite
    from tests.factories.courses import CoursePageFactory

    basics = CoursePageFactory(title="Tin học cơ bản", slug="tin-hoc-co-ban")
    done_lesson = LessonPageFactory(parent=basics, slug="co-ban-1")
    spreadsheets = CoursePageFactory(title="Bảng tính nhập môn", slug="bang-tinh")
    CoursePrerequisite.objects.create(page=course, prerequisite=basics, sort_order=0)
    CoursePrerequisite.objects.create(page=course, prerequisite=spreadsheets, sort_order=1)
    services.enrol(officer, basics)
    services.mark_item_done(officer, done_lesson)
    client.force_login(officer)
    soup = _soup(client.get(course.url))
    items = soup.select(".prerequisites li")
    assert [i.find("a").get_text() for i in items] == ["Tin học cơ bản", "Bảng tính nhập môn"]
    assert [bool(i.select(".status-completed")) for i in items] == [True, False]
    assert soup.select_one(".course-status .notice")  # advised to take the missing one first
    assert soup.find("form", action=course.url + "enrol/")  # advice, not a lock
