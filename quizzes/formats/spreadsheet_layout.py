"""The columns of our spreadsheet layout (described in ``spreadsheet``), shared by its reader and
its writer (``spreadsheet_writer``)."""

from __future__ import annotations

import re

from quizzes.question_types import QuestionType

BASE_COLUMNS = (
    "category",
    "type",
    "name",
    "text",
    "text_format",
    "general_feedback",
    "default_mark",
    "penalty",
    "tags",
    "idnumber",
    "shuffle_answers",
    "answer_numbering",
    "case_sensitive",
    "ignore_diacritics",
)
GROUP_COLUMNS = ("answer", "weight", "feedback", "tolerance", "match")
REQUIRED_COLUMNS = ("type", "text")
SHEET_NAME = "Questions"
MAX_CELL = 32767  # Excel's limit on the length of a cell
# A cell Excel would run as a formula: a leading quote keeps it text (and is removed on import;
# home.spreadsheets.inert adds it on export).
FORMULA = re.compile(r"^'*[=+\-@\t\r]")


def type_names() -> str:
    """The question types as a spreadsheet names them, for messages and the instructions."""
    return ", ".join(str(t) for t in QuestionType)
