"""The catalogue, a course page and a lesson page cost the same number of queries however
many courses, lessons and learners there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import services
from tests.factories import UserFactory
from tests.factories.courses import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db

CATALOGUE_MAX = 16
COURSE_MAX = 22
LESSON_MAX = 32


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
    client.get(url)  # warm caches that are filled once per process (site root paths)
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
    assert after == before
