"""A lesson's "check your understanding" question from the bank: shown as in a quiz without any
hint of the right answer, graded on the server for instant feedback, recorded nowhere."""

import json
import uuid

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from courses.models import Enrolment, ItemProgress, LessonPage
from quizzes.blocks import QuestionCheckBlock
from quizzes.models import Attempt, Response
from tests.factories.courses import LessonPageFactory
from tests.factories.quizzes import QuestionFactory

pytestmark = pytest.mark.django_db

GENERAL_FEEDBACK = "<p>Giải thích chung cho người học.</p>"


def _check(question, block_id=None):
    return {
        "type": "question_check",
        "value": {"question": question.pk},
        "id": block_id or str(uuid.uuid4()),
    }


def _lesson(course, *blocks, slug=None):
    return LessonPageFactory(
        parent=course,
        slug=slug or f"bai-kiem-tra-nhanh-{uuid.uuid4().hex[:6]}",
        body=[{"type": "rich_text", "value": "<p>Nội dung.</p>", "id": str(uuid.uuid4())}, *blocks],
    )


def _url(lesson, block_id):
    return reverse("quizzes:lesson_check", args=[lesson.pk, block_id])


def _post(client, lesson, block_id, answer=None, **kwargs):
    data = kwargs.pop("raw", None)
    if data is None:
        data = json.dumps({"answer": answer})
    return client.post(_url(lesson, block_id), data=data, content_type="application/json", **kwargs)


@pytest.fixture
def by_type(questions):
    for question in questions:
        question.general_feedback = GENERAL_FEEDBACK
        question.save()
    return {q.qtype: q for q in questions}


@pytest.fixture
def lesson(course, by_type):
    blocks = [
        _check(by_type[qtype], f"{qtype}-block")
        for qtype in (
            "single_choice",
            "multiple_choice",
            "true_false",
            "short_answer",
            "numerical",
            "matching",
        )
    ]
    return _lesson(course, *blocks, slug="bai-co-cau-hoi")


@pytest.fixture
def signed_in(client, learner):
    client.force_login(learner)
    return client


def _answer_ids(question):
    """Each answer's value as the lesson page names it: its place among the options."""
    places = [str(a["id"]) for a in question.to_snapshot()["answers"]]
    return {a.text: str(places.index(str(a.pk))) for a in question.answers.all()}


# What the learner sees ----------------------------------------------------------------------


def test_the_lesson_shows_each_question_without_any_hint_of_the_right_answer(
    signed_in, lesson, by_type
):
    response = signed_in.get(lesson.url)
    assert response.status_code == 200
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    forms = soup.select("form[data-question-check]")
    assert len(forms) == 6
    for form in forms:
        assert form["data-check-url"].startswith("/lesson-checks/")
        assert form.select_one("[data-check-result]")["aria-live"] == "polite"
        assert form.select_one("[data-check-button]")
        for field in form.select("input[type=radio], input[type=checkbox], input[type=text]"):
            assert form.find("label", attrs={"for": field["id"]}), field
    # The choices are there, as in a quiz…
    assert "Đúng một" in html and "Không biết" in html
    assert "Không cắm" in html and "Báo CNTT" in html  # matching answers to choose from
    # …but no weight, feedback, general feedback, accepted short answer or number.
    body = str(soup.select_one(".lesson-body"))
    assert "fraction" not in html and "data-correct" not in html
    assert "Phản hồi cho" not in html
    assert "Giải thích chung" not in html
    assert "mật khẩu" not in body.lower()
    assert "0.5" not in body and "1.0000000" not in body
    numerical = soup.select_one("form[data-check-url$='/numerical-block/'] input[type=text]")
    assert numerical["value"] == ""
    # The page loads the script and styles of the block, from static files.
    scripts = [s["src"] for s in soup.find_all("script")]
    assert any(src.endswith("quizzes/lesson_check.js") for src in scripts)
    assert any(link["href"].endswith("quizzes/quizzes.css") for link in soup.find_all("link"))


def test_a_lesson_without_bank_checks_loads_no_quiz_script(signed_in, course):
    plain = _lesson(course)
    soup = BeautifulSoup(signed_in.get(plain.url).content, "html.parser")
    assert not [s for s in soup.find_all("script") if "lesson_check" in s.get("src", "")]


