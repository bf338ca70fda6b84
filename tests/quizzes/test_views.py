"""The learner's side, from the outside: access, attempt page, autosave, submit, review."""

import json
import re
from datetime import timedelta
from decimal import Decimal

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from quizzes.models import Attempt
from quizzes.services.attempt_engine import start_attempt
from tests.factories.quizzes import QuestionFactory, enrol, make_quiz, start_in_browser
from tests.quizzes.test_attempt_engine import right_answers
from tests.quizzes.test_tampered_saves import as_page

pytestmark = pytest.mark.django_db


def url(quiz, name=None, *args):
    base = quiz.url
    return base + quiz.reverse_subpage(name, args=args) if name else base


def start(client, quiz):
    response = start_in_browser(client, quiz)
    attempt = Attempt.objects.filter(quiz=quiz).latest("pk")
    assert response.attempt_url == url(quiz, "attempt", attempt.pk)
    return attempt


def save(client, quiz, attempt, sequence, answers, page=None, key=""):
    return client.post(
        url(quiz, "save", attempt.pk),
        data=json.dumps({"sequence": sequence, "answers": answers, "page": page, "save_key": key}),
        content_type="application/json",
    )


# Access -----------------------------------------------------------------------------------


def test_anonymous_visitor_is_sent_to_sign_in(client, quiz):
    response = client.get(url(quiz))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert client.post(url(quiz, "start")).status_code == 302
    assert not Attempt.objects.exists()


def test_signed_in_but_not_enrolled_is_sent_back_to_the_course(client, quiz, outsider):
    client.force_login(outsider)
    response = client.get(url(quiz))
    assert response.status_code == 302
    assert response["Location"] == quiz.course.url
    client.post(url(quiz, "start"))
    assert not Attempt.objects.exists()


def test_enrolled_learner_sees_the_quiz_and_can_start(client, quiz, learner):
    client.force_login(learner)
    response = client.get(url(quiz))
    assert response.status_code == 200
    assert (
        "Bắt đầu làm bài" in response.content.decode()
        or "Start the quiz" in response.content.decode()
    )
    attempt = start(client, quiz)
    assert attempt.user == learner


def test_another_officer_cannot_open_or_save_someone_elses_attempt(
    client, quiz, learner, other_officer, course
):
    enrol(other_officer, course)
    attempt = start_attempt(learner, quiz)
    client.force_login(other_officer)
    assert client.get(url(quiz, "attempt", attempt.pk)).status_code == 404
    assert save(client, quiz, attempt, 0, {"0": "x"}).status_code == 404
    assert client.post(url(quiz, "submit", attempt.pk)).status_code == 404
    assert client.get(url(quiz, "review", attempt.pk)).status_code == 404


# The attempt page never gives the answer away ---------------------------------------------


SECRET_MARKERS = ["Phản hồi cho", "fraction", "feedback", "correct", "tolerance", "Không cắm"]


def test_attempt_page_and_save_replies_reveal_nothing_about_right_answers(client, quiz, learner):
    client.force_login(learner)
    attempt = start(client, quiz)
    html = client.get(url(quiz, "attempt", attempt.pk)).content.decode()
    body = html.split('<main id="main"', 1)[1]
    # Matching answers are offered as choices (that is the question), never paired with prompts.
    for marker in ["Phản hồi cho", "fraction", "feedback", "tolerance", "grader", "is-correct"]:
        assert marker not in body, marker
    assert "data-answer" not in body
    # Options carry opaque ids only; the right one is not first by construction.
    assert "mật khẩu" not in body  # the accepted short answer
    reply = save(client, quiz, attempt, 0, as_page(attempt, {0: right_answers(attempt)[0]}))
    assert reply.status_code == 200
    data = reply.json()
    assert set(data) == {"ok", "sequence", "saved_at", "remaining_seconds"}
    for marker in SECRET_MARKERS + ["mark", "state"]:
        assert marker not in reply.content.decode(), marker


def test_matching_choices_are_not_in_prompt_order_when_shuffled(client, category, course, learner):
    import random

    question = QuestionFactory(
        category=category,
        qtype="matching",
        pairs=[(f"Mục {i}", f"Đáp {i}") for i in range(8)],
    )
    quiz = make_quiz(course, [question], shuffle_answers=True)
    attempt = start_attempt(learner, quiz, rng=random.Random(3))
    choices = attempt.responses.get().snapshot["choices"]
    assert choices != [f"Đáp {i}" for i in range(8)]


