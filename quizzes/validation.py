"""Rules a question must follow to be usable, as a pure function (the admin form and imports
share it). Weights are checked as Moodle checks them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from quizzes import grading
from quizzes.question_types import QuestionType

ONE = Decimal("1")


@dataclass(frozen=True)
class AnswerData:
    text: str
    fraction: Decimal
    tolerance: Decimal | None = None


@dataclass(frozen=True)
class PairData:
    prompt: str
    answer: str


def split_range(text: str) -> tuple[Decimal, Decimal] | None:
    """ "1..5" -> (midpoint 3, half-width 2); None when the text is not a range."""
    if ".." not in text:
        return None
    low_text, _sep, high_text = text.partition("..")
    low, high = grading.parse_number(low_text), grading.parse_number(high_text)
    if low is None or high is None:
        return None
    if low > high:
        low, high = high, low
    return (low + high) / 2, (high - low) / 2


def validate_question(
    qtype: str, answers: Sequence[AnswerData], pairs: Sequence[PairData]
) -> list[str]:
    """Messages, in the user's language, for everything wrong; an empty list when usable."""
    errors: list[str] = []
    answers = [a for a in answers if str(a.text).strip()]
    fractions = [a.fraction for a in answers]
    for answer in answers:
        if not -ONE <= answer.fraction <= ONE:
            errors.append(
                _("The weight of answer %(answer)s must be between -100%% and 100%%.")
                % {"answer": answer.text}
            )
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE) and len(answers) < 2:
        errors.append(_("A choice question needs at least two answers."))
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL):
        if not answers:
            errors.append(_("Give at least one answer."))
        elif max(fractions) != ONE:
            errors.append(_("One of the answers must be worth 100%."))
    if qtype == QuestionType.MULTIPLE_CHOICE and answers:
        positive = sum((f for f in fractions if f > 0), Decimal("0"))
        if abs(positive - ONE) > Decimal("0.0001"):
            errors.append(
                _("The positive weights must add up to 100%% (they add up to %(total)s%%).")
                % {"total": (positive * 100).quantize(Decimal("0.01"))}
            )
    if qtype == QuestionType.TRUE_FALSE:
        texts = sorted(a.text.strip().lower() for a in answers)
        if texts != ["false", "true"]:
            errors.append(_('A true/false question has exactly the answers "true" and "false".'))
        elif max(fractions) != ONE:
            errors.append(_("Either true or false must be worth 100%."))
    if qtype == QuestionType.NUMERICAL:
        for answer in answers:
            text = answer.text.strip()
            if text != "*" and split_range(text) is None and grading.parse_number(text) is None:
                errors.append(_("%(answer)s is not a number.") % {"answer": text})
    if qtype == QuestionType.MATCHING:
        prompted = [p for p in pairs if str(p.prompt).strip()]
        if len(prompted) < 2:
            errors.append(_("A matching question needs at least two prompts with their answers."))
        if any(not str(p.answer).strip() for p in pairs):
            errors.append(_("Every matching prompt needs an answer."))
    if qtype in (QuestionType.ESSAY, QuestionType.DESCRIPTION) and answers:
        errors.append(_("This type of question has no answers to choose from."))
    return errors


def as_answer_data(rows: Sequence[dict[str, Any]]) -> list[AnswerData]:
    return [
        AnswerData(
            text=str(row.get("text") or ""),
            fraction=grading.to_decimal(row.get("fraction")),
            tolerance=None
            if row.get("tolerance") in (None, "")
            else grading.to_decimal(row.get("tolerance")),
        )
        for row in rows
    ]
