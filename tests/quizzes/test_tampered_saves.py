"""Quiz pages give nothing away and take nothing they should not: options carry their place in
the attempt's own order (never a database id), and a save naming an unknown question or option,
a value of the wrong kind or an out-of-range number is a 400 naming the problem that changes no
saved answer."""

import json
import random
import re

import pytest

from quizzes.models import Attempt
from quizzes.services.attempt_engine import start_attempt
from tests.factories.quizzes import QuestionFactory, make_quiz
from tests.quizzes.test_attempt_engine import right_answers

pytestmark = pytest.mark.django_db


def url(quiz, name=None, *args):
    return quiz.url + quiz.reverse_subpage(name, args=args) if name else quiz.url


def save(client, quiz, attempt, payload):
    body = payload if isinstance(payload, str) else json.dumps(payload)
    return client.post(url(quiz, "save", attempt.pk), data=body, content_type="application/json")


def as_page(attempt, answers):
    """Answers kept by answer id -> as the page sends them: the option's place in the attempt."""
    sent = {}
    for response in attempt.responses.all():
        if response.position not in answers:
            continue
        value = answers[response.position]
        ids = [a.get("id") for a in response.snapshot.get("answers") or []]
        if response.snapshot["type"] == "single_choice":
            value = str(ids.index(value))
        elif response.snapshot["type"] == "multiple_choice":
            value = [str(ids.index(v)) for v in value]
        sent[str(response.position)] = value
    return sent


def by_type(attempt, qtype):
    return attempt.responses.get(snapshot__type=qtype)


def test_option_values_are_places_in_the_attempts_order_not_ids(client, category, course, learner):
    questions = [
        QuestionFactory(
            category=category,
            qtype="single_choice",
            answers=[(f"Đáp án {i}", "1" if i == 0 else "0") for i in range(6)],
        )
        for _ in range(3)
    ]
    quiz = make_quiz(course, questions, shuffle_answers=True)
    attempt = start_attempt(learner, quiz, rng=random.Random(7))
    client.force_login(learner)
    html = client.get(url(quiz, "attempt", attempt.pk)).content.decode()
    for response in attempt.responses.all():
        values = re.findall(rf'name="q{response.position}"[^>]*value="([^"]*)"', html)
        assert values == [str(i) for i in range(6)]
        ids = {str(a["id"]) for a in response.snapshot["answers"]}
        assert ids.isdisjoint(values) or ids != set(values)
    # The page's option 0 is not the authored first answer in every question.
    firsts = [r.snapshot["answers"][0]["text"] for r in attempt.responses.all()]
    assert firsts != ["Đáp án 0"] * 3


def test_answers_sent_by_place_are_saved_and_graded_as_the_right_ones(client, quiz, learner):
    client.force_login(learner)
    attempt = start_attempt(learner, quiz)
    reply = save(
        client, quiz, attempt, {"sequence": 0, "answers": as_page(attempt, right_answers(attempt))}
    )
    assert reply.status_code == 200, reply.content
    single = by_type(attempt, "single_choice")
    assert single.answer == right_answers(attempt)[single.position]
    multiple = by_type(attempt, "multiple_choice")
    assert sorted(multiple.answer) == sorted(right_answers(attempt)[multiple.position])


def _tampered(attempt):
    single = by_type(attempt, "single_choice").position
    multiple = by_type(attempt, "multiple_choice").position
    short = by_type(attempt, "short_answer").position
    matching = by_type(attempt, "matching").position
    description = by_type(attempt, "description").position
    return {
        "unknown question": {"answers": {"999": "0"}},
        "question beyond 64 bits": {"answers": {"9" * 30: "0"}},
        "negative question": {"answers": {"-1": "0"}},
        "option out of range": {"answers": {str(single): "3"}},
        "option beyond 64 bits": {"answers": {str(single): 10**30}},
        "option as huge text": {"answers": {str(single): "9" * 40}},
        "option of the wrong kind": {"answers": {str(single): {"a": 1}}},
        "option as a boolean": {"answers": {str(single): True}},
        "one bad option of several": {"answers": {str(multiple): ["0", "7"]}},
        "text for a list": {"answers": {str(multiple): {"x": "y"}}},
        "list for a text": {"answers": {str(short): ["a"]}},
        "text too long": {"answers": {str(short): "x" * 5000}},
        "unknown pair": {"answers": {str(matching): {"999999": "Không cắm"}}},
        "unknown choice": {"answers": {str(matching): {"1": "Không có"}}},
        "answer to a description": {"answers": {str(description): "x"}},
        "page beyond 64 bits": {"answers": {}, "page": 10**30},
        "page out of range": {"answers": {}, "page": 50},
    }


@pytest.mark.parametrize(
    "case",
    [
        "unknown question",
        "question beyond 64 bits",
        "negative question",
        "option out of range",
        "option beyond 64 bits",
        "option as huge text",
        "option of the wrong kind",
        "option as a boolean",
        "one bad option of several",
        "text for a list",
        "list for a text",
        "text too long",
        "unknown pair",
        "unknown choice",
        "answer to a description",
        "page beyond 64 bits",
        "page out of range",
    ],
)
def test_a_tampered_save_is_a_400_that_changes_nothing(client, quiz, learner, case):
    client.force_login(learner)
    attempt = start_attempt(learner, quiz)
    right = as_page(attempt, right_answers(attempt))
    assert save(client, quiz, attempt, {"sequence": 0, "answers": right}).status_code == 200
    before = {r.position: r.answer for r in attempt.responses.all()}
    payload = {"sequence": 1, **_tampered(attempt)[case]}
    # The valid answers ride along: a save is applied whole or not at all.
    payload["answers"] = {**right, **payload["answers"]}
    reply = save(client, quiz, attempt, payload)
    assert reply.status_code == 400, reply.content
    assert reply.json()["message"]
    assert {r.position: r.answer for r in attempt.responses.all()} == before
    assert Attempt.objects.get(pk=attempt.pk).sequence == 1


def test_the_message_names_the_problem_in_the_learners_language(client, quiz, learner):
    client.force_login(learner)
    attempt = start_attempt(learner, quiz)
    single = by_type(attempt, "single_choice").position
    reply = save(client, quiz, attempt, {"sequence": 0, "answers": {str(single): "3"}})
    assert reply.json()["message"] == f"Câu {single + 1} không có lựa chọn 3."


def test_a_tampered_form_without_scripts_changes_nothing(client, quiz, learner):
    client.force_login(learner)
    attempt = start_attempt(learner, quiz)
    single = by_type(attempt, "single_choice")
    response = client.post(
        url(quiz, "attempt", attempt.pk),
        {
            "sequence": "0",
            "page": str(single.page),
            f"q{single.position}__shown": "1",
            f"q{single.position}": "99",
            "next": "1",
        },
    )
    assert response.status_code == 302
    single.refresh_from_db()
    assert single.answer is None
    assert Attempt.objects.get(pk=attempt.pk).sequence == 0
