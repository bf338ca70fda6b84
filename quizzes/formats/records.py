"""Plain question records shared by every import/export format, with no database in sight.

A ``Question`` is what a parser yields and an exporter consumes. Its ``to_json()`` is the shape
the issue fixes for ``import_questions --json``; the other fields carry what the formats carry
(text formats, penalties, shuffling, embedded files, essay options…) so that a round trip
through Moodle XML is lossless and through the other formats loses only what they cannot say.

``normalise()`` puts a record in its canonical form (trimmed texts, cleaned name and tags,
fields that mean nothing for its type reset). Every parser returns normalised records, so two
records that mean the same question compare equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from typing import Any

from quizzes.question_types import (
    CHOICE_TYPES,
    COMBINED_FEEDBACK_TYPES,
    HINTED_TYPES,
    WEIGHTED_TYPES,
    AnswerNumbering,
    EssayFormat,
    QuestionType,
)
from quizzes.question_types import TextFormat as TextFormat  # the formats read it from here

ANSWER_NUMBERINGS = tuple(AnswerNumbering.values)
ESSAY_RESPONSE_FORMATS = tuple(EssayFormat.values)
DEFAULT_PENALTY = 0.3333333
WILDCARD = "*"

# PHP's trim() set: Moodle trims with it, and a non-breaking space is not in it.
PHP_WHITESPACE = " \t\n\r\0\x0b"
# Characters XML 1.0 cannot carry at all (not even escaped), plus lone surrogates.
_ILLEGAL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# A number as Moodle reads one: a dot for decimals, an optional exponent.
_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
_TAG_RE = re.compile(r"<[A-Za-z/!?][^>]*(?:>|$)")
_SPACES = re.compile(r"\s+")


@dataclass
class Answer:
    """One answer: a choice, an accepted short answer, a numerical value, or true/false."""

    text: str
    fraction: float = 0.0
    feedback: str = ""
    # Numerical answers only: None for the "*" wildcard and for every other type.
    tolerance: float | None = None
    # Meaningful for choices only; plain for every other type's answers.
    text_format: TextFormat = TextFormat.PLAIN
    feedback_format: TextFormat = TextFormat.MOODLE
    line: int = field(default=0, compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "fraction": self.fraction,
            "feedback": self.feedback or None,
            "tolerance": self.tolerance,
        }


@dataclass
class Pair:
    """A matching item; an empty prompt makes ``answer`` an extra distractor."""

    prompt: str
    answer: str
    prompt_format: TextFormat = TextFormat.MOODLE
    line: int = field(default=0, compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        return {"prompt": self.prompt, "answer": self.answer}


@dataclass
class Hint:
    text: str
    text_format: TextFormat = TextFormat.HTML
    show_num_correct: bool = False
    clear_wrong: bool = False


@dataclass
class EssayOptions:
    response_format: str = "editor"
    response_required: bool = True
    response_field_lines: int = 15
    min_word_limit: int | None = None
    max_word_limit: int | None = None
    attachments: int = 0  # -1 means unlimited
    attachments_required: int = 0
    max_bytes: int = 0
    file_types: str = ""
    grader_info: str = ""
    grader_info_format: TextFormat = TextFormat.HTML
    response_template: str = ""
    response_template_format: TextFormat = TextFormat.HTML


@dataclass
class Question:
    type: QuestionType
    name: str
    text: str
    text_format: TextFormat = TextFormat.MOODLE
    general_feedback: str = ""
    general_feedback_format: TextFormat = TextFormat.MOODLE
    default_mark: float = 1.0
    penalty: float = DEFAULT_PENALTY
    category: str | None = None  # "A/B" below the top category; "//" is a literal "/"
    tags: list[str] = field(default_factory=list)
    idnumber: str | None = None
    answers: list[Answer] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    shuffle_answers: bool = True
    answer_numbering: str = "abc"
    show_standard_instruction: bool = True
    case_sensitive: bool = False
    # Ours, not Moodle's: a short answer also matches when typed without Vietnamese diacritics.
    ignore_diacritics: bool = False
    correct_feedback: str = ""
    correct_feedback_format: TextFormat = TextFormat.MOODLE
    partially_correct_feedback: str = ""
    partially_correct_feedback_format: TextFormat = TextFormat.MOODLE
    incorrect_feedback: str = ""
    incorrect_feedback_format: TextFormat = TextFormat.MOODLE
    show_num_correct: bool = False
    hints: list[Hint] = field(default_factory=list)
    essay: EssayOptions | None = None
    # Embedded files by path ("img.png", "folder/img.png"), referred to from any text of the
    # question as "@@PLUGINFILE@@/<path>", as in Moodle.
    files: dict[str, bytes] = field(default_factory=dict)
    line: int = field(default=0, compare=False, repr=False)

    @property
    def single(self) -> bool:
        return self.type != QuestionType.MULTIPLE_CHOICE

    @property
    def correct_answer(self) -> bool | None:
        """For a true/false question, which statement is right."""
        if self.type != QuestionType.TRUE_FALSE:
            return None
        return any(a.text == "true" and a.fraction == 1 for a in self.answers)

    def to_json(self) -> dict[str, Any]:
        return {
            "type": str(self.type),
            "name": self.name,
            "text": self.text,
            "general_feedback": self.general_feedback or None,
            "default_mark": self.default_mark,
            "category": self.category,
            "tags": list(self.tags),
            "answers": [answer.to_json() for answer in self.answers],
            "pairs": [pair.to_json() for pair in self.pairs],
        }


@dataclass
class Category:
    """A category named in a file, with what Moodle keeps about it."""

    path: str  # "A/B", as in Question.category
    info: str = ""
    info_format: TextFormat = TextFormat.MOODLE
    idnumber: str | None = None
    line: int = field(default=0, compare=False, repr=False)

    @property
    def name(self) -> str:
        return split_category_path(self.path)[-1]

    @property
    def parent(self) -> str | None:
        names = split_category_path(self.path)
        return join_category_path(names[:-1]) if len(names) > 1 else None


@dataclass(frozen=True)
class ParseError:
    """A problem found in a file, with the line (or spreadsheet row) it was found on."""

    line: int
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "message": self.message}


@dataclass
class ParseResult:
    questions: list[Question] = field(default_factory=list)
    errors: list[ParseError] = field(default_factory=list)
    categories: list[Category] = field(default_factory=list)
    # Things worth telling the trainer that do not stop the import.
    warnings: list[ParseError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_json(self) -> dict[str, Any]:
        return {
            "questions": [question.to_json() for question in self.questions],
            "errors": [error.to_json() for error in self.errors],
        }


class FormatError(Exception):
    """The one exception our formats raise: a file or record they cannot handle."""

    def __init__(self, message: str, line: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line

    @property
    def error(self) -> ParseError:
        return ParseError(self.line, self.message)


# Text helpers -------------------------------------------------------------------------------


def is_number(text: str) -> bool:
    """Whether the text is a number as Moodle reads one ("3.14", "-2", "1e3"; not "3,14")."""
    return bool(_NUMBER.match(text))


def php_trim(text: str) -> str:
    return text.strip(PHP_WHITESPACE)


def clean_text(text: str) -> str:
    """One line ending, no characters XML cannot carry, trimmed as Moodle trims."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return php_trim(_ILLEGAL_CHARS.sub("", text))


