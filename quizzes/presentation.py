"""What a learner is shown of a question: built from its snapshot, with every hint of the right
answer (fractions, feedback, marks of answers, the matching key) left out, and what the quiz's
review settings let them see of a finished attempt.

Templates of the attempt page only ever receive the dicts built here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.utils import timezone
from django.utils.translation import ngettext

from quizzes import grading
from quizzes.models.pages import ReviewWhen
from quizzes.page_answers import option_value
from quizzes.question_types import QuestionType

if TYPE_CHECKING:
    from quizzes.models import Attempt, QuizPage

ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
         (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]  # fmt: skip


def _roman(number: int) -> str:
    out = []
    for value, letters in ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def numbering_label(style: str, index: int) -> str:
    """The label of the index-th (0-based) answer in a numbering style: a, B, 3, iv, IV."""
    if style == "abc":
        return chr(ord("a") + index % 26)
    if style == "ABCD":
        return chr(ord("A") + index % 26)
    if style == "123":
        return str(index + 1)
    if style == "iii":
        return _roman(index + 1)
    if style == "IIII":
        return _roman(index + 1).upper()
    return ""


def question_for_display(
    snapshot: dict[str, Any], *, number: int | None, response: Any, position: int | str = 0
) -> dict[str, Any]:
    """A learner-safe view of a snapshot and the learner's current answer."""
    qtype = snapshot.get("type")
    item: dict[str, Any] = {
        "position": position,
        "number": number,
        "type": qtype,
        "text": snapshot.get("text", ""),
        "is_description": qtype == QuestionType.DESCRIPTION,
        "answered": grading.is_answered(snapshot, response),
        "field": f"q{position}",
    }
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        given = response if isinstance(response, list) else [response]
        chosen = {str(c) for c in given if c is not None}
        style = str(snapshot.get("numbering", "abc"))
        item["options"] = [
            {
                # The option's place in this attempt's order: never its database id.
                "id": option_value(index),
                "text": answer.get("text", ""),
                "label": numbering_label(style, index),
                "checked": str(answer.get("id")) in chosen,
            }
            for index, answer in enumerate(snapshot.get("answers") or [])
        ]
    elif qtype == QuestionType.TRUE_FALSE:
        item["options"] = [
            {"id": "true", "text": None, "label": "", "checked": response == "true"},
            {"id": "false", "text": None, "label": "", "checked": response == "false"},
        ]
    elif qtype in (QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL):
        item["value"] = "" if response is None else str(response)
    elif qtype == QuestionType.MATCHING:
        matched = response if isinstance(response, dict) else {}
        item["choices"] = list(snapshot.get("choices") or [])
        item["prompts"] = [
            {
                "id": str(pair.get("id")),
                "text": pair.get("prompt", ""),
                "value": str(matched.get(str(pair.get("id")), "")),
                "field": f"q{position}_{pair.get('id')}",
            }
            for pair in snapshot.get("pairs") or []
        ]
    elif qtype == QuestionType.ESSAY:
        essay = snapshot.get("essay") or {}
        value = "" if response is None else str(response)
        if response is None and essay.get("template"):
            value = str(essay.get("template"))
        item["value"] = value
        item["max_words"] = essay.get("max_words")
        item["min_words"] = essay.get("min_words")
        item["words"] = grading.word_count(value if response is not None else "")
        item["over_limit"] = bool(essay.get("max_words")) and item["words"] > essay["max_words"]
        problem = grading.essay_word_problem(snapshot, response)
        item["word_problem"] = word_limit_message(problem) if problem else ""
    return item


def response_from_post(snapshot: dict[str, Any], data: Any, position: int) -> tuple[bool, Any]:
    """Read one question's answer from a submitted form. Returns (present, answer).

    ``present`` is False when the form did not carry this question at all, so a page that does
    not show a question never blanks its saved answer.
    """
    qtype = snapshot.get("type")
    field = f"q{position}"
    if f"{field}__shown" not in data:
        return False, None
    if qtype == QuestionType.MULTIPLE_CHOICE:
        values = data.getlist(field) if hasattr(data, "getlist") else data.get(field) or []
        return True, [str(v) for v in values] or None
    if qtype == QuestionType.MATCHING:
        answers = {}
        for pair in snapshot.get("pairs") or []:
            value = data.get(f"{field}_{pair.get('id')}", "")
            if value:
                answers[str(pair.get("id"))] = str(value)
        return True, answers or None
    if qtype == QuestionType.DESCRIPTION:
        return False, None
    value = data.get(field)
    if value is None or str(value).strip() == "":
        return True, None
    return True, str(value)


