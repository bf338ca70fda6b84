"""Factories build valid objects; question records from the formats save and read back whole."""

from decimal import Decimal

import pytest

from quizzes.formats import gift
from quizzes.models import Question, QuestionCategory
from quizzes.services.exchange import question_to_record, save_question_records
from tests.factories.quizzes import (
    DEFAULT_ANSWERS,
    QuestionCategoryFactory,
    QuestionFactory,
    make_quiz,
)

pytestmark = pytest.mark.django_db


def test_category_factory_builds_a_valid_tree():
    root = QuestionCategoryFactory(name="Gốc")
    child = QuestionCategoryFactory(name="Con", parent=root)
    root.full_clean()
    child.full_clean()
    assert child.get_parent() == root
    assert root.subtree_ids() == [root.pk, child.pk]
    assert root.subtree_ids(with_subcategories=False) == [root.pk]


@pytest.mark.parametrize("qtype", list(DEFAULT_ANSWERS))
def test_question_factory_builds_a_valid_approved_question_of_every_type(qtype):
    question = QuestionFactory(qtype=qtype)
    question.full_clean()
    assert question.live and question.live_revision_id
    snapshot = question.to_snapshot()
    assert snapshot["type"] == qtype
    assert snapshot["question_id"] == question.pk


def test_quiz_factory_builds_a_published_quiz_in_a_course():
    quiz = make_quiz(questions=[QuestionFactory()])
    quiz.full_clean()
    assert quiz.live
    assert quiz.course.slug.startswith("khoa-hoc")
    assert quiz.slots.count() == 1


GIFT = """
$CATEGORY: $course$/top/Văn phòng/An toàn

// [id:Q1] [tag:mat-khau]
::Mật khẩu::Mật khẩu nào mạnh nhất?{
=Một cụm từ dài#Đúng
~123456#Quá ngắn
####Dài là mạnh.
}

::Số::Một megabyte có bao nhiêu kilobyte?{#1024:0}

::Ghép::Ghép chương trình.{
=Viết thư -> Word
=Bảng tính -> Excel
= -> Paint
}

::Đúng sai::Ngân hàng hỏi mật khẩu qua email.{F}

::Tự luận::Mô tả cách bảo vệ máy tính.{}
"""


def test_gift_records_save_as_drafts_and_export_back_the_same(trainer):
    result = gift.parse(GIFT)
    assert not result.errors
    base = QuestionCategoryFactory(name="Nhập")
    saved = save_question_records(result.questions, base, trainer)
    assert len(saved) == 5
    assert all(not q.live for q in saved)
    office = QuestionCategory.objects.get(name="An toàn")
    assert office.full_name.endswith("Văn phòng / An toàn")
    first = Question.objects.get(name="Mật khẩu")
    assert first.idnumber == "Q1"
    assert [t.name for t in first.tags.all()] == ["mat-khau"]
    assert first.answers.get(text="Một cụm từ dài").fraction == Decimal("1")
    assert first.created_by == trainer
    for record, question in zip(result.questions, saved, strict=True):
        back = question_to_record(question)
        assert back.type == record.type
        assert back.name == record.name
        assert back.text == record.text
        assert [(a.text, a.fraction, a.feedback) for a in back.answers] == [
            (a.text, a.fraction, a.feedback) for a in record.answers
        ]
        assert [(p.prompt, p.answer) for p in back.pairs] == [
            (p.prompt, p.answer) for p in record.pairs
        ]
        assert back.category.endswith("Văn phòng/An toàn")


def test_records_can_be_published_by_an_administrator(administrator):
    result = gift.parse("::Một::Câu một?{T}")
    saved = save_question_records(
        result.questions, QuestionCategoryFactory(), administrator, publish=True
    )
    assert saved[0].live is True