def strip_tags(text: str) -> str:
    """Remove HTML tags (as Moodle's PARAM_TEXT does), leaving a lone ``<`` such as ``x < 2``."""
    while True:
        stripped = _TAG_RE.sub("", text)
        if stripped == text:
            return text
        text = stripped


def clean_name(name: str) -> str:
    """A question or category name: tags stripped, whitespace collapsed, at most 255 chars."""
    name = _SPACES.sub(" ", strip_tags(_ILLEGAL_CHARS.sub("", name))).strip()
    return name[:255].rstrip()


def shorten(text: str, ideal: int = 80) -> str:
    """Shorten plain text to about ``ideal`` characters at a word boundary, adding "..."."""
    if len(text) <= ideal:
        return text
    cut = text[: ideal - 3]
    boundary = max(cut.rfind(" "), cut.rfind("."))
    if boundary > 0:
        cut = cut[: boundary + 1]
    return cut.rstrip() + "..."


def default_name(text: str, fallback: str) -> str:
    """The name Moodle gives a question that has none: its text, shortened and cleaned."""
    return clean_name(shorten(clean_name(text))) or fallback


def clean_tag(tag: str) -> str:
    tag = re.sub(r"[<>`\\]", "", _ILLEGAL_CHARS.sub("", tag))
    return _SPACES.sub(" ", tag).strip()