# Saving, resuming, stale saves ------------------------------------------------------------


def test_resume_after_reload_shows_saved_answers_on_the_same_page(
    client, category, course, learner
):
    questions = [QuestionFactory(category=category, qtype="short_answer") for _ in range(4)]
    quiz = make_quiz(course, questions, questions_per_page=2)
    client.force_login(learner)
    attempt = start(client, quiz)
    assert save(client, quiz, attempt, 0, {"0": "trả lời một"}, page=0).status_code == 200
    assert save(client, quiz, attempt, 1, {"2": "trả lời ba"}, page=1).status_code == 200
    # Reload: the attempt opens on page 2 with its answer in place.
    html = client.get(url(quiz, "attempt", attempt.pk)).content.decode()
    assert 'value="trả lời ba"' in html
    assert 'data-page="1"' in html
    assert 'data-sequence="2"' in html
    html = client.get(url(quiz, "attempt", attempt.pk) + "?page=0").content.decode()
    assert 'value="trả lời một"' in html


def _form_of(html):
    """The attempt's form as rendered, without its per-request CSRF token."""
    form = BeautifulSoup(html, "html.parser").select_one("[data-attempt]")
    for token in form.select("input[name=csrfmiddlewaretoken]"):
        token.decompose()
    return str(form)


def test_starting_answers_with_the_attempts_page_and_starting_again_resumes_it(
    client, category, course, learner
):
    questions = [QuestionFactory(category=category, qtype="short_answer") for _ in range(4)]
    quiz = make_quiz(course, questions, questions_per_page=2, time_limit_minutes=30)
    client.force_login(learner)
    with time_machine.travel(timezone.now(), tick=False):  # the same second left on both
        started = start_in_browser(client, quiz)
        shown = client.get(started.attempt_url)
    attempt = Attempt.objects.get(quiz=quiz, user=learner)
    assert started.attempt_url == url(quiz, "attempt", attempt.pk)
    assert "no-store" in started["Cache-Control"]
    # The same page as the attempt's own address shows, questions, timer and addresses alike.
    assert _form_of(started.content) == _form_of(shown.content)
    # Pressing start again (a reload of the start without scripts) resumes the same attempt
    # on the page the learner is at, with the answers saved.
    client.post(
        url(quiz, "attempt", attempt.pk),
        {"sequence": "0", "page": "0", "q0__shown": "1", "q0": "đã lưu", "next": "1"},
    )
    again = start_in_browser(client, quiz)
    assert again.attempt_url == started.attempt_url
    assert Attempt.objects.filter(quiz=quiz, user=learner).count() == 1
    html = again.content.decode()
    assert 'data-page="1"' in html and 'data-sequence="1"' in html
    assert (
        client.get(url(quiz, "attempt", attempt.pk) + "?page=0")
        .content.decode()
        .count('value="đã lưu"')
        == 1
    )


def test_stale_save_is_refused_and_the_learner_told(client, quiz, learner):
    client.force_login(learner)
    attempt = start(client, quiz)
    assert save(client, quiz, attempt, 0, {"3": "mới"}).status_code == 200
    reply = save(client, quiz, attempt, 0, {"3": "cũ"})
    assert reply.status_code == 409
    assert reply.json()["error"] == "stale"
    assert reply.json()["sequence"] == 1
    assert reply.json()["message"]
    assert attempt.responses.get(position=3).answer == "mới"


def test_same_save_repeated_by_the_browser_is_accepted_once(client, quiz, learner):
    client.force_login(learner)
    attempt = start(client, quiz)
    first = save(client, quiz, attempt, 0, {"3": "x"}, key="abc")
    again = save(client, quiz, attempt, 0, {"3": "x"}, key="abc")
    assert first.status_code == again.status_code == 200
    assert again.json()["sequence"] == 1


@pytest.mark.parametrize("payload", ["{not json", "[" * 100_000])
def test_bad_save_payload_is_a_clear_400(client, quiz, learner, payload):
    client.force_login(learner)
    attempt = start(client, quiz)
    reply = client.post(
        url(quiz, "save", attempt.pk), data=payload, content_type="application/json"
    )
    assert reply.status_code == 400
    assert reply.json()["message"]


