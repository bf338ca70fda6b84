"""GIFT written from question records, in Moodle's layout, so that Moodle and ``gift.parse`` read
it back; ``round_trip_form`` says what a record keeps through GIFT."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from django.utils.translation import gettext as _

from quizzes.question_types import QuestionType

from .gift_source import FORMAT_TAGS
from .records import (
    DEFAULT_PENALTY,
    WILDCARD,
    Answer,
    Category,
    EssayOptions,
    FormatError,
    Question,
    TextFormat,
    format_number,
    join_category_path,
    normalise,
    split_category_path,
)
from .validation import percent, refusals

_RESERVED = str.maketrans(
    {"\\": "\\\\", "#": "\\#", "=": "\\=", "~": "\\~", "{": "\\{", "}": "\\}", ":": "\\:"}
)


def escape(text: str) -> str:
    """Escape GIFT's reserved characters; a newline becomes ``\\n``."""
    return text.translate(_RESERVED).replace("\r", "").replace("\n", "\\n")


def _starts_with_format_tag(text: str) -> bool:
    end = text.find("]")
    return text.startswith("[") and end > 0 and text[1:end] in FORMAT_TAGS


def _formatted(text: str, text_format: TextFormat, default: TextFormat, force: bool = False) -> str:
    """A text with a ``[format]`` prefix when its format differs from the one a reader assumes
    (or when the text itself starts with something a reader would take for a prefix)."""
    if (text and text_format != default) or force or _starts_with_format_tag(text):
        return f"[{text_format}]{escape(text)}"
    return escape(text)


def _bracketed(value: str) -> str:
    return value.replace("]", "\\]")


def problems(questions: Iterable[Question]) -> list[str]:
    """Why some questions cannot be written in GIFT (empty when all can)."""
    found = []
    for question in questions:
        if question.type == QuestionType.SHORT_ANSWER and any(
            "->" in answer.text or "->" in answer.feedback for answer in question.answers
        ):
            found.append(
                _(
                    'Question "%(name)s" cannot be written in GIFT: an answer contains "->", '
                    "which GIFT would read as a matching question. Export it as Moodle XML."
                )
                % {"name": question.name}
            )
        if question.type == QuestionType.MATCHING and any(
            "->" in pair.prompt for pair in question.pairs
        ):
            found.append(
                _(
                    'Question "%(name)s" cannot be written in GIFT: an item contains "->". '
                    "Export it as Moodle XML."
                )
                % {"name": question.name}
            )
    return found


def export(questions: Iterable[Question], categories: Iterable[Category] = ()) -> str:
    """GIFT text for these questions, with ``$CATEGORY:`` lines where the category changes.

    Categories that hold none of the questions get a ``$CATEGORY:`` line at the end, so that
    importing the file creates them. Raises FormatError when a question cannot be written, or
    would not be read back.
    """
    questions = [normalise(q) for q in questions]
    found = refusals(questions) + problems(questions)
    if found:
        raise FormatError("\n".join(found))
    out: list[str] = []
    written: set[str | None] = {None}
    current: str | None = None
    for question in questions:
        if question.category != current:
            out.append(_category_line(question.category))
            current = question.category
            written.update(_with_parents(question.category))
        out.append(_question(question))
    for category in categories:
        if category.path not in written:
            out.append(_category_line(category.path))
            written.update(_with_parents(category.path))
    return "".join(out)


def _with_parents(path: str | None) -> list[str]:
    if not path:
        return []
    names = split_category_path(path)
    return [join_category_path(names[:depth]) for depth in range(1, len(names) + 1)]


def _comment_name(name: str) -> str:
    # Only a comment, but brackets there would be read back as [id:…] or [tag:…] tokens.
    return name.replace("[", "(").replace("]", ")")


def _category_line(path: str | None) -> str:
    full = "$course$/top" + (f"/{path}" if path else "")
    return (
        f"// question: 0  name: Switch category to {_comment_name(full)}\n"
        f"$CATEGORY: {escape(full)}\n\n"
    )


def _question(question: Question) -> str:
    qformat = question.text_format
    # Moodle's layout: a comment naming the question (ours have no id), then id and tags.
    lines = [f"// question: 0  name: {_comment_name(question.name)}"]
    tokens = []
    if question.idnumber:
        tokens.append(f"[id:{_bracketed(question.idnumber)}]")
    tokens.extend(f"[tag:{_bracketed(tag)}]" for tag in question.tags)
    if tokens:
        lines.append("// " + " ".join(tokens))
    head = f"::{escape(question.name)}::" + _formatted(question.text, qformat, TextFormat.MOODLE)
    general = ""
    if question.general_feedback:
        general = "####" + _formatted(
            question.general_feedback, question.general_feedback_format, qformat
        )
    qtype = question.type
    if qtype == QuestionType.DESCRIPTION:
        lines.append(head)
    elif qtype == QuestionType.ESSAY:
        lines.append(head + "{" + general + "}")
    elif qtype == QuestionType.TRUE_FALSE:
        lines.append(head + "{" + _true_false(question) + general + "}")
    else:
        body = {
            QuestionType.SINGLE_CHOICE: _choices,
            QuestionType.MULTIPLE_CHOICE: _choices,
            QuestionType.SHORT_ANSWER: _short_answers,
            QuestionType.NUMERICAL: _numbers,
            QuestionType.MATCHING: _pairs,
        }[qtype](question)
        opening = "{#" if qtype == QuestionType.NUMERICAL else "{"
        lines.append(head + opening)
        lines.extend("\t" + line for line in body)
        if general:
            lines.append("\t" + general)
        lines.append("}")
    return "\n".join(lines) + "\n\n"