def clean_tags(tags: list[str]) -> list[str]:
    seen: list[str] = []
    for tag in tags:
        cleaned = clean_tag(tag)
        if cleaned and cleaned not in seen:
            seen.append(cleaned)
    return seen


def clean_idnumber(idnumber: str | None) -> str | None:
    if idnumber is None:
        return None
    idnumber = _SPACES.sub(" ", _ILLEGAL_CHARS.sub("", idnumber)).strip()
    return idnumber or None


def snap_penalty(penalty: float) -> float:
    """Old files wrote 0.333 for a third; Moodle reads anything that close as 0.3333333."""
    return DEFAULT_PENALTY if abs(penalty - DEFAULT_PENALTY) < 0.005 else penalty


def format_number(value: float) -> str:
    """The shortest text that reads back as the same float: 2.0 -> "2", 0.0005 -> "0.0005"."""
    text = repr(float(value))
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


def tidy_float(value: float) -> float:
    """Remove binary noise from arithmetic such as (3.141 + 3.142) / 2."""
    return float(f"{value:.12g}")


# Category paths -----------------------------------------------------------------------------

_CONTEXT_TOKEN = re.compile(r"^\$[a-z]+\$$")
_SINGLE_SLASH = re.compile(r"(?<!/)/(?!/)")


def split_category_path(path: str) -> list[str]:
    """Split "A/B//C" into ["A", "B/C"]: as in Moodle, "//" is a literal slash."""
    return [part.replace("//", "/") for part in _SINGLE_SLASH.split(path)]


def join_category_path(names: list[str]) -> str:
    return "/".join(name.replace("/", "//") for name in names)


def category_from_moodle_path(path: str) -> str | None:
    """A Moodle path such as "$course$/top/A/B" as our "A/B" (None for the top category).

    The context token ($course$, $module$…) is dropped, since the target bank decides the
    context, and so is "top", which Moodle adds above every tree since 3.5.
    """
    names = [clean_name(name) for name in split_category_path(clean_text(path))]
    if names and _CONTEXT_TOKEN.match(names[0]):
        names = names[1:]
    if names and names[0] == "top":
        names = names[1:]
    names = [name for name in names if name]
    return join_category_path(names) if names else None


def clean_category(path: str | None) -> str | None:
    if path is None:
        return None
    names = [clean_name(name) for name in split_category_path(path)]
    names = [name for name in names if name]
    return join_category_path(names) if names else None


def nest_category(base: str | None, path: str | None) -> str | None:
    if not base:
        return path
    if not path:
        return base
    return f"{base}/{path}"


def add_category(categories: list[Category], record: Category) -> None:
    """Record a category and its parents; a later description fills an empty one."""
    names = split_category_path(record.path)
    for depth in range(1, len(names) + 1):
        path = join_category_path(names[:depth])
        existing = next((c for c in categories if c.path == path), None)
        if existing is None:
            existing = Category(path=path, line=record.line)
            categories.append(existing)
        if depth == len(names):
            if not existing.info and record.info:
                existing.info = record.info
                existing.info_format = record.info_format
            if existing.idnumber is None and record.idnumber:
                existing.idnumber = record.idnumber


# Normal form --------------------------------------------------------------------------------


