"""GIFT, Moodle's plain-text question format: a parser that reads files as Moodle does, and an
exporter whose output Moodle and our parser read back unchanged.

This module reads (``parse``, ``read_question``); ``gift_writer`` writes (``export``, ``problems``,
``round_trip_form``, re-exported here) and ``gift_source`` holds the escapes and spans.

The parser follows Moodle's ``qformat_gift`` step by step (see the fixtures' SPEC.md §1):
blank lines separate questions; ``//`` lines are comments that may carry ``[id:…]`` and
``[tag:…]``; ``::name::``; the answer block runs from the first unescaped ``{`` to the first
unescaped ``}``; text after it turns the question into a missing-word one (``_____``); the type
is decided from the answer block in Moodle's order. The deliberate differences from Moodle are
listed in README.md next to this module.

Escapes (``\\~ \\= \\# \\{ \\} \\:`` and ``\\n``) are marked once, up front, as Moodle's
``escapedchar_pre`` does, but with one character standing for each escaped one instead of
Moodle's ``&&058;`` placeholders: a trainer who types ``&&058;`` keeps it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from django.utils.translation import gettext as _

from quizzes.question_types import QuestionType

from . import reading
from .gift_source import FORMAT_TAGS, SURROGATES, Span, source
from .gift_writer import export as export
from .gift_writer import problems as problems
from .gift_writer import round_trip_form as round_trip_form
from .records import (
    WILDCARD,
    Answer,
    Category,
    EssayOptions,
    FormatError,
    Pair,
    ParseError,
    ParseResult,
    Question,
    TextFormat,
    add_category,
    category_from_moodle_path,
    clean_name,
    clean_text,
    default_name,
    format_number,
    is_number,
    normalise,
    php_trim,
    tidy_float,
)
from .validation import not_a_number, validate, weight_from_percent

TRUE_FALSE_KEYS = {"T": True, "TRUE": True, "F": False, "FALSE": False}

# Moodle's weight syntax: %50%, %-100%, %33.33333% (the number is read up to the closing %).
_WEIGHT = re.compile(r"^%(-?[0-9]{1,2}\.?[0-9]*)%")
# Something that was meant as a weight but is not one: %33,3%, % 50%, %-x%…
_BROKEN_WEIGHT = re.compile(r"^%[^%\n]{0,12}%")
_CLOZE = re.compile(
    r"^\d*:(?:MULTICHOICE|MC|MULTIRESPONSE|MR|SHORTANSWER|SA|MW|SHORTANSWER_C|SAC|MWC|"
    r"NUMERICAL|NM)(?:_[A-Z]+)?:"
)
_ID_TOKEN = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f\x7f])+)\]")
_TAG_TOKEN = re.compile(r"\[tag:((?:\\\]|[^\]<>\x00-\x1f\x7f])+)\]")


# Reading ------------------------------------------------------------------------------------


class _Refused(Exception):
    """This question cannot be imported; the rest of the file goes on."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def extract_idnumber_and_tags(comment: str) -> tuple[str, list[str]]:
    """The ``[id:…]`` and ``[tag:…]`` tokens of a question's comment lines, as Moodle reads them."""
    idnumber = ""
    match = _ID_TOKEN.search(comment)
    if match:
        idnumber = match.group(1).replace("\\]", "]").strip()
    tags = [m.group(1).replace("\\]", "]").strip() for m in _TAG_TOKEN.finditer(comment)]
    return idnumber, [tag for tag in tags if tag]


def _with_format(span: Span | str, default: TextFormat) -> tuple[TextFormat, str]:
    """A text with its optional ``[html]``-style prefix, as Moodle's parse_text_with_format."""
    value = php_trim(span if isinstance(span, str) else span.value)
    if value.startswith("["):
        end = value.find("]")
        tag = FORMAT_TAGS.get(value[1:end]) if end > 0 else None
        if tag is not None:
            return tag, clean_text(value[end + 1 :])
    return default, clean_text(value)


def _split_feedback(piece: Span) -> tuple[Span, Span | None]:
    index = piece.find("#")
    if index < 0:
        return piece, None
    return piece.cut(0, index), piece.cut(index + 1)


@dataclass
class _Options:
    shuffle_answers: bool
    answer_numbering: str
    validate: bool