def test_an_unapproved_question_is_hidden_from_learners_and_explained_to_editors(
    client, learner, trainer, course, by_type
):
    question = by_type["single_choice"]
    lesson = _lesson(course, _check(question, "hidden"))
    question.unpublish()
    client.force_login(learner)
    soup = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    assert not soup.select("form[data-question-check]")
    assert not soup.select(".question-check-hidden")
    assert "Nội dung single_choice question" not in str(soup)

    client.force_login(trainer)  # an editor reading the lesson without enrolling
    soup = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    assert not soup.select("form[data-question-check]")
    assert soup.select(".question-check-hidden")


def test_the_admin_preview_explains_a_hidden_check(client, administrator, course, by_type):
    question = by_type["single_choice"]
    lesson = _lesson(course, _check(question, "hidden"))
    question.unpublish()
    client.force_login(administrator)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select(".question-check-hidden")
    assert not soup.select("form[data-question-check]")


def test_an_essay_put_in_a_lesson_by_hand_is_not_shown(signed_in, course, by_type):
    lesson = _lesson(course, _check(by_type["essay"], "essay"), _check(by_type["description"]))
    soup = BeautifulSoup(signed_in.get(lesson.url).content, "html.parser")
    assert not soup.select("form[data-question-check]")
    assert _post(signed_in, lesson, "essay", "Bài viết").status_code == 404


def test_queries_do_not_grow_with_the_number_of_checks(client, learner, course, category):
    questions = [
        QuestionFactory(category=category, qtype=qtype)
        for qtype in ("single_choice", "multiple_choice", "matching", "short_answer") * 2
    ]
    one = _lesson(course, _check(questions[0]), slug="mot-cau")
    many = _lesson(course, *(_check(q) for q in questions), slug="tam-cau")
    client.force_login(learner)

    def count(url):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries)

    plain = _lesson(course, slug="khong-cau")
    # Questions, their answers and their pairs: three queries however many checks there are.
    assert count(many.url) == count(one.url) <= count(plain.url) + 3


# Grading ----------------------------------------------------------------------------------


def test_a_right_answer_is_right_with_its_feedback_and_the_general_feedback(
    signed_in, lesson, by_type
):
    right = _answer_ids(by_type["single_choice"])["Đúng"]
    response = _post(signed_in, lesson, "single_choice-block", right)
    assert response.status_code == 200
    data = response.json()
    assert data["ok"] is True
    assert data["state"] == "correct"
    assert data["message"]
    assert len(data["feedback"]) == 1 and "Phản hồi cho Đúng" in data["feedback"][0]
    assert data["general_feedback"] == GENERAL_FEEDBACK


def test_a_wrong_answer_is_wrong(signed_in, lesson, by_type):
    wrong = _answer_ids(by_type["single_choice"])["Sai"]
    data = _post(signed_in, lesson, "single_choice-block", wrong).json()
    assert data["state"] == "wrong"
    assert "Phản hồi cho Sai" in data["feedback"][0]
    assert "Phản hồi cho Đúng" not in json.dumps(data, ensure_ascii=False)


def test_half_of_a_multiple_choice_is_partly_right(signed_in, lesson, by_type):
    ids = _answer_ids(by_type["multiple_choice"])
    data = _post(signed_in, lesson, "multiple_choice-block", [ids["Đúng một"]]).json()
    assert data["state"] == "partial"
    data = _post(
        signed_in, lesson, "multiple_choice-block", [ids["Đúng một"], ids["Đúng hai"]]
    ).json()
    assert data["state"] == "correct"
    assert len(data["feedback"]) == 2


@pytest.mark.parametrize(
    ("block", "answer", "state"),
    [
        ("true_false-block", "true", "correct"),
        ("true_false-block", "false", "wrong"),
        ("short_answer-block", "  Mật Khẩu ", "correct"),
        ("short_answer-block", "mã PIN", "wrong"),
        ("numerical-block", "8,0", "correct"),
        ("numerical-block", 8, "correct"),
        ("numerical-block", "9", "wrong"),
    ],
)
def test_every_kind_of_answer_is_graded(signed_in, lesson, block, answer, state):
    response = _post(signed_in, lesson, block, answer)
    assert response.status_code == 200, response.content
    assert response.json()["state"] == state


