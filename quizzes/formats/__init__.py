"""Question import and export formats: GIFT, Moodle XML, Aiken and spreadsheets.

Pure functions from bytes to records and back; nothing here touches the database. Saving the
records into the question bank is a separate step.
"""

from quizzes.question_types import QuestionType

from .records import (
    Answer,
    Category,
    EssayOptions,
    FormatError,
    Hint,
    Pair,
    ParseError,
    ParseResult,
    Question,
    TextFormat,
    normalise,
)
from .registry import EXPORT_FORMATS, FORMATS, Format, detect_format, export_problems, get_format

__all__ = [
    "EXPORT_FORMATS",
    "FORMATS",
    "Answer",
    "Category",
    "EssayOptions",
    "Format",
    "FormatError",
    "Hint",
    "Pair",
    "ParseError",
    "ParseResult",
    "Question",
    "QuestionType",
    "TextFormat",
    "detect_format",
    "export_problems",
    "get_format",
    "normalise",
]