class _Reader:
    def __init__(self, result: ParseResult, options: _Options) -> None:
        self.result = result
        self.options = options
        self.category: str | None = None

    def read(self, lines: list[tuple[int, str]]) -> None:
        """One block of lines: a question, a category switch, or nothing (comments only)."""
        comments = []
        content: list[tuple[int, str]] = []
        for number, line in lines:
            if php_trim(line).startswith("//"):
                comments.append(php_trim(line))
                content.append((number, " "))
            else:
                content.append((number, line))
        span = source(content).strip()
        if not len(span):
            return
        if span.startswith("$CATEGORY:"):
            self._switch_category(span)
            return
        try:
            question = self._question(span, "\n".join(comments) + "\n")
        except _Refused as refused:
            self.result.errors.append(ParseError(refused.line, refused.message))
            return
        question = normalise(question)
        if self.options.validate:
            problems = validate(question)
            if problems:
                self.result.errors.extend(problems)
                return
        self.result.questions.append(question)

    def _switch_category(self, span: Span) -> None:
        path = category_from_moodle_path(span.cut(len("$CATEGORY:")).value)
        self.category = path
        if path:
            add_category(self.result.categories, Category(path=path, line=span.line_at()))

    def _question(self, span: Span, comments: str) -> Question:
        line = span.line_at()
        name: str | None = None
        if span.startswith("::"):
            rest = span.cut(2)
            end = rest.find("::")
            if end >= 0:
                name = clean_name(rest.cut(0, end).value)
                span = rest.cut(end + 2).strip()
            else:
                span = rest
        label = name or default_name(_with_format(span, TextFormat.MOODLE)[1], "…")

        opening, closing = span.find("{"), span.find("}")
        answers: Span | None = None
        if opening < 0 and closing < 0:
            text_value = span.value
        else:
            self._check_braces(span, opening, closing, label)
            answers = span.cut(opening + 1, closing).strip()
            before, after = span.cut(0, opening).value, span.cut(closing + 1).value
            # As in Moodle: when the text goes on after "}", the answers leave a blank there.
            blank = "" if span.endswith("}") else "_____"
            text_value = before + blank + after

        general_feedback = ""
        text_format, text = _with_format(text_value, TextFormat.MOODLE)
        general_format = text_format
        if answers is not None:
            separator = answers.rfind("####")
            if separator >= 0:
                general_format, general_feedback = _with_format(
                    answers.cut(separator + 4), text_format
                )
                answers = answers.cut(0, separator).strip()
        idnumber, tags = extract_idnumber_and_tags(comments)
        question = Question(
            type=QuestionType.DESCRIPTION,
            name=name or default_name(text, _("Question name")),
            text=text,
            text_format=text_format,
            general_feedback=general_feedback,
            general_feedback_format=general_format,
            category=self.category,
            tags=tags,
            idnumber=idnumber or None,
            correct_feedback_format=text_format,
            partially_correct_feedback_format=text_format,
            incorrect_feedback_format=text_format,
            line=line,
        )
        if answers is None:
            return replace(question, default_mark=0.0)
        if not len(answers):
            return replace(question, type=QuestionType.ESSAY, essay=EssayOptions())
        value = answers.value
        if value.count("~") + value.count("=") > reading.MAX_ANSWERS:
            raise _Refused(
                line,
                _('Question "%(name)s" has more than %(count)s answers.')
                % {"name": question.name, "count": reading.MAX_ANSWERS},
            )
        if answers.startswith("#"):
            return self._numerical(question, answers.cut(1))
        if _CLOZE.match(answers.value):
            raise _Refused(
                line,
                _(
                    'Question "%(name)s" uses embedded answers (Cloze), which GIFT files cannot '
                    "hold and we do not support."
                )
                % {"name": question.name},
            )
        if answers.find("~") >= 0:
            return self._choice(question, answers)
        if answers.find("=") >= 0 and answers.find("->") >= 0:
            return self._matching(question, answers)
        check = answers
        hash_index = answers.find("#")
        if hash_index > 0:
            check = answers.cut(0, hash_index).strip()
        if check.value in TRUE_FALSE_KEYS:
            return self._true_false(question, answers)
        return self._short_answer(question, answers)

    def _check_braces(self, span: Span, opening: int, closing: int, label: str) -> None:
        def hint() -> str:
            return _(
                "A question may not contain a blank line: write \\n where you want a line break."
            )

        if closing < 0:
            raise _Refused(
                span.line_at(opening),
                _('Question "%(name)s": "{" is never closed with "}".') % {"name": label}
                + " "
                + hint(),
            )
        if opening < 0 or closing < opening:
            raise _Refused(
                span.line_at(closing),
                _('Question "%(name)s": "}" has no "{" before it.') % {"name": label}
                + " "
                + hint(),
            )
        extra = max(span.find("{", closing + 1), span.find("}", closing + 1))
        if extra >= 0:
            raise _Refused(
                span.line_at(extra),
                _(
                    'Question "%(name)s" has a second "{" or "}" after its answers. A question has '
                    "one answer block; write \\{ and \\} for braces in the text."
                )
                % {"name": label},
            )

    def _weight(self, question: Question, piece: Span, default: float) -> tuple[float, Span]:
        value = piece.value
        match = _WEIGHT.match(value)
        if match:
            return weight_from_percent(float(match.group(1))), piece.cut(match.end())
        broken = _BROKEN_WEIGHT.match(value)
        if broken and any(c.isdigit() for c in broken.group()):
            raise _Refused(
                piece.line_at(),
                _(
                    'Question "%(name)s": the weight "%(value)s" is not written like %%50%% or '
                    "%%33.33333%% (no spaces, a dot for decimals)."
                )
                % {"name": question.name, "value": broken.group()},
            )
        return default, piece

    def _choice(self, question: Question, block: Span) -> Question:
        single = block.find("=") >= 0
        marks = block.positions("~=")
        pieces: list[Span] = []
        head = block.cut(0, marks[0]).strip()
        if len(head):
            pieces.append(head)
        for number, mark in enumerate(marks):
            end = marks[number + 1] if number + 1 < len(marks) else len(block)
            start = mark if block.char(mark) == "=" else mark + 1
            pieces.append(block.cut(start, end).strip())
        if len(pieces) < 2:
            raise _Refused(
                question.line,
                _('Question "%(name)s" must have at least %(count)s answers; it has %(found)s.')
                % {"name": question.name, "count": 2, "found": len(pieces)},
            )
        answers = []
        for piece in pieces:
            if piece.startswith("="):
                fraction, rest = 1.0, piece.cut(1).strip()
                weight = _WEIGHT.match(rest.value)
                if weight and float(weight.group(1)) == 100:
                    rest = rest.cut(weight.end())
                elif weight:
                    raise _Refused(
                        piece.line_at(),
                        _(
                            'Question "%(name)s": "=" marks a correct answer and cannot take a '
                            'weight; write "~%(weight)s" for a partly correct one.'
                        )
                        % {"name": question.name, "weight": weight.group()},
                    )
            else:
                fraction, rest = self._weight(question, piece, 0.0)
            text_span, feedback_span = _split_feedback(rest)
            text_format, text = _with_format(text_span, question.text_format)
            feedback_format, feedback = question.text_format, ""
            if feedback_span is not None:
                feedback_format, feedback = _with_format(feedback_span, question.text_format)
            answers.append(
                Answer(
                    text=text,
                    fraction=fraction,
                    feedback=feedback,
                    text_format=text_format,
                    feedback_format=feedback_format,
                    line=piece.line_at(),
                )
            )
        return replace(
            question,
            type=QuestionType.SINGLE_CHOICE if single else QuestionType.MULTIPLE_CHOICE,
            answers=answers,
            shuffle_answers=self.options.shuffle_answers,
            answer_numbering=self.options.answer_numbering,
        )

    def _pieces(self, block: Span) -> list[Span]:
        pieces = block.split("=")
        if not len(pieces[0].strip()):
            pieces = pieces[1:]
        return [piece.strip() for piece in pieces]

    def _short_answer(self, question: Question, block: Span) -> Question:
        answers = []
        for piece in self._pieces(block):
            fraction, rest = self._weight(question, piece, 1.0)
            text_span, feedback_span = _split_feedback(rest)
            feedback_format, feedback = question.text_format, ""
            if feedback_span is not None:
                feedback_format, feedback = _with_format(feedback_span, question.text_format)
            answers.append(
                Answer(
                    text=_with_format(text_span, question.text_format)[1],
                    fraction=fraction,
                    feedback=feedback,
                    feedback_format=feedback_format,
                    line=piece.line_at(),
                )
            )
        return replace(question, type=QuestionType.SHORT_ANSWER, answers=answers)

    def _true_false(self, question: Question, block: Span) -> Question:
        parts = block.split("#", limit=2)
        key = _with_format(parts[0], question.text_format)[1]
        wrong = right = (question.text_format, "")
        if len(parts) > 1:
            wrong = _with_format(parts[1], question.text_format)
        if len(parts) > 2:
            right = _with_format(parts[2], question.text_format)
        correct = TRUE_FALSE_KEYS[key]
        on_true, on_false = (right, wrong) if correct else (wrong, right)
        return replace(
            question,
            type=QuestionType.TRUE_FALSE,
            penalty=1.0,
            answers=[
                Answer("true", 1.0 if correct else 0.0, on_true[1], feedback_format=on_true[0]),
                Answer("false", 0.0 if correct else 1.0, on_false[1], feedback_format=on_false[0]),
            ],
        )

    def _matching(self, question: Question, block: Span) -> Question:
        pieces = self._pieces(block)
        if len(pieces) < 2:
            raise _Refused(
                question.line,
                _('Question "%(name)s" needs at least 2 items to match; it has %(count)s.')
                % {"name": question.name, "count": len(pieces)},
            )
        pairs = []
        for piece in pieces:
            arrow = piece.find("->")
            if arrow < 0:
                raise _Refused(
                    piece.line_at(),
                    _(
                        'Question "%(name)s": "%(pair)s" has no "->" between the item and its '
                        "match; write each pair as =item -> match."
                    )
                    % {"name": question.name, "pair": clean_text(piece.value)},
                )
            prompt_format, prompt = _with_format(piece.cut(0, arrow), question.text_format)
            pairs.append(
                Pair(
                    prompt=prompt,
                    answer=clean_text(piece.cut(arrow + 2).value),
                    prompt_format=prompt_format,
                    line=piece.line_at(),
                )
            )
        return replace(
            question,
            type=QuestionType.MATCHING,
            pairs=pairs,
            shuffle_answers=self.options.shuffle_answers,
        )

    def _numerical(self, question: Question, block: Span) -> Question:
        wrong: Span | None = None
        tilde = block.find("~")
        if tilde >= 0:
            wrong, block = block.cut(tilde), block.cut(0, tilde)
        pieces = self._pieces(block)
        if not pieces:
            raise _Refused(
                question.line,
                _(
                    'Question "%(name)s": a numerical question needs at least one answer, such '
                    "as {#3.14:0.01}."
                )
                % {"name": question.name},
            )
        answers = []
        for piece in pieces:
            fraction, rest = self._weight(question, piece, 1.0)
            text_span, feedback_span = _split_feedback(rest)
            feedback_format, feedback = question.text_format, ""
            if feedback_span is not None:
                feedback_format, feedback = _with_format(feedback_span, question.text_format)
            value, tolerance = self._number(question, piece, text_span)
            answers.append(
                Answer(
                    text=value,
                    fraction=fraction,
                    feedback=feedback,
                    tolerance=tolerance,
                    feedback_format=feedback_format,
                    line=piece.line_at(),
                )
            )
        if wrong is not None:
            feedback_span = _split_feedback(wrong)[1]
            feedback_format, feedback = question.text_format, ""
            if feedback_span is not None:
                feedback_format, feedback = _with_format(feedback_span, question.text_format)
            answers.append(
                Answer(
                    WILDCARD, 0.0, feedback, feedback_format=feedback_format, line=wrong.line_at()
                )
            )
        return replace(question, type=QuestionType.NUMERICAL, answers=answers)

    def _number(self, question: Question, piece: Span, span: Span) -> tuple[str, float | None]:
        text = _with_format(span, question.text_format)[1]

        def refuse(value: str) -> _Refused:
            return _Refused(piece.line_at(), not_a_number(question.name, value))

        dots = text.find("..")
        if dots > 0:
            low, high = php_trim(text[:dots]), php_trim(text[dots + 2 :])
            for bound in (low, high):
                if not is_number(bound):
                    raise refuse(bound)
            middle = (float(low) + float(high)) / 2
            return format_number(tidy_float(middle)), tidy_float(float(high) - middle)
        colon = text.find(":")
        value, tolerance = text, "0"
        if colon > 0:
            value, tolerance = php_trim(text[:colon]), php_trim(text[colon + 1 :])
        if value == WILDCARD:
            return WILDCARD, None
        if not is_number(value):
            raise refuse(value)
        if not is_number(tolerance):
            raise refuse(tolerance)
        return value, float(tolerance)


