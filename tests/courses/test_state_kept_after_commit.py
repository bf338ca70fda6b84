"""Once a learner's opening of an item, or its completion, has committed, their state in the
course is read anew and kept: their next page or form in the course (on any app server) reads
nothing of it from the database, and what it finds is what the database holds.

These tests commit for real (the state is kept only after a commit), so each case starts from
an emptied database."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import pgettext

from courses import learner_state, services
from courses.models import Enrolment, ItemProgress
from tests.factories import UserFactory
from tests.factories.courses import CoursePageFactory, LessonPageFactory
from tests.factories.quizzes import QuestionFactory, make_quiz

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ENROLMENT_TABLE = Enrolment._meta.db_table


@pytest.fixture
def course(db):
    return CoursePageFactory(title="Khai thác dữ liệu", slug="khai-thac-du-lieu")


@pytest.fixture
def lessons(course):
    return [LessonPageFactory(parent=course, title=f"Bài {n}", slug=f"bai-{n}") for n in (1, 2)]


@pytest.fixture
def learner(course, lessons):
    person = UserFactory(email="hoc.vien@example.org")
    services.enrol(person, course)
    return person


@pytest.fixture(autouse=True)
def _fresh_process():
    learner_state.clear()
    yield
    learner_state.clear()


def _reads(client, method, url):
    """The response and how many of its queries read the learner's enrolment, as another app
    process would answer it (nothing kept in this one)."""
    learner_state.clear()
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(url)
    reads = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith("SELECT") and ENROLMENT_TABLE in q["sql"]
    ]
    return response, len(reads)


def test_the_course_page_after_a_lessons_first_opening_reads_nothing_and_shows_it(
    client, learner, course, lessons
):
    client.force_login(learner)
    response, reads = _reads(client, "get", lessons[1].url)
    assert response.status_code == 200
    assert reads == 2  # the first opening: read, written, then read again to be kept
    assert ItemProgress.objects.filter(user=learner, item=lessons[1]).exists()
    response, reads = _reads(client, "get", course.url)
    assert response.status_code == 200
    assert reads == 0
    # What was kept is what the opening wrote: the course is under way ("Continue", not
    # "Start", which an enrolment kept from before the opening would show).
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert enrolment.status == Enrolment.Status.IN_PROGRESS
    assert enrolment.last_item_id == lessons[1].pk
    button = BeautifulSoup(response.content, "html.parser").select_one("a[data-continue]")
    with translation.override("vi"):
        assert button.get_text(" ", strip=True).startswith(pgettext("course", "Continue"))


def test_the_page_after_a_lesson_marked_done_reads_nothing_and_shows_it_done(
    client, learner, course, lessons
):
    client.force_login(learner)
    client.get(lessons[0].url)
    response, _reads_of_post = _reads(client, "post", lessons[0].url + "done/")
    assert response.status_code == 302
    response, reads = _reads(client, "get", course.url)
    assert reads == 0
    assert response.content.decode().count("is-done") == 1


def test_a_quiz_started_after_its_page_was_opened_reads_nothing_of_the_state(
    client, learner, course
):
    quiz = make_quiz(course, [QuestionFactory()], open_at=timezone.now())
    client.force_login(learner)
    client.get(quiz.url)  # waiting for the opening on the quiz's page
    response, reads = _reads(client, "post", quiz.url + quiz.reverse_subpage("start"))
    assert response.status_code == 200
    assert "data-attempt" in response.content.decode()
    assert reads == 0


def test_a_change_after_the_state_was_kept_shows_at_the_next_view(client, learner, course, lessons):
    client.force_login(learner)
    client.get(lessons[0].url)
    services.mark_item_done(learner, lessons[1])  # elsewhere: another tab, an administrator
    response, reads = _reads(client, "get", course.url)
    assert reads == 1
    assert response.content.decode().count("is-done") == 1


def test_what_is_kept_after_one_learners_opening_is_never_anothers(
    client, learner, course, lessons
):
    other = UserFactory(email="nguoi.khac@example.org")
    client.force_login(learner)
    client.get(lessons[0].url)
    client.force_login(other)
    response, reads = _reads(client, "get", lessons[0].url)
    assert reads == 1
    assert response.status_code == 302  # not enrolled: sent back to the course
    assert response["Location"] == course.url
    assert not ItemProgress.objects.filter(user=other).exists()


def test_an_opening_recorded_outside_a_request_keeps_nothing(learner, lessons):
    from django.core.cache import cache

    services.open_item(learner, lessons[0])
    assert ItemProgress.objects.filter(user=learner, item=lessons[0]).exists()
    assert len(learner_state._kept) == 0
    assert not [key for key in getattr(cache, "_cache", {}) if "learner-state" in str(key)]


def test_with_redis_unreachable_an_opening_serves_and_keeps_nothing(
    client, learner, course, lessons, settings
):
    from django.core.cache import caches

    from tests.home.test_healthz import CLOSED_REDIS, fail_open_cache

    client.force_login(learner)
    settings.CACHES = {**settings.CACHES, **fail_open_cache(CLOSED_REDIS)}
    try:
        response, reads = _reads(client, "get", lessons[0].url)
        assert response.status_code == 200
        assert reads == 1  # no stamp can be read: nothing is kept, so nothing is read again
        assert ItemProgress.objects.filter(user=learner, item=lessons[0]).exists()
        response, reads = _reads(client, "get", course.url)
        assert response.status_code == 200
        assert reads == 1
    finally:
        caches["default"].close()
