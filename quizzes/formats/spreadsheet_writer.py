"""Spreadsheets written from question records in our layout (see ``spreadsheet``): XLSX and CSV
exports that import back, and the template with an example of every question type."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from django.utils.translation import gettext as _

from home import spreadsheets
from quizzes.question_types import QuestionType

from .records import (
    Answer,
    Category,
    EssayOptions,
    FormatError,
    Pair,
    Question,
    TextFormat,
    format_number,
    normalise,
)
from .spreadsheet_layout import (
    BASE_COLUMNS,
    FORMULA,
    GROUP_COLUMNS,
    MAX_CELL,
    SHEET_NAME,
    type_names,
)
from .validation import ALLOWED_GRADES, percent, refusals

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet


def _columns(questions: list[Question]) -> list[str]:
    width = max([len(q.answers) or len(q.pairs) for q in questions] + [1])
    groups = [f"{column}_{index}" for index in range(1, width + 1) for column in GROUP_COLUMNS]
    return [*BASE_COLUMNS, *groups]


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _row(question: Question) -> dict[str, Any]:
    row: dict[str, Any] = {
        "category": question.category or "",
        "type": str(question.type),
        "name": question.name,
        "text": question.text,
        "text_format": str(question.text_format),
        "general_feedback": question.general_feedback,
        "default_mark": question.default_mark,
        "penalty": question.penalty,
        "tags": ", ".join(question.tags),
        "idnumber": question.idnumber or "",
        "shuffle_answers": _yes(question.shuffle_answers),
        "answer_numbering": question.answer_numbering,
        "case_sensitive": _yes(question.case_sensitive),
        "ignore_diacritics": _yes(question.ignore_diacritics),
    }
    for index, answer in enumerate(question.answers, start=1):
        row[f"answer_{index}"] = answer.text
        row[f"weight_{index}"] = float(percent(answer.fraction))
        row[f"feedback_{index}"] = answer.feedback
        if question.type == QuestionType.NUMERICAL and answer.tolerance is not None:
            row[f"tolerance_{index}"] = answer.tolerance
    for index, pair in enumerate(question.pairs, start=1):
        row[f"answer_{index}"] = pair.prompt
        row[f"match_{index}"] = pair.answer
    return row


def problems(questions: Iterable[Question]) -> list[str]:
    """Why some questions cannot be written to a spreadsheet (empty when all can)."""
    found = []
    for question in questions:
        row = _row(question)
        if any(isinstance(v, str) and len(v) > MAX_CELL for v in row.values()):
            found.append(
                _(
                    'Question "%(name)s" has a text longer than a spreadsheet cell can hold '
                    "(%(limit)s characters). Export it as Moodle XML."
                )
                % {"name": question.name, "limit": MAX_CELL}
            )
    return found


def export_xlsx(questions: Iterable[Question], categories: Iterable[Category] = ()) -> bytes:
    """An XLSX workbook in our layout (categories other than the questions' are not kept).
    Raises FormatError when a question cannot be written, or would not be read back."""
    questions = [normalise(q) for q in questions]
    found = refusals(questions) + problems(questions)
    if found:
        raise FormatError("\n".join(found))
    return _workbook(_columns(questions), [_row(q) for q in questions], instructions=False)


def export_csv(questions: Iterable[Question], categories: Iterable[Category] = ()) -> str:
    """CSV in our layout, with a byte-order mark so that Excel reads it as UTF-8. Raises
    FormatError when a question cannot be written, or would not be read back."""
    questions = [normalise(q) for q in questions]
    found = refusals(questions) + problems(questions)
    if found:
        raise FormatError("\n".join(found))
    return _csv(_columns(questions), [_row(q) for q in questions])


def _inert(value: Any) -> Any:
    """The shared rule (home.spreadsheets.inert), and one more quote on text that already
    starts with quoted formula-like text, so that the import's unquoting gives it back."""
    if isinstance(value, str) and value.startswith("'") and FORMULA.match(value):
        return "'" + value
    return spreadsheets.inert(value)


def _csv_cell(value: Any) -> str:
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # numbers stay numbers
    return str(_inert(str(value)))


def _csv(columns: list[str], rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(row.get(column, "")) for column in columns])
    return "\ufeff" + out.getvalue()


