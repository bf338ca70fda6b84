"""The admin side: review workflow, who may publish, marking queue, statistics and CSV."""

import csv
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from wagtail.models import Workflow

from quizzes.models import Question, QuestionCategory, Response
from quizzes.services.attempt_engine import save_answers, start_attempt, submit_attempt
from tests.factories.quizzes import (
    QuestionCategoryFactory,
    QuestionFactory,
    enrol,
    make_quiz,
    question_form_data,
)
from tests.quizzes.test_attempt_engine import right_answers

pytestmark = pytest.mark.django_db


# Review before use ------------------------------------------------------------------------


def test_questions_have_a_review_workflow_where_the_submitter_cannot_approve(
    trainer, administrator
):
    from people.roles import TRAINER
    from tests.factories import UserFactory

    second = UserFactory(email="trainer.b@example.org", roles=[TRAINER])
    question = QuestionFactory(live=False)
    workflow = question.get_workflow()
    assert isinstance(workflow, Workflow)
    workflow.start(question, trainer)
    question.refresh_from_db()
    task_state = question.current_workflow_task_state
    task = task_state.task.specific
    assert task.get_actions(question, trainer) == []
    assert [a[0] for a in task.get_actions(question, second)][:2] == ["reject", "approve"]
    assert task.get_actions(question, administrator)
    assert not task.get_task_states_user_can_moderate(trainer).exists()
    assert task.get_task_states_user_can_moderate(second).exists()
    task.on_action(task_state, second, "approve")
    question.refresh_from_db()
    assert question.live is True


def test_trainers_cannot_publish_questions_directly_but_administrators_can(trainer, administrator):
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(Question)
    assert policy.user_has_permission(trainer, "change")
    assert not policy.user_has_permission(trainer, "publish")
    assert policy.user_has_permission(administrator, "publish")


def _question_post(category, qtype, answers):
    """What the admin's question form posts when a trainer submits it for review."""
    return {**question_form_data(category, qtype, answers=answers), "action-submit": "1"}


def test_trainer_creates_a_question_in_the_admin_and_bad_weights_are_refused(client, trainer):
    category = QuestionCategoryFactory()
    client.force_login(trainer)
    add_url = reverse("wagtailsnippets_quizzes_question:add")
    bad = client.post(
        add_url, _question_post(category, "single_choice", [("A", "0.5"), ("B", "0")])
    )
    assert bad.status_code == 200
    assert not Question.objects.exists()
    good = client.post(add_url, _question_post(category, "numerical", [("1..5", "1")]))
    assert good.status_code == 302, good.context["form"].errors if good.context else good
    question = Question.objects.get()
    assert question.live is False  # submitted for review, not published
    answer = question.answers.get()
    assert (Decimal(answer.text), answer.tolerance) == (Decimal("3"), Decimal("2"))
    assert question.current_workflow_state is not None


def test_category_admin_builds_a_tree(client, trainer):
    client.force_login(trainer)
    add_url = reverse("questioncategory:add")
    client.post(add_url, {"name": "Gốc", "description": "", "idnumber": "", "parent": ""})
    root = QuestionCategory.objects.get(name="Gốc")
    client.post(add_url, {"name": "Con", "description": "", "idnumber": "", "parent": root.pk})
    child = QuestionCategory.objects.get(name="Con")
    assert child.get_parent() == root
    assert child.full_name == "Gốc / Con"
    assert client.get(reverse("questioncategory:index")).status_code == 200


def test_question_preview_renders_as_a_learner_sees_it(rf, trainer):
    question = QuestionFactory(qtype="multiple_choice")
    request = rf.get("/")
    request.user = trainer
    learner_view = question.serve_preview(request, "").render().content.decode()
    assert 'type="checkbox"' in learner_view
    assert "Đúng một" in learner_view
    assert "Phản hồi cho" not in learner_view
    with_answers = question.serve_preview(request, "answers").render().content.decode()
    assert "Phản hồi cho Đúng một" in with_answers


# Marking and results ----------------------------------------------------------------------


@pytest.fixture
def finished_essay_attempt(category, course, learner):
    essay = QuestionFactory(category=category, qtype="essay", default_mark=Decimal("2"))
    choice = QuestionFactory(category=category)
    quiz = make_quiz(course, [choice, essay])
    attempt = start_attempt(learner, quiz)
    save_answers(attempt, learner, sequence=0, answers=right_answers(attempt))
    return submit_attempt(attempt, learner)


