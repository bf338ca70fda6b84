"""Spreadsheets (XLSX and CSV): our own layout, one row per question.

Moodle has no spreadsheet format, so the layout is ours. Row 1 names the columns; every
other non-empty row is a question. Column names are case-insensitive, in any order; unknown
columns are ignored (with a warning). Only ``type`` and ``text`` are required.

=================  ===========================================================================
column             meaning
=================  ===========================================================================
category           Category path below the top, "Tin học/Word"; "//" is a literal "/".
type               single_choice, multiple_choice, true_false, short_answer, numerical,
                   matching, essay or description.
name               Question name; made from the text when empty.
text               The question text (required).
text_format        plain (default), html, moodle or markdown; also used for the general
                   feedback, the choices, the answer feedback and the matching items.
general_feedback   Shown after the question is answered.
default_mark       Marks for the question (default 1; a description has 0).
penalty            Share of the mark lost per wrong try, 0 to 1 (default 0.3333333; true/false 1).
tags               Comma-separated tags.
idnumber           The question's ID number.
shuffle_answers    yes/no (default yes): shuffle the choices or the matching answers.
answer_numbering   abc, ABCD, 123, iii, IIII or none (default abc).
case_sensitive     yes/no (default no): short-answer matching respects case.
ignore_diacritics  yes/no (default no): a short answer also matches typed without diacritics.
answer_N           Answer N (N = 1, 2, …): a choice; an accepted short answer; a number, a
                   range "1..5" or "*" (numerical); the item to match (matching); true or
                   false (true/false).
weight_N           Percentage for answer N: 100, 50, -33.33333, "50%"; a decimal comma works.
                   Empty means 0 for choices and 100 for short answers and numbers. It must
                   be one of Moodle's grades (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50,
                   40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0 or
                   their negatives).
feedback_N         Feedback shown when answer N is chosen.
tolerance_N        Numerical answers: accepted error, e.g. 0.5 (default 0).
match_N            Matching: what answer_N matches. An empty answer_N with a match_N adds a
                   wrong match to choose from.
=================  ===========================================================================

True/false: either one answer, ``answer_1`` = true or false (the right statement, with the
feedback for it in ``feedback_1``), or both ``true`` and ``false`` with weights 100 and 0 and
a feedback each (what the exporter writes). Yes/no cells accept yes/no, true/false, 1/0,
có/không and đúng/sai.

CSV files are UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8"), separated by
commas or semicolons (Excel in Vietnamese writes semicolons); the separator is found from the
header row. XLSX files are read from the sheet named "Questions", or else the first sheet.
Spreadsheets cannot hold embedded files, hints, combined feedback or essay options; an export
leaves them out (and says what a round trip keeps in ``round_trip_form``).

This module reads; ``spreadsheet_writer`` writes (its functions are re-exported here), and
``spreadsheet_layout`` names the columns both use.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from django.utils.translation import gettext as _

from home import spreadsheets
from quizzes.question_types import CHOICE_TYPES, QuestionType

from . import reading
from .records import (
    ANSWER_NUMBERINGS,
    DEFAULT_PENALTY,
    WILDCARD,
    Answer,
    EssayOptions,
    FormatError,
    Pair,
    ParseError,
    ParseResult,
    Question,
    TextFormat,
    clean_text,
    default_name,
    format_number,
    is_number,
    normalise,
    tidy_float,
)
from .spreadsheet_layout import BASE_COLUMNS as BASE_COLUMNS
from .spreadsheet_layout import FORMULA, GROUP_COLUMNS, REQUIRED_COLUMNS, SHEET_NAME, type_names
from .spreadsheet_writer import build_template as build_template
from .spreadsheet_writer import export_csv as export_csv
from .spreadsheet_writer import export_xlsx as export_xlsx
from .spreadsheet_writer import problems as problems
from .spreadsheet_writer import round_trip_form as round_trip_form
from .spreadsheet_writer import template_questions as template_questions
from .validation import validate, weight_from_percent

MAX_UNZIPPED = 200 * 1024 * 1024
_GROUP = re.compile(r"^(answer|weight|feedback|tolerance|match)_([1-9][0-9]{0,2})$")
_YES = {"1", "yes", "y", "true", "có", "co", "x", "đúng"}
_NO = {"0", "no", "n", "false", "không", "khong", "sai", ""}
_TRUE_WORDS = {"true", "t", "đúng", "dung", "1", "yes", "có"}
_FALSE_WORDS = {"false", "f", "sai", "0", "no", "không"}


@dataclass
class _Cell:
    value: Any
    percent_format: bool = False


def _text(cell: _Cell | None) -> str:
    if cell is None or cell.value is None:
        return ""
    value = cell.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return format_number(value)
    return str(value)


class _RowError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _number(cell: _Cell | None, column: str, default: float | None) -> float | None:
    if cell is None or cell.value is None or _text(cell).strip() == "":
        return default
    if isinstance(cell.value, bool):
        raise _RowError(
            _('Column "%(column)s": "%(value)s" is not a number.')
            % {"column": column, "value": _text(cell)}
        )
    weight = column.startswith("weight")
    if isinstance(cell.value, int | float):
        value = float(cell.value)
        # A weight cell formatted as a percentage holds 0.5 for "50%".
        return value * 100 if cell.percent_format and weight else value
    text = _text(cell).strip().replace("\xa0", "").replace(" ", "")
    percent_sign = text.endswith("%")
    text = text.removesuffix("%")
    if "," in text and "." not in text and text.count(",") == 1:
        text = text.replace(",", ".")  # a decimal comma, as Vietnamese Excel writes
    if not is_number(text):
        raise _RowError(
            _('Column "%(column)s": "%(value)s" is not a number.')
            % {"column": column, "value": _text(cell)}
        )
    # Weights are percentages already; elsewhere "50%" means 0.5.
    return float(text) / 100 if percent_sign and not weight else float(text)


def _flag(cell: _Cell | None, column: str, default: bool) -> bool:
    if cell is None or cell.value is None:
        return default
    if isinstance(cell.value, bool):
        return cell.value
    text = _text(cell).strip().lower()
    if text == "":
        return default
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise _RowError(
        _('Column "%(column)s": "%(value)s" is neither yes nor no.')
        % {"column": column, "value": _text(cell)}
    )


def _read_row(row: dict[str, _Cell], number: int, groups: list[int]) -> Question:
    def text(column: str) -> str:
        return clean_text(_text(row.get(column)))

    type_name = text("type").lower().replace(" ", "_").replace("-", "_")
    try:
        qtype = QuestionType(type_name)
    except ValueError:
        raise _RowError(
            _('Column "type": "%(value)s" is not a question type; use one of: %(types)s.')
            % {"value": text("type"), "types": type_names()}
        ) from None
    format_name = text("text_format").lower() or "plain"
    try:
        text_format = TextFormat(format_name)
    except ValueError:
        raise _RowError(
            _('Column "text_format": "%(value)s" is not one of plain, html, moodle, markdown.')
            % {"value": text("text_format")}
        ) from None
    numbering = text("answer_numbering") or "abc"
    if numbering not in ANSWER_NUMBERINGS:
        raise _RowError(
            _('Column "answer_numbering": "%(value)s" is not one of %(values)s.')
            % {"value": numbering, "values": ", ".join(ANSWER_NUMBERINGS)}
        )
    body = text("text")
    question = Question(
        type=qtype,
        name=text("name") or default_name(body, _("Question name")),
        text=body,
        text_format=text_format,
        general_feedback=text("general_feedback"),
        general_feedback_format=text_format,
        default_mark=_number(row.get("default_mark"), "default_mark", 1.0) or 0.0,
        penalty=_number(
            row.get("penalty"),
            "penalty",
            1.0 if qtype == QuestionType.TRUE_FALSE else DEFAULT_PENALTY,
        )
        or 0.0,
        category=text("category") or None,
        tags=[tag for tag in text("tags").split(",") if tag.strip()],
        idnumber=text("idnumber") or None,
        shuffle_answers=_flag(row.get("shuffle_answers"), "shuffle_answers", True),
        answer_numbering=numbering,
        case_sensitive=_flag(row.get("case_sensitive"), "case_sensitive", False),
        ignore_diacritics=_flag(row.get("ignore_diacritics"), "ignore_diacritics", False),
        correct_feedback_format=text_format,
        partially_correct_feedback_format=text_format,
        incorrect_feedback_format=text_format,
        essay=EssayOptions() if qtype == QuestionType.ESSAY else None,
        line=number,
    )
    entries = []
    for index in groups:
        entry = {column: row.get(f"{column}_{index}") for column in GROUP_COLUMNS}
        if any(_text(cell).strip() for cell in entry.values()):
            entries.append((index, entry))
    if qtype == QuestionType.TRUE_FALSE:
        return _true_false(question, entries)
    if qtype == QuestionType.MATCHING:
        question.pairs = [
            Pair(
                prompt=clean_text(_text(entry["answer"])),
                answer=clean_text(_text(entry["match"])),
                prompt_format=text_format,
                line=number,
            )
            for _index, entry in entries
        ]
        return question
    if qtype in (QuestionType.ESSAY, QuestionType.DESCRIPTION):
        return question
    default_weight = 0.0 if qtype in CHOICE_TYPES else 100.0
    for index, entry in entries:
        weight = _number(entry["weight"], f"weight_{index}", default_weight) or 0.0
        answer = Answer(
            text=clean_text(_text(entry["answer"])),
            fraction=weight_from_percent(weight),
            feedback=clean_text(_text(entry["feedback"])),
            text_format=text_format,
            feedback_format=text_format,
            line=number,
        )
        if qtype == QuestionType.NUMERICAL:
            answer = _numerical(answer, entry, index)
        question.answers.append(answer)
    return question


def _numerical(answer: Answer, entry: dict[str, _Cell | None], index: int) -> Answer:
    column = f"answer_{index}"
    cell = entry["answer"]
    tolerance = _number(entry["tolerance"], f"tolerance_{index}", 0.0) or 0.0
    if (
        cell is not None
        and isinstance(cell.value, int | float)
        and not isinstance(cell.value, bool)
    ):
        return replace(answer, text=format_number(float(cell.value)), tolerance=tolerance)
    compact = answer.text.replace(" ", "").replace("\xa0", "")
    if compact == WILDCARD:
        return replace(answer, text=WILDCARD, tolerance=None)
    dots = compact.find("..")
    if dots > 0:
        low = _number(_Cell(compact[:dots]), column, None)
        high = _number(_Cell(compact[dots + 2 :]), column, None)
        if low is None or high is None:
            raise _RowError(
                _('Column "%(column)s": "%(value)s" is not a range such as 1..5.')
                % {"column": column, "value": answer.text}
            )
        middle = (low + high) / 2
        return replace(
            answer, text=format_number(tidy_float(middle)), tolerance=tidy_float(high - middle)
        )
    value = _number(_Cell(compact), column, None)
    if value is None:
        return answer  # no text: validation says so
    dotted = compact.replace(",", ".")
    return replace(
        answer,
        text=dotted if is_number(dotted) else format_number(value),
        tolerance=tolerance,
    )


def _true_false(question: Question, entries: list[tuple[int, dict[str, _Cell | None]]]) -> Question:
    statements = []
    for index, entry in entries:
        word = _text(entry["answer"]).strip().lower()
        if word in _TRUE_WORDS:
            value = True
        elif word in _FALSE_WORDS:
            value = False
        else:
            raise _RowError(
                _(
                    'Column "answer_%(number)s": a true/false answer is "true" or "false", not '
                    '"%(value)s".'
                )
                % {"number": index, "value": _text(entry["answer"])}
            )
        weight = _number(entry["weight"], f"weight_{index}", None)
        statements.append((value, weight, clean_text(_text(entry["feedback"]))))
    feedback = {True: "", False: ""}
    if len(statements) == 1 and statements[0][1] in (None, 100.0):
        correct = statements[0][0]
        feedback[correct] = statements[0][2]
    elif len(statements) == 2 and {s[0] for s in statements} == {True, False}:
        right = [s for s in statements if s[1] == 100.0]
        wrong = [s for s in statements if s[1] in (0.0, None)]
        if len(right) != 1 or len(wrong) != 1:
            raise _RowError(
                _("A true/false question with two answers gives one of them the weight 100.")
            )
        correct = right[0][0]
        feedback = {s[0]: s[2] for s in statements}
    else:
        raise _RowError(
            _(
                'A true/false question has answer_1 "true" or "false" (the right statement), or '
                'both "true" and "false" with the weights 100 and 0.'
            )
        )
    fmt = question.text_format
    question.answers = [
        Answer("true", 1.0 if correct else 0.0, feedback[True], feedback_format=fmt),
        Answer("false", 0.0 if correct else 1.0, feedback[False], feedback_format=fmt),
    ]
    return question


def _header_name(value: Any) -> str:
    return re.sub(r"[\s-]+", "_", str(value or "").strip().lower())


def _read_rows(rows: Iterable[tuple[int, list[_Cell]]], result: ParseResult) -> None:
    iterator = iter(rows)
    header: list[str] | None = None
    for number, cells in iterator:
        if any(_text(cell).strip() for cell in cells):
            header = [_header_name(cell.value) for cell in cells]
            header_row = number
            break
    if header is None:
        result.errors.append(ParseError(1, _("The file is empty.")))
        return
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        result.errors.append(
            ParseError(
                header_row,
                _(
                    "Row %(row)s must name the columns; these are missing: %(missing)s. The "
                    "template lists every column."
                )
                % {"row": header_row, "missing": ", ".join(missing)},
            )
        )
        return
    known = set(BASE_COLUMNS)
    groups = sorted({int(match.group(2)) for name in header if (match := _GROUP.match(name))})
    unknown = [name for name in header if name and name not in known and not _GROUP.match(name)]
    if unknown:
        result.warnings.append(
            ParseError(
                header_row,
                _("These columns are not ours and were ignored: %(columns)s.")
                % {"columns": ", ".join(unknown)},
            )
        )
    has_match = any(name.startswith("match_") for name in header)
    for number, cells in iterator:
        if not any(_text(cell).strip() for cell in cells):
            continue
        row = {name: cell for name, cell in zip(header, cells, strict=False) if name}
        try:
            question = _read_row(row, number, groups)
            if question.type == QuestionType.MATCHING and not has_match:
                raise _RowError(
                    _(
                        "Matching questions need the columns match_1, match_2… next to answer_1, "
                        "answer_2…"
                    )
                )
        except _RowError as refused:
            label = _text(row.get("name")) or default_name(_text(row.get("text")), "")
            message = refused.message
            if label:
                message = _('Question "%(name)s": %(problem)s') % {
                    "name": label,
                    "problem": message,
                }
            result.errors.append(ParseError(number, message))
            if reading.too_many(result, number):
                return
            continue
        question = normalise(question)
        problems = validate(question)
        if problems:
            result.errors.extend(problems)
        else:
            result.questions.append(question)
        if reading.too_many(result, number):
            return


# CSV ----------------------------------------------------------------------------------------


def _csv_delimiter(first_line: str) -> str:
    def score(delimiter: str) -> int:
        names = next(csv.reader([first_line], delimiter=delimiter), [])
        return sum(
            1
            for name in names
            if _header_name(name) in BASE_COLUMNS or _GROUP.match(_header_name(name))
        )

    return max([",", ";", "\t"], key=score)


def _unquote(value: str) -> str:
    return value[1:] if FORMULA.match(value) and value.startswith("'") else value


def parse_csv(data: bytes | str, *, max_bytes: int = reading.MAX_BYTES) -> ParseResult:
    result = ParseResult()
    try:
        _guard(spreadsheets.check_csv, data)
        text = reading.decode_text(data, label="CSV", max_bytes=max_bytes)
    except FormatError as exc:
        result.errors.append(exc.error)
        return result
    delimiter = _csv_delimiter(reading.split_lines(text.lstrip())[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def rows() -> Iterator[tuple[int, list[_Cell]]]:
        for number, cells in enumerate(reader, start=1):
            yield number, [_Cell(_unquote(cell)) for cell in cells[: spreadsheets.max_columns()]]

    try:
        _read_rows(rows(), result)
    except csv.Error as exc:
        result.errors.append(
            ParseError(
                reader.line_num or 1,
                _("The CSV file cannot be read here: %(reason)s.") % {"reason": exc},
            )
        )
    return reading.finish(result)


# XLSX ---------------------------------------------------------------------------------------


def _xlsx_value(value: Any) -> Any:
    """A cell's value, without the quote that keeps formula-like text inert on export."""
    return _unquote(value) if isinstance(value, str) else value


