"""xAPI statements reach a real LRS (Ralph), validate there, and are never stored twice."""

import pytest
import time_machine
from django.utils import timezone

from courses import services
from courses.models import Enrolment
from interop.models import InteropSettings, OutgoingStatement
from interop.xapi import outbox
from quizzes import services as quiz_services
from tests.factories.courses import LessonPageFactory
from tests.factories.quizzes import QuestionFactory, make_course, make_quiz

pytestmark = pytest.mark.django_db


def finish_course(user):
    course = make_course()
    lesson = LessonPageFactory(parent=course, slug="bai-1")
    services.enrol(user, course)
    services.open_item(user, lesson)
    services.mark_item_done(user, lesson)
    return course, lesson


def verbs(statements):
    return [s["verb"]["id"].rsplit("/", 1)[-1] for s in statements]


def test_a_lesson_and_a_course_reach_the_lrs(xapi, officer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        course, lesson = finish_course(officer)
    assert OutgoingStatement.objects.filter(sent_at__isnull=True).count() == 3
    assert outbox.send_pending() == 3
    stored = xapi.statements()
    assert verbs(stored) == ["launched", "experienced", "completed"]
    assert stored[2]["object"]["id"] == f"https://daotao.example.vn/xapi/course/{course.pk}"
    actor = stored[0]["actor"]
    assert actor["account"]["homePage"] == "https://daotao.example.vn"
    assert officer.email not in str(stored)
    assert len(actor["account"]["name"]) == 32


def test_sending_again_and_recording_again_do_not_duplicate(
    xapi, officer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        finish_course(officer)
    outbox.send_pending()
    # A retry after a lost reply: the same statements go out again with the same ids.
    OutgoingStatement.objects.update(sent_at=None)
    assert outbox.send_pending() == 3
    # The same event recorded twice keeps one statement.
    enrolment = Enrolment.objects.get(user=officer)
    from interop.xapi.receivers import course_was_completed

    course_was_completed(sender=Enrolment, enrolment=enrolment)
    assert OutgoingStatement.objects.count() == 3
    assert len(xapi.statements()) == 3


def test_an_unreachable_lrs_keeps_statements_for_later_in_order(
    xapi, officer, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        finish_course(officer)
    real = settings.XAPI_ENDPOINT
    settings.XAPI_ENDPOINT = "http://127.0.0.1:9/xAPI"  # nothing listens there
    assert outbox.send_pending() == 0
    waiting = OutgoingStatement.objects.get(verb="launched")
    assert waiting.attempts == 1 and waiting.last_error and waiting.next_try_at
    settings.XAPI_ENDPOINT = real
    assert outbox.send_pending() == 0  # not due yet
    with time_machine.travel(timezone.now() + timezone.timedelta(minutes=5)):
        assert outbox.send_pending() == 3
    assert verbs(xapi.statements()) == ["launched", "experienced", "completed"]


def test_a_statement_the_lrs_refuses_is_kept_with_its_reason(xapi, officer):
    OutgoingStatement.objects.create(
        id="0b6e7f8a-0000-5000-8000-000000000001",
        verb="launched",
        payload={
            "id": "0b6e7f8a-0000-5000-8000-000000000001",
            "actor": {},
            "verb": {},
            "object": {},
        },
    )
    assert outbox.send_pending() == 0
    refused = OutgoingStatement.objects.get()
    assert refused.last_error.startswith("422")  # Ralph validates every statement
    assert xapi.statements() == []


def test_a_finished_quiz_sends_answers_completion_and_result(
    xapi, officer, django_capture_on_commit_callbacks
):
    course = make_course()
    question = QuestionFactory(qtype="true_false")
    quiz = make_quiz(course, [question])
    services.enrol(officer, course)
    with django_capture_on_commit_callbacks(execute=True):
        attempt = quiz_services.start_attempt(officer, quiz)
        quiz_services.submit_attempt(attempt, officer)
    outbox.send_pending()
    found = verbs(xapi.statements())
    assert "answered" in found and "completed" in found
    assert ("passed" in found) != ("failed" in found)


def test_switched_off_nothing_is_recorded(xapi, officer):
    settings_row = InteropSettings.load()
    settings_row.xapi_enabled = False
    settings_row.save()
    finish_course(officer)
    assert not OutgoingStatement.objects.exists()


def test_without_an_endpoint_nothing_is_recorded(officer, settings):
    settings.XAPI_ENDPOINT = ""
    finish_course(officer)
    assert not OutgoingStatement.objects.exists()


def test_emails_identify_learners_only_when_configured(settings, officer):
    settings.XAPI_ACTOR_IDENTIFIER = "email"
    assert outbox.agent_for(officer) == {"objectType": "Agent", "mbox": f"mailto:{officer.email}"}
    settings.XAPI_ACTOR_IDENTIFIER = "opaque"
    assert "mbox" not in outbox.agent_for(officer)