@pytest.mark.parametrize("who", ["officer", "manager", "outsider"])
def test_marking_queue_and_results_refuse_people_who_are_not_trainers(
    client, request, who, finished_essay_attempt
):
    client.force_login(request.getfixturevalue(who))
    response_obj = Response.objects.get(needs_marking=True)
    for name, args in [
        ("marking", []),
        ("mark", [response_obj.pk]),
        ("quizzes", []),
        ("statistics", [finished_essay_attempt.quiz_id]),
        ("attempts", [finished_essay_attempt.quiz_id]),
        ("attempt", [finished_essay_attempt.pk]),
    ]:
        response = client.get(reverse(f"quizzes_admin:{name}", args=args))
        assert response.status_code in (302, 403), name


def test_anonymous_is_sent_to_sign_in_for_the_marking_queue(client):
    response = client.get(reverse("quizzes_admin:marking"))
    assert response.status_code == 302


def test_trainer_marks_an_essay_from_the_queue(client, trainer, finished_essay_attempt):
    client.force_login(trainer)
    queue = client.get(reverse("quizzes_admin:marking"))
    assert queue.status_code == 200
    response_obj = Response.objects.get(needs_marking=True)
    assert reverse("quizzes_admin:mark", args=[response_obj.pk]) in queue.content.decode()
    page = client.get(reverse("quizzes_admin:mark", args=[response_obj.pk]))
    assert page.status_code == 200
    too_high = client.post(
        reverse("quizzes_admin:mark", args=[response_obj.pk]), {"mark": "5", "comment": ""}
    )
    assert too_high.status_code == 200
    done = client.post(
        reverse("quizzes_admin:mark", args=[response_obj.pk]), {"mark": "1.5", "comment": "Tốt"}
    )
    assert done.status_code == 302
    finished_essay_attempt.refresh_from_db()
    assert finished_essay_attempt.score == Decimal("2.50")
    # Changing it again needs a reason, and both changes are in the history.
    no_reason = client.post(reverse("quizzes_admin:mark", args=[response_obj.pk]), {"mark": "2"})
    assert no_reason.status_code == 200
    client.post(
        reverse("quizzes_admin:mark", args=[response_obj.pk]), {"mark": "2", "reason": "Xem lại"}
    )
    history = client.get(reverse("quizzes_admin:mark", args=[response_obj.pk])).content.decode()
    assert "Xem lại" in history
    assert response_obj.mark_changes.count() == 2


def test_statistics_page_and_csv_export(client, trainer, category, course, officer, other_officer):
    questions = [QuestionFactory(category=category) for _ in range(2)]
    quiz = make_quiz(course, questions)
    for index, user in enumerate([officer, other_officer]):
        enrol(user, course)
        attempt = start_attempt(user, quiz)
        answers = dict(list(right_answers(attempt).items())[: index + 1])
        save_answers(attempt, user, sequence=0, answers=answers)
        submit_attempt(attempt, user)
    client.force_login(trainer)
    page = client.get(reverse("quizzes_admin:statistics", args=[quiz.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'data-stat="attempts">2<' in html
    assert questions[0].name in html
    export = client.get(reverse("quizzes_admin:statistics", args=[quiz.pk]) + "?format=csv")
    assert export["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert rows[1][1] == "2"
    header = rows[5]
    assert "Facility index (%)" in header or "Độ dễ (%)" in header
    first = [r for r in rows[6:] if r and r[0] == questions[0].name]
    assert first and first[0][5] == "100.00"
    # The Excel flavour of the reader's language: semicolons and decimal commas in Vietnamese.
    assert "csv=excel" in html
    excel = client.get(
        reverse("quizzes_admin:statistics", args=[quiz.pk]) + "?format=csv&csv=excel"
    )
    rows = list(csv.reader(io.StringIO(excel.content.decode("utf-8-sig")), delimiter=";"))
    first = [r for r in rows[6:] if r and r[0] == questions[0].name]
    assert first and first[0][5] == "100,00"
    listing = client.get(reverse("quizzes_admin:quizzes"))
    assert listing.status_code == 200 and quiz.title in listing.content.decode()
    attempts = client.get(reverse("quizzes_admin:attempts", args=[quiz.pk]))
    assert attempts.status_code == 200