def normalise(question: Question) -> Question:
    """The canonical form of a record: what every parser returns and every round trip keeps."""
    qtype = question.type
    fmt = question.text_format
    answers = [
        _normalise_answer(answer, qtype)
        for answer in question.answers
        if qtype not in (QuestionType.MATCHING, QuestionType.ESSAY, QuestionType.DESCRIPTION)
    ]
    if qtype in WEIGHTED_TYPES:
        # Moodle skips a completely blank answer (no text, weight or feedback) when it saves.
        answers = [a for a in answers if a.text or a.fraction or a.feedback]
    pairs = [
        replace(pair, prompt=clean_text(pair.prompt), answer=clean_text(pair.answer))
        for pair in question.pairs
        if qtype == QuestionType.MATCHING
    ]
    combined = qtype in COMBINED_FEEDBACK_TYPES
    essay = None
    if qtype == QuestionType.ESSAY:
        options = question.essay or EssayOptions()
        essay = replace(
            options,
            grader_info=clean_text(options.grader_info),
            response_template=clean_text(options.response_template),
            file_types=clean_text(options.file_types),
        )
    return replace(
        question,
        name=clean_name(question.name),
        text=clean_text(question.text),
        general_feedback=clean_text(question.general_feedback),
        default_mark=0.0 if qtype == QuestionType.DESCRIPTION else float(question.default_mark),
        penalty=snap_penalty(float(question.penalty)),
        category=clean_category(question.category),
        tags=clean_tags(question.tags),
        idnumber=clean_idnumber(question.idnumber),
        answers=answers,
        pairs=pairs,
        shuffle_answers=question.shuffle_answers if qtype in COMBINED_FEEDBACK_TYPES else True,
        answer_numbering=question.answer_numbering if qtype in CHOICE_TYPES else "abc",
        show_standard_instruction=question.show_standard_instruction
        if qtype in CHOICE_TYPES
        else True,
        case_sensitive=question.case_sensitive if qtype == QuestionType.SHORT_ANSWER else False,
        ignore_diacritics=question.ignore_diacritics
        if qtype == QuestionType.SHORT_ANSWER
        else False,
        correct_feedback=clean_text(question.correct_feedback) if combined else "",
        correct_feedback_format=question.correct_feedback_format if combined else fmt,
        partially_correct_feedback=clean_text(question.partially_correct_feedback)
        if combined
        else "",
        partially_correct_feedback_format=question.partially_correct_feedback_format
        if combined
        else fmt,
        incorrect_feedback=clean_text(question.incorrect_feedback) if combined else "",
        incorrect_feedback_format=question.incorrect_feedback_format if combined else fmt,
        show_num_correct=question.show_num_correct if combined else False,
        hints=[replace(h, text=clean_text(h.text)) for h in question.hints]
        if qtype in HINTED_TYPES
        else [],
        essay=essay,
        files=dict(question.files),
    )


def _normalise_answer(answer: Answer, qtype: QuestionType) -> Answer:
    text = clean_text(answer.text)
    tolerance = None
    if qtype == QuestionType.NUMERICAL and text != WILDCARD:
        tolerance = float(answer.tolerance or 0.0)
    return replace(
        answer,
        text=text,
        fraction=float(answer.fraction),
        feedback=clean_text(answer.feedback),
        tolerance=tolerance,
        text_format=answer.text_format if qtype in CHOICE_TYPES else TextFormat.PLAIN,
    )


# Rendering for previews ---------------------------------------------------------------------


class _TextExtractor(HTMLParser):
    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(f"[{alt}]")
        elif tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(text: str, text_format: TextFormat = TextFormat.HTML) -> str:
    """One line of plain text for previews and listings: tags gone, images as [alt text]."""
    if text_format in (TextFormat.PLAIN, TextFormat.MARKDOWN):
        flat = text
    else:
        extractor = _TextExtractor()
        extractor.feed(text)
        extractor.close()
        flat = "".join(extractor.parts)
    return _SPACES.sub(" ", flat.replace("\xa0", " ")).strip()