def read_question(
    lines: list[str],
    first_line: int = 1,
    *,
    shuffle_answers: bool = True,
    answer_numbering: str = "abc",
    validate: bool = True,
) -> ParseResult:
    """Read one question from its lines as given (Moodle's ``readquestion``, without the
    per-line trimming that reading a whole file applies)."""
    result = ParseResult()
    reader = _Reader(result, _Options(shuffle_answers, answer_numbering, validate))
    numbered = [(n, SURROGATES.sub("\ufffd", line)) for n, line in enumerate(lines, first_line)]
    if numbered:
        reader.read(numbered)
    return result


def parse(
    data: bytes | str,
    *,
    shuffle_answers: bool = True,
    answer_numbering: str = "abc",
    validate: bool = True,
    max_bytes: int = reading.MAX_BYTES,
) -> ParseResult:
    """Parse a GIFT file. ``shuffle_answers`` and ``answer_numbering`` play the part of
    Moodle's site defaults, which GIFT questions take; ``validate=False`` skips the checks
    Moodle makes only when saving (weights, sums, a 100% answer)."""
    result = ParseResult()
    try:
        text = reading.decode_text(data, label="GIFT", max_bytes=max_bytes)
    except FormatError as exc:
        result.errors.append(exc.error)
        return result
    reader = _Reader(result, _Options(shuffle_answers, answer_numbering, validate))
    block: list[tuple[int, str]] = []
    for number, raw in enumerate(reading.split_lines(text), start=1):
        line = php_trim(raw)
        if line:
            block.append((number, line))
        elif block:
            reader.read(block)
            block = []
            if reading.too_many(result, number):
                return result
    if block:
        reader.read(block)
    return reading.finish(result)
