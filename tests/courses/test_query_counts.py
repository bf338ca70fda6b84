"""The catalogue, a course page, a lesson page and the home page cost a few queries, the same
however many courses, lessons and learners there are; viewing a lesson again writes nothing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import services
from tests.factories import UserFactory
from tests.factories.courses import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db

CATALOGUE_MAX = 8
COURSE_MAX = 10
LESSON_MAX = 8
HOME_MAX = 8


def _grow(course, officer, *, courses, lessons, learners):
    """Add courses (each with a lesson), lessons to ``course`` and learners with progress."""
    for n in range(courses):
        other = CoursePageFactory(title=f"Thêm {n}", slug=f"them-{n}")
        LessonPageFactory(parent=other, slug=f"them-{n}-bai")
        services.enrol(officer, other)
    added = [LessonPageFactory(parent=course, slug=f"phu-{n}") for n in range(lessons)]
    for n in range(learners):
        learner = UserFactory(email=f"hoc.vien{n}@example.org")
        services.enrol(learner, course)
        services.mark_item_done(learner, added[0] if added else course.get_children()[0])


def _count(client, url):
    # Warm what is kept between requests (the site, routes, rights): the first view of all
    # may also create the site's settings row, which starts the cached structure afresh.
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def measure(client, enrolled_officer, course, lessons):
    client.force_login(enrolled_officer)
    services.mark_item_done(enrolled_officer, lessons[0])

    def run(url_of, **growth):
        before = _count(client, url_of())
        _grow(course, enrolled_officer, **growth)
        after = _count(client, url_of())
        return before, after

    return run


def test_catalogue_queries_do_not_grow_with_courses(measure, django_assert_max_num_queries):
    before, after = measure(lambda: "/courses/", courses=8, lessons=0, learners=0)
    assert after == before <= CATALOGUE_MAX


def test_anonymous_catalogue_and_search_stay_flat(client, course, lessons):
    before = _count(client, "/courses/?q=an+toan")
    for n in range(6):
        CoursePageFactory(title=f"An toàn {n}", slug=f"an-toan-{n}")
    assert _count(client, "/courses/?q=an+toan") == before <= CATALOGUE_MAX


def test_course_page_queries_do_not_grow_with_lessons_or_learners(measure, course):
    before, after = measure(lambda: course.url, courses=2, lessons=8, learners=6)
    assert after == before <= COURSE_MAX


def test_lesson_page_queries_do_not_grow_with_lessons_or_learners(measure, lessons):
    before, after = measure(lambda: lessons[1].url, courses=2, lessons=8, learners=6)
    assert after == before <= LESSON_MAX


def test_home_page_continue_panel_stays_flat(measure):
    before, after = measure(lambda: "/", courses=4, lessons=8, learners=4)
    assert after == before <= HOME_MAX


def _writes(queries) -> list[str]:
    return [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        or "FOR UPDATE" in q["sql"].upper()
    ]


def test_viewing_a_lesson_twice_in_a_row_writes_at_most_once(client, enrolled_officer, lessons):
    from courses.models import Enrolment, ItemProgress

    client.force_login(enrolled_officer)
    with CaptureQueriesContext(connection) as first:
        assert client.get(lessons[1].url).status_code == 200
    with CaptureQueriesContext(connection) as again:
        assert client.get(lessons[1].url).status_code == 200
    assert _writes(first), "the first opening is recorded"
    assert _writes(again) == [], "a second view moments later writes nothing and locks nothing"
    progress = ItemProgress.objects.get(user=enrolled_officer, item=lessons[1])
    assert progress.first_opened_at is not None
    enrolment = Enrolment.objects.get(user=enrolled_officer)
    assert enrolment.last_item_id == lessons[1].pk
    assert enrolment.status == Enrolment.Status.IN_PROGRESS


def test_opening_another_lesson_or_coming_back_later_is_recorded(
    client, enrolled_officer, lessons, time_machine
):
    from datetime import timedelta

    from django.utils import timezone

    from courses.models import Enrolment, ItemProgress

    client.force_login(enrolled_officer)
    start = timezone.now()
    time_machine.move_to(start, tick=False)
    client.get(lessons[1].url)
    client.get(lessons[2].url)
    assert Enrolment.objects.get(user=enrolled_officer).last_item_id == lessons[2].pk
    client.get(lessons[1].url)  # back to an item opened moments ago: where I am moves
    assert Enrolment.objects.get(user=enrolled_officer).last_item_id == lessons[1].pk
    time_machine.move_to(start + timedelta(minutes=6), tick=False)
    client.get(lessons[1].url)
    progress = ItemProgress.objects.get(user=enrolled_officer, item=lessons[1])
    assert progress.first_opened_at == start
    assert progress.last_opened_at == start + timedelta(minutes=6)