def _workbook(columns: list[str], rows: list[dict[str, Any]], instructions: bool) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = cast("Worksheet", workbook.active)  # a new workbook starts with one worksheet
    sheet.title = SHEET_NAME
    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=2):
        for column_index, column in enumerate(columns, start=1):
            value = row.get(column)
            if value is None or value == "":
                continue
            cell = sheet.cell(row=number, column=column_index, value=_inert(value))
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
    sheet.freeze_panes = "A2"
    if instructions:
        _instructions(workbook)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _instructions(workbook: Any) -> None:
    from openpyxl.styles import Alignment, Font

    sheet = workbook.create_sheet(_("Instructions"))
    sheet.append([_("Column"), _("What to write")])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, meaning in column_help():
        sheet.append([column, meaning])
    sheet.column_dimensions["A"].width = 20
    sheet.column_dimensions["B"].width = 100
    for row in sheet.iter_rows(min_row=2):
        row[1].alignment = Alignment(wrap_text=True, vertical="top")


def column_help() -> list[tuple[str, str]]:
    """What each column means, in the trainer's language (the template's second sheet)."""
    return [
        ("category", _('Category path below the top, such as "Office/Word". Optional.')),
        ("type", _("Question type: %(types)s.") % {"types": type_names()}),
        ("name", _("Question name. Optional: made from the text when empty.")),
        ("text", _("The question text. Required.")),
        (
            "text_format",
            _("plain (the default), html, moodle or markdown. Also used for answers and feedback."),
        ),
        ("general_feedback", _("Feedback shown after the question is answered. Optional.")),
        ("default_mark", _("Marks for the question. Default 1.")),
        ("penalty", _("Share of the mark lost for each wrong try, 0 to 1. Default 0.3333333.")),
        ("tags", _("Tags, separated by commas. Optional.")),
        ("idnumber", _("The question's ID number. Optional.")),
        ("shuffle_answers", _("yes or no: shuffle the choices. Default yes.")),
        ("answer_numbering", _("abc, ABCD, 123, iii, IIII or none. Default abc.")),
        ("case_sensitive", _("yes or no: short answers must match upper and lower case.")),
        (
            "ignore_diacritics",
            _('yes or no: a short answer also matches typed without diacritics ("an toan").'),
        ),
        (
            "answer_1, answer_2…",
            _(
                "A choice; an accepted short answer; a number, a range such as 1..5 or * "
                "(numerical); the item to match (matching); true or false (true/false)."
            ),
        ),
        (
            "weight_1, weight_2…",
            _(
                "Percentage for the answer: 100 for a right answer, 50 for half right, negative "
                "to take marks away. Empty means 0 for choices and 100 for short answers and "
                "numbers. Allowed: %(allowed)s and their negatives. For several right answers "
                "(multiple_choice) the positive weights add up to 100."
            )
            % {"allowed": ", ".join(percent(g) for g in _positive_grades())},
        ),
        ("feedback_1, feedback_2…", _("Feedback shown when that answer is chosen. Optional.")),
        ("tolerance_1, tolerance_2…", _("Numerical questions: the accepted error. Default 0.")),
        (
            "match_1, match_2…",
            _(
                "Matching questions: what the item in answer_1, answer_2… matches. Leave the "
                "answer empty to add a wrong match to choose from."
            ),
        ),
    ]


def _positive_grades() -> list[float]:
    return [grade for grade in ALLOWED_GRADES if grade > 0]


