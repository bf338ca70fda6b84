"""Deep linking (the platform's teacher chooses a course here) and grades sent back to the
platform's gradebook (Assignment and Grade Services), against the real test platform."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import requests
from bs4 import BeautifulSoup
from django.utils import timezone

from lti.models import GradeLink, PlatformAccount
from tests.learning import complete, pass_quiz, quiz_of
from tests.lti.conftest import browser_launch, learner
from tests.lti.platform import INSTRUCTOR, PendingLaunch

SCORE_TYPE = "application/vnd.ims.lis.v1.score+json"


def test_deep_linking_returns_a_signed_link_to_the_chosen_course(
    client, registered, platform, course, other_course
):
    teacher = PendingLaunch(sub="teacher-1", roles=[INSTRUCTOR], deep_link=True)
    response = browser_launch(client, platform, teacher)
    assert response.status_code == 302 and response["Location"] == "/lti/deep-link/"

    chooser = client.get("/lti/deep-link/")
    assert chooser.status_code == 200
    page = chooser.content.decode()
    assert course.title in page and other_course.title in page

    answer = client.post("/lti/deep-link/", {"course": other_course.pk})
    assert answer.status_code == 200
    form = BeautifulSoup(answer.content, "html.parser").find("form", id="lti-deep-link-return")
    assert form["action"] == f"{platform.url}/deep-link-return"
    assert platform.url in answer["Content-Security-Policy"]  # the browser may post it there
    jwt_value = form.find("input", attrs={"name": "JWT"})["value"]

    # The browser posts the answer; the platform checks its signature with the tool's keys.
    accepted = requests.post(form["action"], data={"JWT": jwt_value}, timeout=10)
    assert accepted.status_code == 200, accepted.text
    [items] = platform.deep_link_items
    assert items == [
        {
            "type": "ltiResourceLink",
            "title": other_course.title,
            "url": "http://testserver/lti/launch/",
            "custom": {"course_id": str(other_course.pk)},
        }
    ]
    # The chooser answers once.
    assert client.get("/lti/deep-link/").status_code == 404

    # A learner launched from the placed link lands on that course.
    client.logout()
    placed = learner("learner-5", course_id=int(items[0]["custom"]["course_id"]))
    assert browser_launch(client, platform, placed)["Location"] == other_course.url


def test_a_tampered_deep_linking_answer_is_refused_by_the_platform(
    client, registered, platform, course
):
    browser_launch(client, platform, PendingLaunch("t", [INSTRUCTOR], deep_link=True))
    answer = client.post("/lti/deep-link/", {"course": course.pk})
    form = BeautifulSoup(answer.content, "html.parser").find("form", id="lti-deep-link-return")
    token = form.find("input", attrs={"name": "JWT"})["value"]
    tampered = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    assert requests.post(form["action"], data={"JWT": tampered}, timeout=10).status_code == 400


def test_choosing_nothing_or_an_unknown_course_is_refused(client, registered, platform, course):
    browser_launch(client, platform, PendingLaunch("t", [INSTRUCTOR], deep_link=True))
    assert client.post("/lti/deep-link/", {}).status_code == 400
    assert client.post("/lti/deep-link/", {"course": "999999"}).status_code == 400
    assert client.post("/lti/deep-link/", {"course": "abc"}).status_code == 400


def test_the_chooser_needs_a_deep_linking_launch(client, officer):
    client.force_login(officer)
    assert client.get("/lti/deep-link/").status_code == 404


def test_completing_the_course_sends_the_score_to_the_platform_once(
    client, registered, platform, course, django_capture_on_commit_callbacks
):
    browser_launch(client, platform, learner(course_id=course.pk))
    user = PlatformAccount.objects.get(subject="learner-42").user

    with django_capture_on_commit_callbacks(execute=True):
        complete(user, course)

    assert len(platform.scores) == 1
    score = platform.scores[0]
    assert score["userId"] == "learner-42"
    assert (score["scoreGiven"], score["scoreMaximum"]) == (100, 100)
    assert score["activityProgress"] == "Completed"
    assert score["gradingProgress"] == "FullyGraded"
    assert score["lineitem"] == f"/lineitems/{course.pk}"
    assert score["content_type"] == SCORE_TYPE
    assert platform.token_requests == 1

    # Nothing is sent twice: the retry job, the task again, the same completion announced again.
    from courses.signals import course_completed
    from lti.tasks import retry_lti_scores, send_lti_score

    link = GradeLink.objects.get()
    retry_lti_scores.call()
    send_lti_score.call(link.pk)
    with django_capture_on_commit_callbacks(execute=True):
        course_completed.send(sender=None, enrolment=user.enrolments.get())
    assert len(platform.scores) == 1


def test_the_course_mark_is_the_score_sent_and_follows_a_changed_mark(
    client, registered, platform, quiz_course, django_capture_on_commit_callbacks
):
    browser_launch(client, platform, learner(course_id=quiz_course.pk))
    user = PlatformAccount.objects.get(subject="learner-42").user

    with django_capture_on_commit_callbacks(execute=True):
        complete(user, quiz_course)
        pass_quiz(user, quiz_of(quiz_course))

    assert [Decimal(str(s["scoreGiven"])) for s in platform.scores] == [Decimal(100)]

    # A trainer takes a question's mark away: the course mark the platform holds follows.
    with django_capture_on_commit_callbacks(execute=True):
        _take_a_mark_away(user)
    assert [Decimal(str(s["scoreGiven"])) for s in platform.scores] == [Decimal(100), Decimal(50)]


def _take_a_mark_away(user):
    from quizzes.models import Attempt
    from quizzes.services.marking import mark_response
    from tests.factories.people import UserFactory

    response = Attempt.objects.get(user=user).responses.order_by("position").first()
    mark_response(response, UserFactory(), mark=Decimal(0), reason="Chấm lại theo đáp án")


def test_a_score_the_platform_cannot_take_is_sent_later(
    client, registered, platform, course, django_capture_on_commit_callbacks, time_machine
):
    browser_launch(client, platform, learner(course_id=course.pk))
    user = PlatformAccount.objects.get(subject="learner-42").user
    platform.refuse_scores = True

    with django_capture_on_commit_callbacks(execute=True):
        complete(user, course)

    link = GradeLink.objects.get()
    assert platform.scores == [] and link.sent_at is None
    assert link.attempts == 1 and "error" in link.last_error.lower()

    from lti.tasks import retry_lti_scores

    platform.refuse_scores = False
    assert retry_lti_scores.call() == 0  # still pausing
    time_machine.move_to(timezone.now() + timedelta(hours=1), tick=True)
    assert retry_lti_scores.call() == 1
    assert len(platform.scores) == 1
    assert retry_lti_scores.call() == 0
    assert len(platform.scores) == 1


def test_grades_are_not_sent_when_the_platform_is_set_not_to(
    client, registered, platform, course, django_capture_on_commit_callbacks
):
    registered.send_grades = False
    registered.save()
    browser_launch(client, platform, learner(course_id=course.pk))
    user = PlatformAccount.objects.get(subject="learner-42").user

    with django_capture_on_commit_callbacks(execute=True):
        complete(user, course)

    assert platform.scores == []
    assert not GradeLink.objects.exists()


def test_a_launch_without_a_gradebook_sends_nothing(
    client, registered, platform, course, django_capture_on_commit_callbacks
):
    browser_launch(client, platform, learner(course_id=course.pk, lineitem=False))
    user = PlatformAccount.objects.get(subject="learner-42").user
    with django_capture_on_commit_callbacks(execute=True):
        complete(user, course)
    assert platform.scores == []


def test_without_a_line_item_the_tool_makes_one_for_the_course_and_scores_there(
    client, registered, platform, course, other_course, django_capture_on_commit_callbacks
):
    first = learner("learner-1", course_id=course.pk, lineitems_only=True)
    browser_launch(client, platform, first)
    client.logout()
    browser_launch(client, platform, learner("learner-2", course_id=course.pk, lineitems_only=True))
    users = [PlatformAccount.objects.get(subject=s).user for s in ("learner-1", "learner-2")]

    with django_capture_on_commit_callbacks(execute=True):
        for user in users:
            complete(user, course)

    [made] = platform.lineitems  # one line item for the course, found again the second time
    assert made["resourceId"] == f"kns-course-{course.pk}"
    assert made["label"] == course.title and made["scoreMaximum"] == 100
    assert [s["userId"] for s in platform.scores] == ["learner-1", "learner-2"]
    assert {s["lineitem"] for s in platform.scores} == {"/lineitems/made-1"}


def test_choosing_an_impossible_course_id_is_refused(client, registered, platform, course):
    browser_launch(client, platform, PendingLaunch("t", [INSTRUCTOR], deep_link=True))
    assert client.post("/lti/deep-link/", {"course": "9" * 20}).status_code == 400


def test_a_mark_changed_before_completion_sends_nothing(
    client, registered, platform, quiz_course, django_capture_on_commit_callbacks
):
    browser_launch(client, platform, learner(course_id=quiz_course.pk))
    user = PlatformAccount.objects.get(subject="learner-42").user
    with django_capture_on_commit_callbacks(execute=True):
        pass_quiz(user, quiz_of(quiz_course))
        _take_a_mark_away(user)
    assert platform.scores == []
