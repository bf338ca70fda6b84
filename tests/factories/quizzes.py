"""Question bank, quiz pages and the course around them, for quiz tests."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import factory
from wagtail.models import Page
from wagtail.test.utils.form_data import rich_text

from quizzes.models import (
    MatchingPair,
    Question,
    QuestionAnswer,
    QuestionCategory,
    QuizPage,
    QuizSlot,
    SlotKind,
)


class QuestionCategoryFactory(factory.django.DjangoModelFactory):
    """A top-level category; pass parent=... for a subcategory."""

    class Meta:
        model = QuestionCategory

    name = factory.Sequence(lambda n: f"Chủ đề {n}")

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        instance = model_class(*args, **kwargs)
        if parent is not None:
            return parent.add_child(instance=instance)
        return model_class.add_root(instance=instance)


DEFAULT_ANSWERS: dict[str, list[tuple[str, str]]] = {
    "single_choice": [("Đúng", "1"), ("Sai", "0"), ("Không biết", "0")],
    "multiple_choice": [("Đúng một", "0.5"), ("Đúng hai", "0.5"), ("Sai", "-1")],
    "true_false": [("true", "1"), ("false", "0")],
    "short_answer": [("mật khẩu", "1")],
    "numerical": [("8", "1")],
    "matching": [],
    "essay": [],
    "description": [],
}
DEFAULT_PAIRS = [("USB lạ", "Không cắm"), ("Email lạ", "Báo CNTT"), ("", "Thừa")]


class QuestionFactory(factory.django.DjangoModelFactory):
    """An approved (live) question with answers suited to its type.

    ``answers=[(text, fraction[, feedback[, tolerance]]), ...]`` and ``pairs=[(prompt, answer)]``
    replace the defaults; ``live=False`` leaves it unapproved.
    """

    class Meta:
        model = Question
        skip_postgeneration_save = True

    category = factory.SubFactory(QuestionCategoryFactory)
    qtype = "single_choice"
    name = factory.Sequence(lambda n: f"Câu hỏi {n}")
    text = factory.LazyAttribute(lambda o: f"<p>Nội dung {o.name}?</p>")
    live = True

    @factory.post_generation
    def answers(self, create, extracted, **kwargs):
        rows = extracted if extracted is not None else DEFAULT_ANSWERS.get(self.qtype, [])
        for index, row in enumerate(rows):
            text, fraction, *rest = row
            QuestionAnswer.objects.create(
                question=self,
                sort_order=index,
                text=text,
                fraction=Decimal(fraction),
                feedback=rest[0] if rest else f"Phản hồi cho {text}",
                tolerance=Decimal(rest[1]) if len(rest) > 1 and rest[1] is not None else None,
            )

    @factory.post_generation
    def pairs(self, create, extracted, **kwargs):
        rows = (
            extracted
            if extracted is not None
            else (DEFAULT_PAIRS if self.qtype == "matching" else [])
        )
        for index, (prompt, answer) in enumerate(rows):
            MatchingPair.objects.create(
                question=self, sort_order=index, prompt=prompt, answer=answer
            )

    @factory.post_generation
    def publish(self, create, extracted, **kwargs):
        if self.live:
            self.save_revision().publish()
            self.refresh_from_db()
        else:
            self.save()
            self.save_revision()


def course_index() -> Page:
    from courses.models import CourseIndexPage

    index = CourseIndexPage.objects.first()
    if index is None:
        home = Page.objects.get(depth=2)
        index = home.add_child(instance=CourseIndexPage(title="Khóa học", slug="courses"))
    return index


def make_course(title: str = "An toàn thông tin cơ bản", **fields: Any) -> Any:
    from courses.models import CoursePage

    slug = fields.pop("slug", None) or f"khoa-hoc-{CoursePage.objects.count() + 1}"
    course = CoursePage(title=title, slug=slug, summary="Tóm tắt khóa học.", **fields)
    return course_index().add_child(instance=course)


def make_quiz(
    course: Any = None,
    questions: list[Question] | None = None,
    *,
    random_from: list[tuple[QuestionCategory, int, bool]] | None = None,
    **fields: Any,
) -> QuizPage:
    """A published quiz page under a course, with fixed slots for ``questions``."""
    course = course or make_course()
    fields.setdefault("title", "Bài kiểm tra")
    fields.setdefault("slug", f"kiem-tra-{QuizPage.objects.count() + 1}")
    fields.setdefault("questions_per_page", 0)
    fields.setdefault("shuffle_answers", False)
    quiz = QuizPage(**fields)
    for index, question in enumerate(questions or []):
        quiz.slots.add(QuizSlot(sort_order=index, kind=SlotKind.FIXED, question=question))
    for offset, (category, count, subcategories) in enumerate(random_from or []):
        quiz.slots.add(
            QuizSlot(
                sort_order=len(questions or []) + offset,
                kind=SlotKind.RANDOM,
                category=category,
                count=count,
                include_subcategories=subcategories,
            )
        )
    return course.add_child(instance=quiz)


def timed_exam(
    course: Any, category: QuestionCategory, opens: Any, *, count: int = 4, **fields: Any
) -> QuizPage:
    """A 20-minute quiz of ``count`` new questions, options shuffled, opening at ``opens``."""
    questions = [QuestionFactory(category=category) for _ in range(count)]
    fields.setdefault("shuffle_answers", True)
    return make_quiz(course, questions, open_at=opens, time_limit_minutes=20, **fields)


def enrol(user: Any, course: Any) -> Any:
    from courses import services

    return services.enrol(user, course)


def mixed_questions(category: QuestionCategory | None = None) -> list[Question]:
    """One question of every type, all approved."""
    category = category or QuestionCategoryFactory()
    return [
        QuestionFactory(category=category, qtype=qtype, name=f"{qtype} question")
        for qtype in DEFAULT_ANSWERS
    ]


def question_form_data(category: Any, qtype: str, **fields: Any) -> dict[str, Any]:
    """What the question editor posts: ``answers`` as (text, weight, feedback, tolerance) and
    ``pairs`` as (prompt, answer); any other field overrides the defaults (rich texts given
    as HTML)."""
    answers = fields.pop("answers", [])
    pairs = fields.pop("pairs", [])
    data = {
        "category": category.pk,
        "qtype": qtype,
        "name": "Câu hỏi",
        "text": rich_text(fields.pop("text", "<p>Nội dung?</p>")),
        "text_format": "html",
        "default_mark": "1",
        "general_feedback": rich_text(fields.pop("general_feedback", "")),
        "tags": "",
        "penalty": "0",
        "shuffle_answers": "on",
        "answer_numbering": "abc",
        "essay_response_format": "plain",
        "essay_response_required": "on",
        "essay_response_template": "",
        "essay_grader_info": "",
        "idnumber": "",
        **fields,
    }
    for name, rows in (("answers", answers), ("pairs", pairs)):
        data.update(
            {
                f"{name}-TOTAL_FORMS": str(len(rows)),
                f"{name}-INITIAL_FORMS": "0",
                f"{name}-MIN_NUM_FORMS": "0",
                f"{name}-MAX_NUM_FORMS": "1000",
            }
        )
        for index, row in enumerate(rows):
            prefix = f"{name}-{index}-"
            data.update(
                {f"{prefix}ORDER": str(index + 1), f"{prefix}DELETE": "", f"{prefix}id": ""}
            )
            if name == "answers":
                text, weight, feedback, tolerance = (*row, "", "")[:4]
                data.update(
                    {
                        f"{prefix}text": text,
                        f"{prefix}fraction": str(weight),
                        f"{prefix}feedback": feedback,
                        f"{prefix}text_format": "plain",
                        f"{prefix}feedback_format": "moodle",
                        f"{prefix}tolerance": str(tolerance),
                    }
                )
            else:
                data.update(
                    {
                        f"{prefix}prompt": row[0],
                        f"{prefix}prompt_format": "html",
                        f"{prefix}answer": row[1],
                    }
                )
    return data


def start_in_browser(client: Any, quiz: Any) -> Any:
    """Press the quiz page's start button: the answer is the attempt's page itself, which
    carries its own address (``response.attempt_url``) for the address bar."""
    response = client.post(quiz.url + quiz.reverse_subpage("start"))
    assert response.status_code == 200, response.get("Location", response.status_code)
    found = re.search(r'data-attempt-url="([^"]+)"', response.content.decode())
    assert found, "the start answers with the attempt's page"
    response.attempt_url = found.group(1)
    return response