def test_matching_is_right_partly_right_or_wrong(signed_in, lesson, by_type):
    pairs = {p.prompt: str(p.pk) for p in by_type["matching"].pairs.all() if p.prompt}
    both = {pairs["USB lạ"]: "Không cắm", pairs["Email lạ"]: "Báo CNTT"}
    assert _post(signed_in, lesson, "matching-block", both).json()["state"] == "correct"
    half = {pairs["USB lạ"]: "Không cắm", pairs["Email lạ"]: "Thừa"}
    assert _post(signed_in, lesson, "matching-block", half).json()["state"] == "partial"
    none = {pairs["USB lạ"]: "Thừa"}
    assert _post(signed_in, lesson, "matching-block", none).json()["state"] == "wrong"


def test_checking_records_nothing(signed_in, learner, lesson, by_type):
    signed_in.get(lesson.url)
    progress = list(ItemProgress.objects.values())
    enrolment = Enrolment.objects.filter(user=learner).values().get()
    right = _answer_ids(by_type["single_choice"])["Đúng"]
    for _ in range(3):
        assert _post(signed_in, lesson, "single_choice-block", right).status_code == 200
    assert not Attempt.objects.exists() and not Response.objects.exists()
    assert list(ItemProgress.objects.values()) == progress
    assert Enrolment.objects.filter(user=learner).values().get() == enrolment


def test_the_outcome_is_told_in_the_learners_language(signed_in, lesson, by_type):
    right = _answer_ids(by_type["single_choice"])["Đúng"]
    signed_in.post("/i18n/setlang/", {"language": "vi", "next": "/"})
    vietnamese = _post(signed_in, lesson, "single_choice-block", right).json()["message"]
    assert vietnamese and vietnamese != "Right."
    signed_in.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert _post(signed_in, lesson, "single_choice-block", right).json()["message"] == "Right."


def test_an_editor_may_try_a_check_without_enrolling(client, trainer, lesson, by_type):
    client.force_login(trainer)
    right = _answer_ids(by_type["single_choice"])["Đúng"]
    assert _post(client, lesson, "single_choice-block", right).json()["state"] == "correct"


def test_an_editor_tries_a_check_of_a_saved_draft_but_a_learner_cannot(
    client, trainer, learner, course, by_type
):
    lesson = _lesson(course)
    draft = LessonPage.objects.get(pk=lesson.pk)
    draft.body = [*lesson.body.raw_data, _check(by_type["true_false"], "draft-only")]
    draft.save_revision()
    client.force_login(trainer)
    assert _post(client, lesson, "draft-only", "true").json()["state"] == "correct"
    client.force_login(learner)
    assert _post(client, lesson, "draft-only", "true").status_code == 404


# Refusals ---------------------------------------------------------------------------------


def test_anonymous_visitors_are_refused(client, lesson):
    response = _post(client, lesson, "true_false-block", "true")
    assert response.status_code == 403
    assert response.json()["ok"] is False and response.json()["message"]


@pytest.mark.parametrize("persona", ["other_officer", "outsider", "manager"])
def test_people_not_enrolled_are_refused(client, request, lesson, persona):
    client.force_login(request.getfixturevalue(persona))
    response = _post(client, lesson, "true_false-block", "true")
    assert response.status_code == 403
    assert "state" not in response.json()


def test_the_lesson_and_block_must_match(signed_in, course, lesson, by_type):
    other = _lesson(course, _check(by_type["true_false"], "elsewhere"))
    assert _post(signed_in, lesson, "elsewhere", "true").status_code == 404
    assert _post(signed_in, other, "true_false-block", "true").status_code == 404
    assert _post(signed_in, lesson, "no-such-block", "true").status_code == 404
    missing = reverse("quizzes:lesson_check", args=[999999, "true_false-block"])
    response = signed_in.post(missing, {"answer": "true"}, content_type="application/json")
    assert response.status_code == 404


def test_a_built_in_check_is_not_a_bank_question(signed_in, course):
    built_in = {
        "type": "check",
        "id": "built-in",
        "value": {
            "question": "?",
            "choices": [{"text": "a", "correct": True}, {"text": "b", "correct": False}],
        },
    }
    lesson = _lesson(course, built_in)
    assert _post(signed_in, lesson, "built-in", "1").status_code == 404