def _guard(check: Any, data: bytes | str) -> None:
    """Run one of the shared spreadsheet limits (home.spreadsheets) as a FormatError."""
    try:
        check(data)
    except spreadsheets.SpreadsheetRefused as exc:
        raise FormatError(exc.message) from None


def _check_zip(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise FormatError(
            _("This is not an Excel workbook (.xlsx). Save the file as .xlsx or as CSV UTF-8.")
        ) from None
    if sum(info.file_size for info in infos) > MAX_UNZIPPED or len(infos) > 10000:
        raise FormatError(_("The workbook unpacks to too much data to be read safely."))


def parse_xlsx(data: bytes | str, *, max_bytes: int = reading.MAX_BYTES) -> ParseResult:
    result = ParseResult()
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        reading.check_size(len(data), max_bytes)
        if not data.strip():
            raise FormatError(_("The file is empty."))
        _check_zip(data)
        _guard(spreadsheets.check_xlsx, data)
        rows = _xlsx_rows(data)
    except FormatError as exc:
        result.errors.append(exc.error)
        return result
    _read_rows(rows, result)
    return reading.finish(result)


def _xlsx_rows(data: bytes) -> list[tuple[int, list[_Cell]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = (
                workbook[SHEET_NAME]
                if SHEET_NAME in workbook.sheetnames
                else workbook.worksheets[0]
            )
            rows = []
            bounded = spreadsheets.xlsx_rows(sheet, values_only=False)
            for number, cells in enumerate(bounded, start=1):
                rows.append(
                    (
                        number,
                        [
                            _Cell(
                                _xlsx_value(getattr(cell, "value", None)),
                                "%" in str(getattr(cell, "number_format", "") or ""),
                            )
                            for cell in cells
                        ],
                    )
                )
        finally:
            workbook.close()
    except FormatError:
        raise
    except spreadsheets.SpreadsheetRefused as exc:
        raise FormatError(exc.message) from None
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise FormatError(
            _("The workbook could not be read: %(reason)s.") % {"reason": type(exc).__name__}
        ) from None
    return rows
