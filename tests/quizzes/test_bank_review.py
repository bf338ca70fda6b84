"""The question bank shows where each question stands in review and moves many at once: the
status column and its filter, bulk submit / approve / reject, landing on imported questions,
the reviewer's queue naming each item's kind and place, and no Publish button for trainers."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from people.roles import TRAINER
from quizzes.models import Question
from quizzes.services import review
from tests.factories import UserFactory
from tests.factories.quizzes import QuestionCategoryFactory, QuestionFactory
from tests.quizzes.test_import_export_integration import GOOD_GIFT, IMPORT_URL, token_of, upload

pytestmark = pytest.mark.django_db

LIST_URL = reverse("wagtailsnippets_quizzes_question:list")


@pytest.fixture
def reviewer(db):
    return UserFactory(email="reviewer@example.org", roles=[TRAINER])


def bulk_url(action: str, questions: list[Question]) -> str:
    query = urlencode([("id", q.pk) for q in questions] + [("next", LIST_URL)])
    return reverse("wagtail_bulk_action", args=("quizzes", "question", action)) + "?" + query


def listed(client, **query: str) -> set[str]:
    response = client.get(LIST_URL, query)
    assert response.status_code == 200
    return {question.name for question in response.context["object_list"]}


@pytest.fixture
def bank(trainer, reviewer):
    category = QuestionCategoryFactory(name="Mật khẩu")
    draft = QuestionFactory(category=category, name="Nháp", live=False)
    waiting = QuestionFactory(category=category, name="Chờ duyệt", live=False)
    review.submit_questions([waiting], trainer)
    live = QuestionFactory(category=category, name="Đã duyệt")
    changed = QuestionFactory(category=category, name="Đã sửa")
    changed.name = "Đã sửa"
    changed.save_revision(user=trainer)
    return {"draft": draft, "review": waiting, "live": live, "changed": changed}


def test_the_list_shows_and_filters_each_review_status(client, trainer, bank):
    client.force_login(trainer)
    page = client.get(LIST_URL).content.decode()
    for label in ("Bản nháp", "Chờ duyệt", "Đã duyệt", "Đã duyệt, có thay đổi sau đó"):
        assert label in page
    assert listed(client, review_status="draft") == {"Nháp"}
    assert listed(client, review_status="review") == {"Chờ duyệt"}
    assert listed(client, review_status="live") == {"Đã duyệt"}
    assert listed(client, review_status="changed") == {"Đã sửa"}


def test_the_category_filter_takes_in_subcategories(client, trainer):
    parent = QuestionCategoryFactory(name="Tin học")
    child = QuestionCategoryFactory(name="Word", parent=parent)
    QuestionFactory(category=child, name="Trong Word")
    QuestionFactory(name="Ở chỗ khác")
    client.force_login(trainer)
    assert listed(client, category=str(parent.pk)) == {"Trong Word"}


def test_a_trainer_submits_many_questions_and_a_peer_approves_them(client, trainer, reviewer):
    drafts = [QuestionFactory(name=f"Câu {n}", live=False) for n in range(3)]
    client.force_login(trainer)
    assert client.get(bulk_url("submit_for_review", drafts)).status_code == 200
    response = client.post(bulk_url("submit_for_review", drafts))
    assert response.status_code == 302
    assert listed(client, review_status="review") == {"Câu 0", "Câu 1", "Câu 2"}

    # The submitter may not approve their own questions: nothing moves.
    client.post(bulk_url("approve_questions", drafts))
    assert not Question.objects.filter(live=True).exists()

    client.force_login(reviewer)
    response = client.post(bulk_url("approve_questions", drafts))
    assert response.status_code == 302
    assert Question.objects.filter(live=True).count() == 3
    assert listed(client, review_status="live") == {"Câu 0", "Câu 1", "Câu 2"}


def test_a_reviewer_sends_many_back_for_changes(client, trainer, reviewer):
    drafts = [QuestionFactory(name=f"Câu {n}", live=False) for n in range(2)]
    review.submit_questions(drafts, trainer)
    client.force_login(reviewer)
    client.post(bulk_url("reject_questions", drafts))
    assert not Question.objects.filter(live=True).exists()
    assert listed(client, review_status="review") == set()
    assert listed(client, review_status="draft") == {"Câu 0", "Câu 1"}


def test_questions_that_cannot_take_a_step_are_named_and_left(client, trainer, bank):
    client.force_login(trainer)
    questions = [bank["live"], bank["draft"]]
    page = client.get(bulk_url("submit_for_review", questions)).content.decode()
    assert "Đã duyệt" in page and "Nháp" in page
    client.post(bulk_url("submit_for_review", questions))
    assert listed(client, review_status="review") == {"Chờ duyệt", "Nháp"}
    assert listed(client, review_status="live") == {"Đã duyệt"}


def test_people_who_cannot_edit_questions_cannot_move_them(client, officer):
    draft = QuestionFactory(live=False)
    client.force_login(officer)
    client.post(bulk_url("submit_for_review", [draft]))
    assert draft.get_workflow() is None or not Question.objects.get().workflow_in_progress


def test_after_an_import_the_trainer_lands_on_the_imported_questions(client, trainer):
    QuestionFactory(name="Câu cũ", live=False)
    client.force_login(trainer)
    token = token_of(upload(client, "bank.gift", GOOD_GIFT))
    response = client.post(IMPORT_URL, {"token": token})
    assert response.status_code == 302
    landing = client.get(response["Location"])
    names = {question.name for question in landing.context["object_list"]}
    assert names == {"Sao chép", "Pi", "TF"}
    (message,) = [str(m) for m in get_messages(landing.wsgi_request)] or [
        str(m) for m in landing.context["messages"]
    ]
    assert "Word" in message and "—" not in message


def test_the_review_queue_names_each_items_kind_and_category(client, trainer, reviewer):
    category = QuestionCategoryFactory(name="An toàn mạng")
    question = QuestionFactory(category=category, name="Câu chờ", live=False)
    review.submit_questions([question], trainer)
    client.force_login(reviewer)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Câu chờ" in page
    assert "Câu hỏi · Danh mục: An toàn mạng" in page


def test_a_trainer_sees_no_publish_button_but_an_administrator_does(client, trainer, administrator):
    question = QuestionFactory(live=False)
    edit = reverse("wagtailsnippets_quizzes_question:edit", args=[question.pk])
    client.force_login(trainer)
    assert 'name="action-publish"' not in client.get(edit).content.decode()
    client.force_login(administrator)
    assert 'name="action-publish"' in client.get(edit).content.decode()
