"""Moodle XML written from question records, in Moodle's layout: ``moodlexml.parse`` reads every
field back, and Moodle 3.5 to 5 import it."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from xml.sax.saxutils import escape, quoteattr

from quizzes.question_types import CHOICE_TYPES, COMBINED_FEEDBACK_TYPES, QuestionType

from .records import (
    Answer,
    Category,
    EssayOptions,
    FormatError,
    Question,
    TextFormat,
    format_number,
    normalise,
)
from .validation import percent, refusals

XML_FORMAT = {
    TextFormat.MOODLE: "moodle_auto_format",
    TextFormat.HTML: "html",
    TextFormat.PLAIN: "plain_text",
    TextFormat.MARKDOWN: "markdown",
}
EXPORT_TYPES = {
    QuestionType.SINGLE_CHOICE: "multichoice",
    QuestionType.MULTIPLE_CHOICE: "multichoice",
    QuestionType.TRUE_FALSE: "truefalse",
    QuestionType.SHORT_ANSWER: "shortanswer",
    QuestionType.NUMERICAL: "numerical",
    QuestionType.MATCHING: "matching",
    QuestionType.ESSAY: "essay",
    QuestionType.DESCRIPTION: "description",
}


def _cdata(value: str) -> str:
    """Moodle's writetext: CDATA when the text holds markup characters, else as it is."""
    if any(char in value for char in '<>&"'):
        return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"
    return value


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, depth: int, text: str) -> None:
        self.lines.append("  " * depth + text)

    def value(self, depth: int, tag: str, value: str) -> None:
        self.add(depth, f"<{tag}>{_cdata(value)}</{tag}>")

    def escaped(self, depth: int, tag: str, value: str) -> None:
        # Moodle writes ID numbers with entities, not CDATA: "T &amp; F".
        self.add(depth, f"<{tag}>{escape(value)}</{tag}>")

    def text(
        self,
        depth: int,
        tag: str,
        value: str,
        text_format: TextFormat | None = None,
        files: dict[str, bytes] | None = None,
    ) -> None:
        attrs = f" format={quoteattr(XML_FORMAT[text_format])}" if text_format else ""
        self.add(depth, f"<{tag}{attrs}>")
        self.value(depth + 1, "text", value)
        self.files(depth + 1, files or {})
        self.add(depth, f"</{tag}>")

    def files(self, depth: int, files: dict[str, bytes]) -> None:
        for key, content in files.items():
            folders, _sep, name = key.rpartition("/")
            path = f"/{folders}/" if folders else "/"
            encoded = base64.b64encode(content).decode("ascii")
            self.add(
                depth,
                f'<file name={quoteattr(name)} path={quoteattr(path)} encoding="base64">'
                f"{encoded}</file>",
            )


def _files_for(question: Question, value: str, main: bool) -> dict[str, bytes]:
    """The files a text refers to; the question text also carries those nothing refers to."""
    texts = _carriers(question)
    chosen = {}
    for key, content in question.files.items():
        reference = f"@@PLUGINFILE@@/{key}"
        if reference in value or (main and not any(reference in t for t in texts)):
            chosen[key] = content
    return chosen


def _carriers(question: Question) -> list[str]:
    """Every text written with the files it refers to."""
    texts = [question.text, question.general_feedback]
    if question.type in CHOICE_TYPES:
        texts += [a.text for a in question.answers]
    texts += [a.feedback for a in question.answers] + [p.prompt for p in question.pairs]
    if question.type in COMBINED_FEEDBACK_TYPES:
        texts += [question.correct_feedback, question.partially_correct_feedback]
        texts += [question.incorrect_feedback]
    texts += [h.text for h in question.hints]
    if question.essay:
        texts.append(question.essay.grader_info)
    return texts


def export(questions: Iterable[Question], categories: Iterable[Category] = ()) -> str:
    """Moodle XML for the questions, with a category record wherever the category changes
    (carrying the description and ID number given in ``categories``) and one for each listed
    category that holds none of the questions. Raises FormatError when a question would not be
    read back (the messages name it)."""
    questions = [normalise(q) for q in questions]
    found = refusals(questions)
    if found:
        raise FormatError("\n".join(found))
    known = {category.path: category for category in categories}
    out = _Writer()
    out.lines.append('<?xml version="1.0" encoding="UTF-8"?>')
    out.lines.append("<quiz>")
    current: str | None = None
    written: set[str] = set()
    for question in questions:
        if question.category != current:
            _category(out, question.category, known.get(question.category or ""))
            current = question.category
            if question.category:
                written.add(question.category)
        _question(out, question)
    for path, category in known.items():
        if path not in written:
            _category(out, path, category)
    out.lines.append("</quiz>")
    return "\n".join(out.lines) + "\n"


def _category(out: _Writer, path: str | None, category: Category | None) -> None:
    full = "$course$/top" + (f"/{path}" if path else "")
    out.add(1, '<question type="category">')
    out.text(2, "category", full)
    if category is not None:
        out.text(2, "info", category.info, category.info_format)
        out.escaped(2, "idnumber", category.idnumber or "")
    out.add(1, "</question>")
    out.lines.append("")