def template_questions() -> list[Question]:
    """One example of every question type, in the trainer's language."""
    fmt = TextFormat.PLAIN
    category = _("Examples")
    examples = [
        Question(
            type=QuestionType.SINGLE_CHOICE,
            name=_("Copy shortcut"),
            text=_("Which key combination copies the selected text?"),
            text_format=fmt,
            category=category,
            tags=[_("office")],
            answers=[
                Answer("Ctrl+C", 1.0, _("Right.")),
                Answer("Ctrl+V", 0.0, _("That pastes.")),
                Answer("Ctrl+X", 0.0, _("That cuts.")),
            ],
        ),
        Question(
            type=QuestionType.MULTIPLE_CHOICE,
            name=_("Strong passwords"),
            text=_("Which of these make a password stronger?"),
            text_format=fmt,
            category=category,
            answers=[
                Answer(_("Length of 12 characters or more"), 0.5),
                Answer(_("Mixing letters, digits and symbols"), 0.5),
                Answer(_("Your date of birth"), -1.0, _("Easy to guess.")),
            ],
        ),
        Question(
            type=QuestionType.TRUE_FALSE,
            name=_("Phishing"),
            text=_("A bank may ask for your password by email."),
            text_format=fmt,
            category=category,
            penalty=1.0,
            answers=[
                Answer("true", 0.0, _("No: a bank never asks for it.")),
                Answer("false", 1.0, _("Right: never send your password.")),
            ],
        ),
        Question(
            type=QuestionType.SHORT_ANSWER,
            name=_("File extension"),
            text=_("What extension do Word documents have?"),
            text_format=fmt,
            category=category,
            answers=[Answer("docx", 1.0), Answer(".docx", 1.0), Answer("doc", 0.5)],
        ),
        Question(
            type=QuestionType.NUMERICAL,
            name=_("Kilobytes"),
            text=_("How many kilobytes are there in a megabyte?"),
            text_format=fmt,
            category=category,
            answers=[Answer("1024", 1.0, tolerance=0.0), Answer("1000", 0.5, tolerance=0.0)],
        ),
        Question(
            type=QuestionType.MATCHING,
            name=_("Programs"),
            text=_("Match each task with a program."),
            text_format=fmt,
            category=category,
            pairs=[
                Pair(_("Write a letter"), "Word"),
                Pair(_("Make a budget table"), "Excel"),
                Pair(_("Show slides at a meeting"), "PowerPoint"),
                Pair("", "Paint"),
            ],
        ),
        Question(
            type=QuestionType.ESSAY,
            name=_("Online safety"),
            text=_("Describe how you protect your office computer."),
            text_format=fmt,
            category=category,
            default_mark=5.0,
        ),
        Question(
            type=QuestionType.DESCRIPTION,
            name=_("Introduction"),
            text=_("The next questions are about office software."),
            text_format=fmt,
            category=category,
        ),
    ]
    return [round_trip_form(example) for example in examples]


def build_template(kind: str = "xlsx") -> bytes:
    """A template with one example of every type: XLSX (with an instructions sheet) or CSV."""
    questions = template_questions()
    columns = [*BASE_COLUMNS, *(f"{c}_{i}" for i in range(1, 6) for c in GROUP_COLUMNS)]
    rows = [_row(q) for q in questions]
    if kind == "csv":
        return _csv(columns, rows).encode("utf-8")
    if kind != "xlsx":
        raise FormatError(_("There is no template of kind %(kind)s.") % {"kind": kind})
    return _workbook(columns, rows, instructions=True)


def round_trip_form(question: Question) -> Question:
    """The question as it comes back from a spreadsheet: one text format for all its texts,
    and no files, hints, combined feedback or essay options."""
    fmt = question.text_format
    answers = [replace(a, text_format=fmt, feedback_format=fmt) for a in question.answers]
    if question.type == QuestionType.TRUE_FALSE:
        answers.sort(key=lambda answer: answer.text != "true")
    return normalise(
        replace(
            question,
            general_feedback_format=fmt,
            answers=answers,
            pairs=[replace(p, prompt_format=fmt) for p in question.pairs],
            show_standard_instruction=True,
            correct_feedback="",
            partially_correct_feedback="",
            incorrect_feedback="",
            correct_feedback_format=fmt,
            partially_correct_feedback_format=fmt,
            incorrect_feedback_format=fmt,
            show_num_correct=False,
            hints=[],
            essay=EssayOptions() if question.type == QuestionType.ESSAY else None,
            files={},
        )
    )
