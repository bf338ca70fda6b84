"""A learner's enrolment and progress, once read, are kept under their learner stamp (in the
shared cache and in the app process): the next lesson or course page they open reads nothing
of them from the database, and every change of what is theirs shows at the next view, however
it was made."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import services
from courses.models import Enrolment, ItemProgress

pytestmark = pytest.mark.django_db

ENROLMENT_TABLE = Enrolment._meta.db_table


def _view(client, page):
    """The page's response and the number of its queries reading the learner's enrolment."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    reads = [q["sql"] for q in queries.captured_queries if ENROLMENT_TABLE in q["sql"]]
    return response, len(reads)


def _settled(client, page):
    """View the page until its first opening has been recorded and its state read since."""
    client.get(page.url)
    return _view(client, page)


def test_a_lesson_viewed_again_reads_no_learner_state(client, enrolled_officer, lessons):
    client.force_login(enrolled_officer)
    _response, reads = _settled(client, lessons[0])
    assert reads == 1  # the first opening was written: its state is read anew, then kept
    response, reads = _view(client, lessons[0])
    assert response.status_code == 200
    assert reads == 0
    response, reads = _view(client, lessons[0].course)
    assert response.status_code == 200
    assert reads == 0  # the course page takes the same state


def test_another_app_process_takes_the_state_from_the_shared_cache(
    client, enrolled_officer, course, lessons
):
    from courses import learner_state

    client.force_login(enrolled_officer)
    _settled(client, lessons[0])
    learner_state.clear()  # what another app process would find: nothing of its own
    response, reads = _view(client, course)
    assert response.status_code == 200
    assert reads == 0
    services.mark_item_done(enrolled_officer, lessons[1])
    learner_state.clear()
    response, reads = _view(client, course)
    assert reads == 1  # the shared entry was kept under the stamp the change replaced
    assert response.content.decode().count("is-done") == 1


def test_an_item_marked_done_shows_at_the_next_view(client, enrolled_officer, course, lessons):
    client.force_login(enrolled_officer)
    _settled(client, course)
    assert client.get(course.url).content.decode().count("is-done") == 0
    services.mark_item_done(enrolled_officer, lessons[1])
    response, reads = _view(client, course)
    assert reads == 1
    assert response.content.decode().count("is-done") == 1


def test_a_removed_enrolment_closes_the_lessons_at_the_next_view(
    client, enrolled_officer, course, lessons
):
    client.force_login(enrolled_officer)
    _settled(client, lessons[0])
    Enrolment.objects.filter(user=enrolled_officer, course=course).delete()
    response = client.get(lessons[0].url)
    assert response.status_code == 302
    assert response["Location"] == course.url


def test_time_spent_renews_what_is_kept(client, enrolled_officer, lessons):
    client.force_login(enrolled_officer)
    _settled(client, lessons[0])
    services.record_heartbeat(enrolled_officer, lessons[0])
    _response, reads = _view(client, lessons[0])
    assert reads == 1


def test_what_a_posted_form_reads_is_not_shared(client, enrolled_officer, course, lessons):
    """A form posted to an item changes the learner's state as a rule: what it read is not
    written to the shared cache (the change would retire it at once)."""
    from datetime import timedelta

    from django.utils import timezone

    from courses import learner_state
    from tests.factories.quizzes import QuestionFactory, make_quiz

    quiz = make_quiz(course, [QuestionFactory()], open_at=timezone.now() + timedelta(days=1))
    client.force_login(enrolled_officer)
    _settled(client, quiz)
    services.record_heartbeat(enrolled_officer, lessons[0])  # what was kept is retired
    with CaptureQueriesContext(connection) as queries:
        refused = client.post(quiz.url + quiz.reverse_subpage("start"))
    assert refused.status_code == 302  # not open yet: nothing was written
    assert sum(ENROLMENT_TABLE in q["sql"] for q in queries.captured_queries) == 1
    learner_state.clear()  # another app process: only the shared cache could have it
    _response, reads = _view(client, quiz)
    assert reads == 1
    learner_state.clear()
    _response, reads = _view(client, quiz)
    assert reads == 0  # what a view reads is shared


def test_what_one_learner_has_kept_is_never_anothers(
    client, enrolled_officer, other_officer, course, lessons
):
    client.force_login(enrolled_officer)
    _settled(client, lessons[0])
    client.force_login(other_officer)
    response, reads = _view(client, lessons[0])
    assert reads == 1
    assert response.status_code == 302  # not enrolled: sent back to the course
    assert not ItemProgress.objects.filter(user=other_officer).exists()


def test_a_change_made_to_one_views_instances_stays_in_that_view(
    client, enrolled_officer, lessons, monkeypatch
):
    """What is kept is values: each view gets its own instances."""
    from courses import learner_state

    client.force_login(enrolled_officer)
    _settled(client, lessons[0])
    given = []
    read = learner_state.read_learner_state

    def read_and_remember(*args, **kwargs):
        found = read(*args, **kwargs)
        given.append(found)
        return found

    monkeypatch.setattr(learner_state, "read_learner_state", read_and_remember)
    client.get(lessons[0].url)
    enrolment, progress = given[0]
    enrolment.status = "spoilt"
    progress[lessons[0].pk].last_opened_at = None
    _response, reads = _view(client, lessons[0])
    assert reads == 0
    enrolment, progress = given[1]
    assert enrolment is not given[0][0]
    assert enrolment.status == Enrolment.Status.IN_PROGRESS
    assert progress[lessons[0].pk].last_opened_at is not None


def test_with_redis_unreachable_each_view_reads_the_state(
    client, enrolled_officer, course, lessons, settings
):
    from django.core.cache import caches

    from tests.home.test_healthz import CLOSED_REDIS, fail_open_cache

    client.force_login(enrolled_officer)
    _settled(client, lessons[0])
    settings.CACHES = {**settings.CACHES, **fail_open_cache(CLOSED_REDIS)}
    try:
        for _ in range(2):  # no stamp can be read, so nothing is kept or taken
            response, reads = _view(client, course)
            assert response.status_code == 200
            assert reads == 1
        Enrolment.objects.filter(user=enrolled_officer, course=course).delete()
        assert client.get(lessons[0].url)["Location"] == course.url
    finally:
        caches["default"].close()
