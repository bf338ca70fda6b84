"""Demo quizzes: one per demo course, loaded from the GIFT files in home/demo_content/quizzes,
with its essay; finished attempts whose essays the demo trainer has marked or has still to mark
(home/demo_content/quizzes/essays.json). Idempotent: keyed by slugs, names and users."""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from quizzes.models import Question, QuizPage, QuizSlot, SlotKind
from quizzes.question_types import QuestionType
from quizzes.services import attempt_engine, marking
from quizzes.services.categories import category_for_path
from quizzes.services.exchange import save_question_records

Log = Callable[[str], None]

GIFT_FOLDER = Path(settings.BASE_DIR) / "home" / "demo_content" / "quizzes"
QUIZ_SLUG = "bai-kiem-tra-cuoi-khoa"
QUIZ_TITLE = "Bài kiểm tra cuối khóa"
QUIZ_INTRO = (
    "<p>Bài kiểm tra gồm các câu hỏi về nội dung của khóa học và một câu tự luận hoặc bài thực "
    "hành do giảng viên chấm. Bạn có 45 phút; câu trả lời được lưu ngay khi bạn chọn, kể cả khi "
    "mất kết nối. Đạt từ 70% trở lên là hoàn thành; kết quả cuối cùng có sau khi giảng viên chấm "
    "câu tự luận.</p>"
)
QUIZ_MINUTES = 45
DEMO_TRAINER = "trainer@example.org"
# Finished attempts with their essays: the demo officer's (marked) and colleagues' in the new
# courses, some marked, some waiting in the trainer's queue.
ESSAYS_FILE = GIFT_FOLDER / "essays.json"
# A bank question asked inside a lesson for instant feedback, placed before a heading of that
# lesson. Learners may try it as often as they like, so the graded quiz leaves it out.
LESSON_CHECK_COURSE = "an-toan-thong-tin"
LESSON_CHECK_LESSON = "usb-va-may-tinh-dung-chung"
LESSON_CHECK_QUESTION = "Trước khi rời máy tính dùng chung"
LESSON_CHECK_BEFORE_HEADING = "Khóa màn hình"


def _questions_from_gift(path: Path, log: Log) -> list[Question]:
    from quizzes.formats import gift

    result = gift.parse(path.read_bytes())
    if result.errors:
        for error in result.errors:
            log(f"{path.name}:{error.line}: {error.message}")
        return []
    paths = {q.category for q in result.questions if q.category}
    existing = []
    for category_path in paths:
        category = category_for_path(None, category_path)
        if category is not None:
            existing += list(category.questions.filter(live=True))
    if existing:
        return sorted(existing, key=lambda q: q.pk)
    # Records carry their full path ("Demo/…"), so they are placed from the top of the tree.
    return save_question_records(result.questions, None, None, publish=True)


def seed_quizzes(log: Log) -> None:
    """A quiz of the GIFT questions, its essay last, in every demo course."""
    from courses.models import CoursePage

    for path in sorted(GIFT_FOLDER.glob("*.gift")):
        course = CoursePage.objects.filter(slug=path.stem).first()
        if course is None:
            continue
        questions = _questions_from_gift(path, log)
        if course.slug == LESSON_CHECK_COURSE:
            _add_lesson_check(course, questions, log)
        if QuizPage.objects.child_of(course).filter(slug=QUIZ_SLUG).exists() or not questions:
            continue
        chosen = [q for q in questions if q.name != LESSON_CHECK_QUESTION]
        chosen.sort(key=lambda q: q.qtype == QuestionType.ESSAY)
        quiz = QuizPage(
            title=QUIZ_TITLE,
            slug=QUIZ_SLUG,
            intro=QUIZ_INTRO,
            pass_mark_percent=Decimal("70"),
            time_limit_minutes=QUIZ_MINUTES,
            questions_per_page=3,
            shuffle_answers=True,
            review_correct_answers="immediately",
        )
        for index, question in enumerate(chosen):
            quiz.slots.add(QuizSlot(sort_order=index, kind=SlotKind.FIXED, question=question))
        course.add_child(instance=quiz)
        quiz.save_revision().publish()
        log(
            ngettext(
                "created a quiz in %(course)s with %(count)d question",
                "created a quiz in %(course)s with %(count)d questions",
                len(chosen),
            )
            % {"course": course.slug, "count": len(chosen)}
        )
    _finished_attempts(log)


def _add_lesson_check(course: Any, questions: list[Question], log: Log) -> None:
    """Ask the demo's lesson-check question in its lesson, once, and publish the lesson.

    Does nothing when the lesson already has a bank check or unpublished changes, or when the
    bank was loaded before this question joined the GIFT file.
    """
    from courses.models import LessonPage
    from quizzes.blocks import check_block_names

    question = next((q for q in questions if q.name == LESSON_CHECK_QUESTION and q.live), None)
    lesson = LessonPage.objects.child_of(course).filter(slug=LESSON_CHECK_LESSON).first()
    if question is None or lesson is None or lesson.has_unpublished_changes:
        return
    names = sorted(check_block_names(lesson.body.stream_block))
    raw = [dict(item) for item in lesson.body.raw_data]
    if not names or any(item.get("type") in names for item in raw):
        return
    position = next(
        (
            index
            for index, item in enumerate(raw)
            if item.get("type") == "heading"
            and str(item.get("value", "")).startswith(LESSON_CHECK_BEFORE_HEADING)
        ),
        len(raw),
    )
    check = {"type": names[0], "value": {"question": question.pk}, "id": str(uuid.uuid4())}
    raw.insert(position, check)
    lesson.body = raw
    lesson.save_revision().publish()
    log(_("added a question-bank check to lesson %(lesson)s") % {"lesson": lesson.slug})