def test_form_without_scripts_saves_and_turns_pages(client, category, course, learner):
    questions = [QuestionFactory(category=category, qtype="short_answer") for _ in range(2)]
    quiz = make_quiz(course, questions, questions_per_page=1)
    client.force_login(learner)
    attempt = start(client, quiz)
    response = client.post(
        url(quiz, "attempt", attempt.pk),
        {"sequence": "0", "page": "0", "q0__shown": "1", "q0": "mật khẩu", "next": "1"},
    )
    assert response.status_code == 302 and response["Location"].endswith("?page=1")
    response = client.post(
        url(quiz, "attempt", attempt.pk),
        {"sequence": "1", "page": "1", "q1__shown": "1", "q1": "sai", "finish": "1"},
    )
    assert response["Location"].endswith(url(quiz, "summary", attempt.pk))
    summary = client.get(response["Location"])
    assert summary.status_code == 200
    # A stale form (old sequence) is refused with a message, and nothing is overwritten.
    stale = client.post(
        url(quiz, "attempt", attempt.pk),
        {"sequence": "0", "page": "0", "q0__shown": "1", "q0": "cũ", "next": "1"},
        follow=True,
    )
    assert "tab" in stale.content.decode() or "thẻ" in stale.content.decode()
    assert attempt.responses.get(position=0).answer == "mật khẩu"


# Submitting and review --------------------------------------------------------------------


def test_double_submit_grades_once_and_shows_the_review(client, quiz, learner):
    client.force_login(learner)
    attempt = start(client, quiz)
    first = client.post(url(quiz, "submit", attempt.pk))
    attempt.refresh_from_db()
    submitted_at = attempt.submitted_at
    second = client.post(url(quiz, "submit", attempt.pk))
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == url(quiz, "review", attempt.pk)
    attempt.refresh_from_db()
    assert attempt.submitted_at == submitted_at
    assert Attempt.objects.filter(quiz=quiz).count() == 1
    review = client.get(url(quiz, "review", attempt.pk))
    assert review.status_code == 200
    # After submitting, the attempt page sends the learner to the review.
    assert client.get(url(quiz, "attempt", attempt.pk))["Location"] == url(
        quiz, "review", attempt.pk
    )
    assert save(client, quiz, attempt, 0, {}).status_code == 410


def test_review_shows_what_the_options_allow(client, category, course, learner):
    question = QuestionFactory(category=category, general_feedback="<p>Giải thích chung</p>")
    quiz = make_quiz(
        course, [question], review_correct_answers="never", review_feedback="immediately"
    )
    client.force_login(learner)
    attempt = start(client, quiz)
    save(client, quiz, attempt, 0, as_page(attempt, {0: right_answers(attempt)[0]}))
    client.post(url(quiz, "submit", attempt.pk))
    html = client.get(url(quiz, "review", attempt.pk)).content.decode()
    assert "Giải thích chung" in html
    assert "Phản hồi cho Đúng" in html
    assert "data-attempt-mark" in html
    assert "1 / 1" in html
    assert "right-answer" not in html
    quiz.review_mark = quiz.review_correctness = quiz.review_feedback = "never"
    quiz.save()
    html = client.get(url(quiz, "review", attempt.pk)).content.decode()
    assert "data-attempt-mark" not in html and "Giải thích chung" not in html


def test_returning_after_the_deadline_closes_and_grades(client, category, course, learner):
    quiz = make_quiz(course, [QuestionFactory(category=category)], time_limit_minutes=10)
    now = timezone.now()
    client.force_login(learner)
    with time_machine.travel(now, tick=False):
        attempt = start(client, quiz)
        html = client.get(url(quiz, "attempt", attempt.pk)).content.decode()
        assert 'data-remaining="600"' in html
        save(client, quiz, attempt, 0, as_page(attempt, {0: right_answers(attempt)[0]}))
    with time_machine.travel(now + timedelta(minutes=30), tick=False):
        response = client.get(url(quiz, "attempt", attempt.pk))
        assert response["Location"] == url(quiz, "review", attempt.pk)
        assert save(client, quiz, attempt, 1, {"0": None}).status_code == 410
    attempt.refresh_from_db()
    assert attempt.closed_by_deadline and attempt.score == Decimal("1.00")


