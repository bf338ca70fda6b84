"""The one validator of questions, with messages that name the question and the value: every
importer runs it on what it reads, every exporter on what it writes, and the question editor on
what a trainer saves, so that what one accepts the others accept too.

The rules are Moodle's checks on saving a question. Moodle checks answer weights against a fixed
list (``question_bank::fraction_options_full``) before saving, then each question type checks its
own rules when it saves: a single-answer question needs a 100% answer, the positive weights of a
multiple-answer question add up to 100% (after rounding to two decimals, so three times
33.33333% passes), and short-answer and numerical questions need a 100% answer. Numerical
answers are numbers written with a dot, and an essay's word limit is not below its minimum.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from django.utils.translation import gettext as _

from quizzes.question_types import CHOICE_TYPES, WEIGHTED_TYPES, QuestionType

from .records import (
    WILDCARD,
    Answer,
    ParseError,
    Question,
    is_number,
)

_POSITIVE_GRADES = (
    1.0,
    0.9,
    0.8333333,
    0.8,
    0.75,
    0.7,
    0.6666667,
    0.6,
    0.5,
    0.4,
    0.3333333,
    0.3,
    0.25,
    0.2,
    0.1666667,
    0.1428571,
    0.125,
    0.1111111,
    0.1,
    0.05,
)
ALLOWED_GRADES: tuple[float, ...] = (*_POSITIVE_GRADES, 0.0, *(-g for g in _POSITIVE_GRADES))


def match_grade(fraction: float) -> float | None:
    """The allowed grade within 0.00001 of ``fraction`` (as Moodle matches), else None."""
    for grade in ALLOWED_GRADES:
        if abs(fraction - grade) < 0.00001:
            return grade
    return None


def snap_fraction(fraction: float) -> float:
    """Moodle stores the allowed grade a weight matched (33.33333% -> 0.3333333)."""
    grade = match_grade(fraction)
    return fraction if grade is None else grade


def weight_from_percent(percent: float) -> float:
    """A weight written as a percentage (33.33333) as a fraction of the mark, snapped to the
    Moodle grade it lies within 0.00001 of. Every importer reads a weight this way, and the
    question editor reads its weights through a percentage too, so that they judge one alike."""
    return snap_fraction(percent / 100)


def percent(fraction: float) -> str:
    """A fraction as the percentage a trainer writes: 0.3333333 -> "33.33333", 1 -> "100"."""
    if not math.isfinite(fraction):
        return str(fraction)
    text = f"{fraction * 100:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def allowed_percentages() -> str:
    return ", ".join(percent(g) for g in _POSITIVE_GRADES) + ", 0"


def not_a_number(name: str, value: str) -> str:
    """What a trainer is told about a numerical answer that is not a number."""
    return _(
        'Question "%(name)s": "%(value)s" is not a number (write 3.14, with a dot, or * for any '
        "other answer)."
    ) % {"name": name, "value": value}


def refusals(questions: Iterable[Question]) -> list[str]:
    """The messages of ``validate`` for every question: what an exporter refuses to write, since
    no importer would read it back."""
    return [error.message for question in questions for error in validate(question)]


def validate(question: Question) -> list[ParseError]:
    """Every reason to refuse this question (empty when it is fine)."""
    errors: list[ParseError] = []
    name = question.name
    line = question.line

    def error(message: str, at: int | None = None) -> None:
        errors.append(ParseError(at or line, message))

    if not question.text:
        error(_('Question "%(name)s" has no question text.') % {"name": name})
    if not math.isfinite(question.default_mark) or question.default_mark < 0:
        error(
            _('Question "%(name)s": the default mark %(value)s is not a positive number.')
            % {"name": name, "value": question.default_mark}
        )
    if not math.isfinite(question.penalty) or not 0 <= question.penalty <= 1:
        error(
            _('Question "%(name)s": the penalty %(value)s is not between 0 and 1.')
            % {"name": name, "value": question.penalty}
        )

    qtype = question.type
    if qtype in WEIGHTED_TYPES:
        errors.extend(_check_answers(question))
    elif qtype == QuestionType.TRUE_FALSE:
        texts = sorted(a.text for a in question.answers)
        fractions = sorted(a.fraction for a in question.answers)
        if texts != ["false", "true"] or fractions != [0.0, 1.0]:
            error(
                _(
                    'Question "%(name)s": a true/false question needs the answers "true" and '
                    '"false", one of them worth 100%%.'
                )
                % {"name": name}
            )
    elif qtype == QuestionType.ESSAY and question.essay is not None:
        minimum, maximum = question.essay.min_word_limit, question.essay.max_word_limit
        if minimum and maximum and minimum > maximum:
            error(
                _(
                    'Question "%(name)s": the word limit %(maximum)s is below the minimum '
                    "%(minimum)s."
                )
                % {"name": name, "maximum": maximum, "minimum": minimum}
            )
    elif qtype == QuestionType.MATCHING:
        prompts = [pair for pair in question.pairs if pair.prompt]
        if len(prompts) < 2:
            error(
                _('Question "%(name)s" needs at least 2 items to match; it has %(count)s.')
                % {"name": name, "count": len(prompts)}
            )
        for number, pair in enumerate(question.pairs, start=1):
            if not pair.answer:
                error(
                    _('Question "%(name)s": item %(number)s has nothing to match it with.')
                    % {"name": name, "number": number},
                    pair.line,
                )
    return errors


def _check_answers(question: Question) -> list[ParseError]:
    name = question.name
    qtype = question.type
    errors: list[ParseError] = []
    answers = question.answers
    for number, answer in enumerate(answers, start=1):
        if not answer.text:
            errors.append(
                ParseError(
                    answer.line or question.line,
                    _('Question "%(name)s": answer %(number)s has no text.')
                    % {"name": name, "number": number},
                )
            )
    if qtype == QuestionType.NUMERICAL:
        errors.extend(
            ParseError(answer.line or question.line, not_a_number(name, answer.text))
            for answer in answers
            if answer.text and answer.text != WILDCARD and not is_number(answer.text)
        )
    minimum = 2 if qtype in CHOICE_TYPES else 1
    if len(answers) < minimum:
        errors.append(
            ParseError(
                question.line,
                _('Question "%(name)s" must have at least %(count)s answers; it has %(found)s.')
                % {"name": name, "count": minimum, "found": len(answers)}
                if minimum > 1
                else _('Question "%(name)s" has no answer.') % {"name": name},
            )
        )
    if errors:
        return errors

    over = [a for a in answers if abs(a.fraction) > 1 + 1e-9]
    if over:
        return [
            ParseError(
                a.line or question.line,
                _(
                    'Question "%(name)s": the weight %(value)s%% of answer "%(answer)s" is '
                    "more than 100%%."
                )
                % {"name": name, "value": percent(a.fraction), "answer": _short(a)},
            )
            for a in over
        ]
    invalid = [a for a in answers if match_grade(a.fraction) is None]
    if invalid:
        values = ", ".join(f"{percent(a.fraction)}%" for a in invalid)
        return [
            ParseError(
                invalid[0].line or question.line,
                _(
                    'Question "%(name)s": invalid weight(s) %(values)s. Moodle allows only '
                    "these percentages (and their negatives): %(allowed)s."
                )
                % {"name": name, "values": values, "allowed": allowed_percentages()},
            )
        ]

    best = max(a.fraction for a in answers)
    if qtype == QuestionType.MULTIPLE_CHOICE:
        total = round(sum(a.fraction for a in answers if a.fraction > 0), 2)
        if total != 1:
            errors.append(
                ParseError(
                    question.line,
                    _(
                        'Question "%(name)s" accepts several answers, so its positive weights '
                        "must add up to 100%%; they add up to %(value)s%%."
                    )
                    % {"name": name, "value": percent(total)},
                )
            )
    elif qtype == QuestionType.SINGLE_CHOICE:
        if best != 1:
            errors.append(
                ParseError(
                    question.line,
                    _(
                        'Question "%(name)s" accepts one answer, so one answer must be worth '
                        "100%%; the best is worth %(value)s%%."
                    )
                    % {"name": name, "value": percent(best)},
                )
            )
    elif best != 1:
        errors.append(
            ParseError(
                question.line,
                _(
                    'Question "%(name)s": one of the answers must be worth 100%% so that full '
                    "marks are possible; the best is worth %(value)s%%."
                )
                % {"name": name, "value": percent(best)},
            )
        )
    if qtype == QuestionType.NUMERICAL:
        for answer in answers:
            tolerance = answer.tolerance
            if answer.text != WILDCARD and (
                tolerance is None or not math.isfinite(tolerance) or tolerance < 0
            ):
                errors.append(
                    ParseError(
                        answer.line or question.line,
                        _(
                            'Question "%(name)s": the tolerance of answer "%(answer)s" must '
                            "be zero or more."
                        )
                        % {"name": name, "answer": _short(answer)},
                    )
                )
    return errors


def _short(answer: Answer) -> str:
    text = " ".join(answer.text.split())
    return text if len(text) <= 40 else text[:37] + "..."