def _right_answer(snapshot: dict[str, Any]) -> Any:
    qtype = snapshot["type"]
    answers = snapshot.get("answers") or []
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE):
        best = max(answers, key=lambda a: Decimal(a["fraction"]))
        return best["id"]
    if qtype == QuestionType.MULTIPLE_CHOICE:
        return [a["id"] for a in answers if Decimal(a["fraction"]) > 0]
    if qtype in (QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL):
        best = max(answers, key=lambda a: Decimal(a["fraction"]))
        return best["text"]
    if qtype == QuestionType.MATCHING:
        return {p["id"]: p["answer"] for p in snapshot.get("pairs") or []}
    return None


def _finished_attempts(log: Log) -> None:
    """Each attempt of essays.json once: right on all but two of the other questions, the essay
    written, and marked by the demo trainer a day later when the file gives a mark."""
    from courses import services as course_services
    from courses.demo import enrol_since
    from courses.models import CoursePage, LessonPage

    user_model = get_user_model()
    trainer = user_model.objects.filter(email=DEMO_TRAINER).first()
    for item in json.loads(ESSAYS_FILE.read_text(encoding="utf-8"))["attempts"]:
        user = user_model.objects.filter(email=item["user"]).first()
        course = CoursePage.objects.filter(slug=item["course"]).first()
        quiz = QuizPage.objects.child_of(course).filter(slug=QUIZ_SLUG).first() if course else None
        if user is None or quiz is None or quiz.attempts.filter(user=user).exists():
            continue
        started = timezone.now() - timedelta(days=item["days_ago"], minutes=40)
        lessons = list(LessonPage.objects.child_of(course).live().order_by("path"))
        enrol_since(user, course, started - timedelta(days=len(lessons) + 1))
        for step, lesson in enumerate(lessons):
            when = started - timedelta(days=len(lessons) - step)
            course_services.open_item(user, lesson, now=when)
            course_services.mark_item_done(user, lesson, now=when + timedelta(minutes=25))
        attempt = attempt_engine.start_attempt(user, quiz, now=started, rng=random.Random(7))  # noqa: S311
        responses = list(attempt.responses.order_by("position"))
        others = [r for r in responses if r.snapshot["type"] != QuestionType.ESSAY]
        answers = {r.position: _right_answer(r.snapshot) for r in others[:-2]}
        essays = [r for r in responses if r.snapshot["type"] == QuestionType.ESSAY]
        answers |= {r.position: item["answer"] for r in essays}
        attempt_engine.save_answers(attempt, user, sequence=0, answers=answers, page=0, now=started)
        submitted = started + timedelta(minutes=35)
        attempt_engine.submit_attempt(attempt, user, now=submitted)
        log(
            _("finished a demo attempt for %(email)s in %(course)s")
            % {"email": user.email, "course": course.slug}
        )
        if item["mark"] is None or trainer is None:
            continue
        for response in attempt.responses.filter(needs_marking=True):
            marking.mark_response(
                response,
                trainer,
                mark=Decimal(item["mark"]) * response.max_mark,
                comment=item["comment"],
                now=submitted + timedelta(days=1),
            )
        log(
            _("marked the essay of %(email)s in %(course)s")
            % {"email": user.email, "course": course.slug}
        )


def pass_quiz(user: Any, quiz: QuizPage, *, now: Any, rng: random.Random) -> None:
    """A demo learner passes a quiz as a learner would: one attempt with every answer right,
    submitted at ``now``, its essays written and given full marks by the demo trainer."""
    trainer = get_user_model().objects.filter(email=DEMO_TRAINER).first()
    attempt = attempt_engine.start_attempt(user, quiz, now=now - timedelta(minutes=15), rng=rng)
    responses = list(attempt.responses.order_by("position"))
    answers = {
        r.position: (
            "Bài làm đầy đủ theo yêu cầu của đề."
            if r.snapshot["type"] == QuestionType.ESSAY
            else _right_answer(r.snapshot)
        )
        for r in responses
    }
    attempt_engine.save_answers(
        attempt, user, sequence=0, answers=answers, page=0, now=now - timedelta(minutes=2)
    )
    attempt_engine.submit_attempt(attempt, user, now=now)
    if trainer is None:
        return
    for response in attempt.responses.filter(needs_marking=True):
        marking.mark_response(
            response,
            trainer,
            mark=response.max_mark,
            comment="Bài làm đạt yêu cầu, trình bày rõ ràng.",
            now=now + timedelta(hours=2),
        )