def _question(out: _Writer, question: Question) -> None:
    fmt = question.text_format
    qtype = question.type
    out.add(1, f'<question type="{EXPORT_TYPES[qtype]}">')
    out.text(2, "name", question.name)
    out.text(2, "questiontext", question.text, fmt, _files_for(question, question.text, True))
    out.text(
        2,
        "generalfeedback",
        question.general_feedback,
        question.general_feedback_format,
        _files_for(question, question.general_feedback, False),
    )
    out.value(2, "defaultgrade", format_number(question.default_mark))
    out.value(2, "penalty", format_number(question.penalty))
    out.value(2, "hidden", "0")
    out.escaped(2, "idnumber", question.idnumber or "")
    if qtype in CHOICE_TYPES:
        out.value(2, "single", "true" if question.single else "false")
        out.value(2, "shuffleanswers", "true" if question.shuffle_answers else "false")
        out.value(2, "answernumbering", question.answer_numbering)
        out.value(2, "showstandardinstruction", "1" if question.show_standard_instruction else "0")
    if qtype == QuestionType.MATCHING:
        out.value(2, "shuffleanswers", "true" if question.shuffle_answers else "false")
    if qtype in COMBINED_FEEDBACK_TYPES:
        for tag, value, value_format in (
            ("correctfeedback", question.correct_feedback, question.correct_feedback_format),
            (
                "partiallycorrectfeedback",
                question.partially_correct_feedback,
                question.partially_correct_feedback_format,
            ),
            ("incorrectfeedback", question.incorrect_feedback, question.incorrect_feedback_format),
        ):
            out.text(2, tag, value, value_format, _files_for(question, value, False))
        if question.show_num_correct:
            out.add(2, "<shownumcorrect/>")
    if qtype == QuestionType.SHORT_ANSWER:
        out.value(2, "usecase", "1" if question.case_sensitive else "0")
        if question.ignore_diacritics:
            # Ours: Moodle skips an element it does not know.
            out.value(2, "ignorediacritics", "1")
    for answer in question.answers:
        _answer(out, question, answer)
    if qtype == QuestionType.NUMERICAL:
        out.add(2, "<unitgradingtype>0</unitgradingtype>")
        out.add(2, "<unitpenalty>0.1000000</unitpenalty>")
        out.add(2, "<showunits>3</showunits>")
        out.add(2, "<unitsleft>0</unitsleft>")
    for pair in question.pairs:
        out.add(2, f"<subquestion format={quoteattr(XML_FORMAT[pair.prompt_format])}>")
        out.value(3, "text", pair.prompt)
        out.files(3, _files_for(question, pair.prompt, False))
        out.add(3, "<answer>")
        out.value(4, "text", pair.answer)
        out.add(3, "</answer>")
        out.add(2, "</subquestion>")
    if question.essay is not None:
        _essay(out, question, question.essay)
    for hint in question.hints:
        out.add(2, f"<hint format={quoteattr(XML_FORMAT[hint.text_format])}>")
        out.value(3, "text", hint.text)
        out.files(3, _files_for(question, hint.text, False))
        if hint.show_num_correct:
            out.add(3, "<shownumcorrect/>")
        if hint.clear_wrong:
            out.add(3, "<clearwrong/>")
        out.add(2, "</hint>")
    if question.tags:
        out.add(2, "<tags>")
        for tag in question.tags:
            out.add(3, f"<tag><text>{_cdata(tag)}</text></tag>")
        out.add(2, "</tags>")
    out.add(1, "</question>")
    out.lines.append("")


def _answer(out: _Writer, question: Question, answer: Answer) -> None:
    text_format = answer.text_format if question.type in CHOICE_TYPES else TextFormat.PLAIN
    out.add(
        2,
        f'<answer fraction="{percent(answer.fraction)}" '
        f"format={quoteattr(XML_FORMAT[text_format])}>",
    )
    out.value(3, "text", answer.text)
    if question.type in CHOICE_TYPES:
        out.files(3, _files_for(question, answer.text, False))
    out.text(
        3,
        "feedback",
        answer.feedback,
        answer.feedback_format,
        _files_for(question, answer.feedback, False),
    )
    if question.type == QuestionType.NUMERICAL:
        out.value(3, "tolerance", format_number(answer.tolerance or 0.0))
    out.add(2, "</answer>")


def _essay(out: _Writer, question: Question, essay: EssayOptions) -> None:
    out.value(2, "responseformat", essay.response_format)
    out.value(2, "responserequired", "1" if essay.response_required else "0")
    out.value(2, "responsefieldlines", str(essay.response_field_lines))
    out.value(2, "minwordlimit", "" if essay.min_word_limit is None else str(essay.min_word_limit))
    out.value(2, "maxwordlimit", "" if essay.max_word_limit is None else str(essay.max_word_limit))
    out.value(2, "attachments", str(essay.attachments))
    out.value(2, "attachmentsrequired", str(essay.attachments_required))
    out.value(2, "maxbytes", str(essay.max_bytes))
    out.value(2, "filetypeslist", essay.file_types)
    out.text(
        2,
        "graderinfo",
        essay.grader_info,
        essay.grader_info_format,
        _files_for(question, essay.grader_info, False),
    )
    out.text(2, "responsetemplate", essay.response_template, essay.response_template_format)