def test_a_question_no_longer_approved_is_refused(signed_in, lesson, by_type):
    by_type["true_false"].unpublish()
    response = _post(signed_in, lesson, "true_false-block", "true")
    assert response.status_code == 404
    assert "state" not in response.json()


def test_a_withdrawn_course_or_lesson_is_refused(signed_in, course, lesson):
    lesson.unpublish()
    assert _post(signed_in, lesson, "true_false-block", "true").status_code == 404
    lesson.save_revision().publish()
    course.unpublish()
    assert _post(signed_in, lesson, "true_false-block", "true").status_code == 404


def test_page_privacy_applies_to_checks(signed_in, lesson):
    PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.PASSWORD, password="bi-mat"
    )
    assert _post(signed_in, lesson, "true_false-block", "true").status_code == 403


def test_only_post_is_accepted(signed_in, lesson):
    assert signed_in.get(_url(lesson, "true_false-block")).status_code == 405


def test_a_post_without_the_csrf_token_is_refused(learner, lesson):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    assert _post(client, lesson, "true_false-block", "true").status_code == 403


@pytest.mark.parametrize(
    ("block", "raw"),
    [
        ("true_false-block", "pas du JSON"),
        ("true_false-block", b"\xff\xfe"),
        ("true_false-block", "[1, 2]"),
        ("true_false-block", "[" * 100_000),
        ("true_false-block", '{"answer": NaN}'),
        ("true_false-block", ""),
        ("true_false-block", json.dumps({"answer": {"x": "y"}})),
        ("true_false-block", json.dumps({"answer": ""})),
        ("true_false-block", json.dumps({"answer": None})),
        ("true_false-block", json.dumps({})),
        ("single_choice-block", json.dumps({"answer": "999999"})),
        ("single_choice-block", json.dumps({"answer": True})),
        ("multiple_choice-block", json.dumps({"answer": "1"})),
        ("multiple_choice-block", json.dumps({"answer": [{"id": 1}]})),
        ("multiple_choice-block", json.dumps({"answer": []})),
        ("short_answer-block", json.dumps({"answer": "x" * 1001})),
        ("short_answer-block", json.dumps({"answer": "   "})),
        ("numerical-block", json.dumps({"answer": ["8"]})),
        ("matching-block", json.dumps({"answer": ["Không cắm"]})),
        ("matching-block", json.dumps({"answer": {"1": ["a"]}})),
        ("matching-block", json.dumps({"answer": {}})),
    ],
)
def test_bad_input_gets_a_clear_message_never_a_500(signed_in, lesson, block, raw):
    response = _post(signed_in, lesson, block, raw=raw)
    assert response.status_code == 400, response.content
    data = response.json()
    assert data["ok"] is False and data["message"]


# Authoring --------------------------------------------------------------------------------


def test_a_check_takes_only_an_approved_question_of_a_gradable_type(category, by_type):
    block = QuestionCheckBlock()
    assert block.clean(block.to_python({"question": by_type["matching"].pk}))["question"]
    for qtype in ("essay", "description"):
        with pytest.raises(ValidationError):
            block.clean(block.to_python({"question": by_type[qtype].pk}))
    draft = QuestionFactory(category=category, live=False)
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"question": draft.pk}))


def test_the_chooser_lists_only_approved_questions_a_check_may_use(
    client, trainer, category, by_type
):
    QuestionFactory(category=category, name="Câu chưa duyệt", live=False)
    client.force_login(trainer)
    response = client.get(reverse("quizzes_check_question_chooser:choose_results"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "single_choice question" in html and "matching question" in html
    assert "essay question" not in html and "description question" not in html
    assert "Câu chưa duyệt" not in html


def test_the_lesson_editor_offers_the_bank_check(client, administrator, lesson):
    client.force_login(administrator)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    assert response.status_code == 200
    assert "question_check" in response.content.decode()


def test_a_lesson_asking_a_bank_question_is_kept_with_its_body(signed_in, lesson):
    from courses.site_cache import specific_page

    for _ in range(2):
        assert signed_in.get(lesson.url).status_code == 200
    kept = specific_page(lesson.pk, lesson.content_type_id)
    assert not kept.body_cacheable
    assert "body" in kept.__dict__  # rendered on every view: never read again for it