def _feedback(answer: Answer, question: Question) -> str:
    return _formatted(answer.feedback, answer.feedback_format, question.text_format)


def _choices(question: Question) -> list[str]:
    single = question.type == QuestionType.SINGLE_CHOICE
    prefixes = []
    for answer in question.answers:
        if single and answer.fraction == 1:
            prefixes.append("=")
        elif answer.fraction == 0:
            prefixes.append("~")
        else:
            prefixes.append(f"~%{percent(answer.fraction)}%")
    if "~" not in "".join(p[0] for p in prefixes):
        # Only "=" answers: GIFT needs a "~" to see a choice question at all.
        prefixes[-1] = "~%100%"
    lines = []
    for prefix, answer in zip(prefixes, question.answers, strict=True):
        text = _formatted(
            answer.text, answer.text_format, question.text_format, force=answer.text[:1] == "%"
        )
        line = prefix + text
        if answer.feedback:
            line += "#" + _feedback(answer, question)
        lines.append(line)
    return lines


def _short_answers(question: Question) -> list[str]:
    lines = []
    for answer in question.answers:
        # Short answers are plain text: a prefix is only written to protect a leading "[…]".
        prefix = "[plain]" if _starts_with_format_tag(answer.text) else ""
        lines.append(
            f"=%{percent(answer.fraction)}%{prefix}{escape(answer.text)}#"
            + _feedback(answer, question)
        )
    return lines


def _numbers(question: Question) -> list[str]:
    lines = []
    last = len(question.answers) - 1
    for index, answer in enumerate(question.answers):
        feedback = _feedback(answer, question)
        if answer.text == WILDCARD:
            if index == last and answer.fraction == 0:
                lines.append(f"~#{feedback}")
            else:
                lines.append(f"=%{percent(answer.fraction)}%*#{feedback}")
        else:
            tolerance = format_number(answer.tolerance or 0.0)
            lines.append(
                f"=%{percent(answer.fraction)}%{escape(answer.text)}:{tolerance}#{feedback}"
            )
    return lines


def _pairs(question: Question) -> list[str]:
    return [
        "="
        + _formatted(pair.prompt, pair.prompt_format, question.text_format)
        + " -> "
        + escape(pair.answer)
        for pair in question.pairs
    ]


def _true_false(question: Question) -> str:
    by_text = {answer.text: answer for answer in question.answers}
    true, false = by_text["true"], by_text["false"]
    right, wrong = (true, false) if true.fraction == 1 else (false, true)
    out = "TRUE" if true.fraction == 1 else "FALSE"
    right_feedback, wrong_feedback = _feedback(right, question), _feedback(wrong, question)
    if wrong_feedback:
        out += "#" + wrong_feedback
    elif right_feedback:
        out += "#"
    if right_feedback:
        out += "#" + right_feedback
    return out


def round_trip_form(
    question: Question, *, shuffle_answers: bool = True, answer_numbering: str = "abc"
) -> Question:
    """The question as it comes back from a GIFT export and import: what GIFT cannot say
    (marks, penalties, options, hints, files, formats of empty texts) takes GIFT's defaults."""
    qformat = question.text_format

    def fmt(text: str, text_format: TextFormat) -> TextFormat:
        return text_format if text else qformat

    qtype = question.type
    answers = [
        replace(
            answer,
            text_format=fmt(answer.text, answer.text_format),
            feedback_format=fmt(answer.feedback, answer.feedback_format),
        )
        for answer in question.answers
    ]
    if qtype == QuestionType.TRUE_FALSE:
        answers.sort(key=lambda answer: answer.text != "true")
    general = "" if qtype == QuestionType.DESCRIPTION else question.general_feedback
    return normalise(
        replace(
            question,
            general_feedback=general,
            general_feedback_format=fmt(general, question.general_feedback_format),
            default_mark=1.0,
            penalty=1.0 if qtype == QuestionType.TRUE_FALSE else DEFAULT_PENALTY,
            answers=answers,
            pairs=[
                replace(pair, prompt_format=fmt(pair.prompt, pair.prompt_format))
                for pair in question.pairs
            ],
            shuffle_answers=shuffle_answers,
            answer_numbering=answer_numbering,
            show_standard_instruction=True,
            case_sensitive=False,
            ignore_diacritics=False,
            correct_feedback="",
            partially_correct_feedback="",
            incorrect_feedback="",
            correct_feedback_format=qformat,
            partially_correct_feedback_format=qformat,
            incorrect_feedback_format=qformat,
            show_num_correct=False,
            hints=[],
            essay=EssayOptions() if qtype == QuestionType.ESSAY else None,
            files={},
        )
    )