# The longest typed answer read from a script; quiz fields allow the same.
MAX_TYPED_ANSWER = 1000


def _is_text(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def response_from_json(snapshot: dict[str, Any], value: Any) -> Any:
    """Read an answer sent as JSON by a page's script, in the shape grading expects.

    Raises ValueError when the value does not fit the question's type. Blank answers read as
    None.
    """
    qtype = snapshot.get("type")
    if value is None:
        return None
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE):
        if not _is_text(value):
            raise ValueError(qtype)
        return str(value) or None
    if qtype == QuestionType.MULTIPLE_CHOICE:
        if not isinstance(value, list) or not all(_is_text(v) for v in value):
            raise ValueError(qtype)
        return [str(v) for v in value] or None
    if qtype in (QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL):
        if not _is_text(value) or len(str(value)) > MAX_TYPED_ANSWER:
            raise ValueError(qtype)
        return str(value) if str(value).strip() else None
    if qtype == QuestionType.MATCHING:
        if not isinstance(value, dict) or not all(_is_text(v) for v in value.values()):
            raise ValueError(qtype)
        return {str(k): str(v) for k, v in value.items() if str(v)} or None
    raise ValueError(qtype)


def answer_feedback(snapshot: dict[str, Any], grade: grading.Grade) -> list[str]:
    """The feedback of the answers a response matched, in the order they were matched."""
    by_id = {str(a.get("id")): a for a in snapshot.get("answers") or []}
    return [
        by_id[i]["feedback"] for i in grade.answer_ids if i in by_id and by_id[i].get("feedback")
    ]


def word_limit_message(problem: grading.WordLimitProblem) -> str:
    """What the learner is told about one essay answer outside its word limits."""
    if problem.kind == "over":
        return ngettext(
            "This answer has %(words)s words; the limit is %(limit)s word.",
            "This answer has %(words)s words; the limit is %(limit)s words.",
            problem.limit,
        ) % {"words": problem.words, "limit": problem.limit}
    return ngettext(
        "This answer has %(words)s words; it needs at least %(limit)s word.",
        "This answer has %(words)s words; it needs at least %(limit)s words.",
        problem.limit,
    ) % {"words": problem.words, "limit": problem.limit}


# Review -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewOptions:
    mark: bool
    correctness: bool
    correct_answers: bool
    feedback: bool

    @property
    def anything(self) -> bool:
        return self.mark or self.correctness or self.correct_answers or self.feedback


def marks_shown(quiz: QuizPage, *, now: datetime | None = None) -> bool:
    """Whether the quiz lets learners see the marks of their finished attempts now: the one
    rule for the review page, the quiz page, /my/ and every other page showing a mark."""
    if quiz.review_mark == ReviewWhen.NEVER:
        return False
    if quiz.review_mark == ReviewWhen.AFTER_CLOSE:
        return quiz.is_closed(now or timezone.now())
    return True


def review_options(
    quiz: QuizPage, attempt: Attempt, *, now: datetime | None = None
) -> ReviewOptions:
    """What the learner may see of a finished attempt, by the quiz's review settings."""
    now = now or timezone.now()

    def allowed(when: str) -> bool:
        if not attempt.is_finished or when == ReviewWhen.NEVER:
            return False
        if when == ReviewWhen.AFTER_CLOSE:
            return quiz.is_closed(now)
        return True

    return ReviewOptions(
        mark=allowed(quiz.review_mark),
        correctness=allowed(quiz.review_correctness),
        correct_answers=allowed(quiz.review_correct_answers),
        feedback=allowed(quiz.review_feedback),
    )
