"""Aiken: single-answer multiple-choice questions, one line each, as Moodle reads them.

::

    The Moodle project was started by:
    A) Petr Skoda
    B) Martin Dougiamas
    ANSWER: B

Every line is trimmed and lines shorter than 2 characters are skipped. A choice line is a
capital letter, ``)`` or ``.``, and an optional space (``A)text`` is accepted, as current Moodle
does); ``ANSWER:`` ends the question; any other line starts a new question, so a question
stem is one line. Texts are HTML-escaped and stored as HTML. Line numbers count every line.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import replace

from django.utils.translation import gettext as _

from quizzes.question_types import QuestionType

from . import reading
from .records import (
    Answer,
    Category,
    FormatError,
    ParseError,
    ParseResult,
    Question,
    TextFormat,
    default_name,
    normalise,
    php_trim,
    plain_text,
)
from .validation import validate

_CHOICE = re.compile(r"^[A-Z][).][ \t]?")
_LOWERCASE_ANSWER = re.compile(r"^answer\s*:", re.IGNORECASE)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _escape(text: str) -> str:
    # PHP's htmlspecialchars(…, ENT_NOQUOTES): & < > only, quotes stay as they are.
    return html.escape(text, quote=False)


class _Reader:
    def __init__(
        self, result: ParseResult, shuffle_answers: bool, answer_numbering: str, validate: bool
    ) -> None:
        self.result = result
        self.shuffle_answers = shuffle_answers
        self.answer_numbering = answer_numbering
        self.validate = validate
        self.question: Question | None = None

    def error(self, line: int, message: str) -> None:
        self.result.errors.append(ParseError(line, message))

    def read(self, number: int, line: str) -> None:
        if len(line) < 2:
            return
        if _CHOICE.match(line):
            if self.question is None:
                self.error(
                    number,
                    _("Question not started: this choice line has no question line before it."),
                )
                return
            self.question.answers.append(
                Answer(
                    text=_escape(php_trim(line[2:])),
                    text_format=TextFormat.HTML,
                    feedback_format=TextFormat.HTML,
                    line=number,
                )
            )
        elif line.startswith("ANSWER:"):
            if self.question is None:
                self.error(
                    number,
                    _("Question not started: this ANSWER line has no question line before it."),
                )
                return
            question, self.question = self.question, None
            self.finish(question, number, php_trim(line[len("ANSWER:") :])[:1])
        elif _LOWERCASE_ANSWER.match(line):
            if self.question is not None:
                self.error(
                    number,
                    _(
                        'Question "%(name)s": write "ANSWER:" in capital letters, with the colon '
                        'right after it (for example "ANSWER: B").'
                    )
                    % {"name": self.question.name},
                )
                self.question = None
            else:
                self.error(
                    number,
                    _("Question not started: this ANSWER line has no question line before it."),
                )
        else:
            if self.question is not None:
                self.error(
                    number,
                    _(
                        'Question "%(name)s" is not completed before the next question starts '
                        "on line %(line)s: it has no ANSWER line. A question takes one line."
                    )
                    % {"name": self.question.name, "line": number},
                )
            self.question = Question(
                type=QuestionType.SINGLE_CHOICE,
                name=default_name(line, _("Question name")),
                text=_escape(line),
                text_format=TextFormat.HTML,
                general_feedback_format=TextFormat.HTML,
                shuffle_answers=self.shuffle_answers,
                answer_numbering=self.answer_numbering,
                correct_feedback_format=TextFormat.HTML,
                partially_correct_feedback_format=TextFormat.HTML,
                incorrect_feedback_format=TextFormat.HTML,
                line=number,
            )

    def finish(self, question: Question, number: int, letter: str) -> None:
        if len(question.answers) < 2:
            self.error(
                number,
                _('Question "%(name)s" must have at least %(count)s answers; it has %(found)s.')
                % {"name": question.name, "count": 2, "found": len(question.answers)},
            )
            return
        index = LETTERS.find(letter) if letter else -1
        if not 0 <= index < len(question.answers):
            self.error(
                number,
                _(
                    'Question "%(name)s": "ANSWER: %(letter)s" does not name one of its choices '
                    "(A to %(last)s)."
                )
                % {
                    "name": question.name,
                    "letter": letter,
                    "last": LETTERS[min(len(question.answers), 26) - 1],
                },
            )
            return
        question.answers[index].fraction = 1.0
        question = normalise(question)
        if self.validate:
            problems = validate(question)
            if problems:
                self.result.errors.extend(problems)
                return
        self.result.questions.append(question)

    def end(self) -> None:
        if self.question is not None:
            self.error(
                self.question.line,
                _('Question "%(name)s" is not completed: it has no ANSWER line.')
                % {"name": self.question.name},
            )


def parse(
    data: bytes | str,
    *,
    shuffle_answers: bool = True,
    answer_numbering: str = "abc",
    validate: bool = True,
    max_bytes: int = reading.MAX_BYTES,
) -> ParseResult:
    """Parse an Aiken file; the keyword arguments are as for ``gift.parse``."""
    result = ParseResult()
    try:
        text = reading.decode_text(data, label="Aiken", max_bytes=max_bytes)
    except FormatError as exc:
        result.errors.append(exc.error)
        return result
    reader = _Reader(result, shuffle_answers, answer_numbering, validate)
    for number, line in enumerate(reading.split_lines(text), start=1):
        reader.read(number, php_trim(line))
        if reading.too_many(result, number):
            return result
    reader.end()
    return reading.finish(result)


def _flat(text: str, text_format: TextFormat) -> str:
    return plain_text(text, text_format)


def exportable(question: Question) -> bool:
    """Aiken holds valid single-answer choice questions of at most 26 one-line choices."""
    if question.type != QuestionType.SINGLE_CHOICE or not 2 <= len(question.answers) <= 26:
        return False
    if validate(question):
        return False
    stem = _flat(question.text, question.text_format)
    if len(stem) < 2 or _CHOICE.match(stem) or _LOWERCASE_ANSWER.match(stem):
        return False
    if not any(answer.fraction == 1 for answer in question.answers):
        return False
    return all(_flat(a.text, a.text_format) for a in question.answers)


def export(questions: Iterable[Question], categories: Iterable[Category] = ()) -> str:
    """Aiken text for the questions Aiken can hold (see ``exportable``); others are left out,
    as Moodle's Aiken export leaves them out. Partial credit is lost: only the first 100%
    answer is named."""
    blocks = []
    for question in map(normalise, questions):
        if not exportable(question):
            continue
        lines = [_flat(question.text, question.text_format)]
        for index, answer in enumerate(question.answers):
            lines.append(f"{LETTERS[index]}) {_flat(answer.text, answer.text_format)}")
        correct = next(i for i, a in enumerate(question.answers) if a.fraction == 1)
        lines.append(f"ANSWER: {LETTERS[correct]}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def round_trip_form(
    question: Question, *, shuffle_answers: bool = True, answer_numbering: str = "abc"
) -> Question:
    """The question as it comes back from an Aiken export and import."""
    stem = _flat(question.text, question.text_format)
    correct = next(i for i, a in enumerate(question.answers) if a.fraction == 1)
    return normalise(
        Question(
            type=QuestionType.SINGLE_CHOICE,
            name=default_name(stem, _("Question name")),
            text=_escape(stem),
            text_format=TextFormat.HTML,
            general_feedback_format=TextFormat.HTML,
            shuffle_answers=shuffle_answers,
            answer_numbering=answer_numbering,
            correct_feedback_format=TextFormat.HTML,
            partially_correct_feedback_format=TextFormat.HTML,
            incorrect_feedback_format=TextFormat.HTML,
            answers=[
                replace(
                    Answer(
                        text=_escape(_flat(answer.text, answer.text_format)),
                        text_format=TextFormat.HTML,
                        feedback_format=TextFormat.HTML,
                    ),
                    fraction=1.0 if index == correct else 0.0,
                )
                for index, answer in enumerate(question.answers)
            ],
        )
    )