def test_quiz_page_lists_attempts_and_refuses_when_no_attempts_left(
    client, category, course, learner
):
    quiz = make_quiz(course, [QuestionFactory(category=category)], attempts_allowed=1)
    client.force_login(learner)
    attempt = start(client, quiz)
    client.post(url(quiz, "submit", attempt.pk))
    html = client.get(url(quiz)).content.decode()
    assert url(quiz, "review", attempt.pk) in html
    assert url(quiz, "start") not in html
    response = client.post(url(quiz, "start"), follow=True)
    assert Attempt.objects.filter(quiz=quiz).count() == 1
    assert response.status_code == 200


# Query counts -----------------------------------------------------------------------------


def _attempt_page_queries(client, category, course, learner, count):
    questions = [
        QuestionFactory(category=category, qtype=t)
        for t in ["single_choice", "matching", "multiple_choice"] * (count // 3)
    ]
    quiz = make_quiz(course, questions, questions_per_page=3, slug=f"q-{count}")
    attempt = start_attempt(learner, quiz)
    client.force_login(learner)
    client.get(url(quiz, "attempt", attempt.pk))  # warm caches (site root, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url(quiz, "attempt", attempt.pk))
    assert response.status_code == 200
    assert len(re.findall(r'data-question="', response.content.decode())) == 3
    return len(queries)


def test_attempt_page_queries_do_not_grow_with_the_number_of_questions(
    client, category, course, learner
):
    few = _attempt_page_queries(client, category, course, learner, 3)
    many = _attempt_page_queries(client, category, course, learner, 30)
    assert many == few
    assert few <= 25


def test_an_essay_over_its_word_limit_is_named_and_blocks_submitting(
    client, category, course, learner
):
    essay = QuestionFactory(category=category, qtype="essay", essay_max_words=3)
    quiz = make_quiz(course, [essay])
    client.force_login(learner)
    attempt = start(client, quiz)
    assert save(client, quiz, attempt, 0, {"0": "một hai ba bốn năm"}).status_code == 200
    page = client.get(url(quiz, "attempt", attempt.pk)).content.decode()
    assert "Câu trả lời này có 5 từ; giới hạn là 3 từ." in page
    assert 'aria-invalid="true"' in page
    summary = client.get(url(quiz, "summary", attempt.pk)).content.decode()
    assert "Câu trả lời này có 5 từ; giới hạn là 3 từ." in summary
    refused = client.post(url(quiz, "submit", attempt.pk), follow=True)
    assert refused.redirect_chain[0][0] == url(quiz, "summary", attempt.pk)
    assert "Câu 1 vượt giới hạn số từ." in refused.content.decode()
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.IN_PROGRESS
    assert save(client, quiz, attempt, 1, {"0": "một hai ba"}).status_code == 200
    assert client.post(url(quiz, "submit", attempt.pk))["Location"] == url(
        quiz, "review", attempt.pk
    )


def test_the_quiz_page_after_the_deadline_lists_the_closed_attempt_and_only_the_learners_own(
    client, category, course, learner
):
    from people.roles import OFFICER
    from tests.factories import UserFactory

    quiz = make_quiz(course, [QuestionFactory(category=category)], time_limit_minutes=10)
    colleague = UserFactory(email="dong.nghiep@example.org", roles=[OFFICER])
    enrol(colleague, course)
    other = start_attempt(colleague, quiz)
    now = timezone.now()
    client.force_login(learner)
    with time_machine.travel(now, tick=False):
        start(client, quiz)
        attempt = Attempt.objects.get(quiz=quiz, user=learner)
        html = client.get(url(quiz)).content.decode()
        assert f'href="{url(quiz, "attempt", attempt.pk)}"' in html  # continue the one in progress
        assert url(quiz, "review", attempt.pk) not in html
    with time_machine.travel(now + timedelta(minutes=30), tick=False):
        html = client.get(url(quiz)).content.decode()
    # Closed by its deadline on this very visit: listed for review, no longer to continue.
    assert url(quiz, "review", attempt.pk) in html
    assert f'href="{url(quiz, "attempt", attempt.pk)}"' not in html
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED and attempt.closed_by_deadline
    # Another learner's attempt never shows, nor is it opened for this one.
    assert f"/attempt/{other.pk}/" not in html
    assert client.get(url(quiz, "attempt", other.pk)).status_code == 404
