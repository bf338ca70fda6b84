"""Which formats exist, how to read and write each, and guessing a file's format by its name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import aiken, gift, moodlexml, spreadsheet
from .records import Category, FormatError, ParseResult, Question

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

Parser = Callable[[bytes], ParseResult]
Exporter = Callable[[Sequence[Question], Sequence[Category]], bytes]
Problems = Callable[[Sequence[Question]], list[str]]


def _none(questions: Sequence[Question]) -> list[str]:
    return []


@dataclass(frozen=True)
class Format:
    key: str
    label: StrOrPromise
    extensions: tuple[str, ...]
    media_type: str
    parse: Parser
    export: Exporter | None
    # What error numbers count: lines of a text file or rows of a sheet.
    unit: str = "line"
    # Why some valid questions cannot be written in the format (its exporter refuses them).
    problems: Problems = _none

    @property
    def extension(self) -> str:
        return self.extensions[0]


def _utf8(export: Callable[[Sequence[Question], Sequence[Category]], str]) -> Exporter:
    def encoded(questions: Sequence[Question], categories: Sequence[Category] = ()) -> bytes:
        return export(questions, categories).encode("utf-8")

    return encoded


FORMATS: dict[str, Format] = {
    "gift": Format(
        "gift",
        gettext_lazy("Moodle GIFT"),
        (".gift", ".gift.txt", ".txt"),
        "text/plain; charset=utf-8",
        gift.parse,
        _utf8(gift.export),
        problems=gift.problems,
    ),
    "moodlexml": Format(
        "moodlexml",
        gettext_lazy("Moodle XML"),
        (".xml",),
        "application/xml",
        moodlexml.parse,
        _utf8(moodlexml.export),
    ),
    "aiken": Format(
        "aiken",
        gettext_lazy("Aiken"),
        (".aiken", ".aiken.txt"),
        "text/plain; charset=utf-8",
        aiken.parse,
        _utf8(aiken.export),
    ),
    "xlsx": Format(
        "xlsx",
        gettext_lazy("Excel workbook"),
        (".xlsx",),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        spreadsheet.parse_xlsx,
        spreadsheet.export_xlsx,
        unit="row",
        problems=spreadsheet.problems,
    ),
    "csv": Format(
        "csv",
        gettext_lazy("CSV (UTF-8)"),
        (".csv",),
        "text/csv; charset=utf-8",
        spreadsheet.parse_csv,
        _utf8(spreadsheet.export_csv),
        unit="row",
        problems=spreadsheet.problems,
    ),
}
# The formats the question bank exports to (the admin's export page and export_questions).
EXPORT_FORMATS = ("gift", "moodlexml", "xlsx")


def export_problems(questions: Sequence[Question]) -> list[str]:
    """Why some valid questions cannot be written in one of the formats the bank exports to
    (empty when every one of them can write them all)."""
    return [problem for key in EXPORT_FORMATS for problem in FORMATS[key].problems(questions)]


def get_format(key: str) -> Format:
    try:
        return FORMATS[key]
    except KeyError:
        raise FormatError(
            _("Unknown format %(format)s; use one of: %(formats)s.")
            % {"format": key, "formats": ", ".join(FORMATS)}
        ) from None


def _looks_like_aiken(data: bytes) -> bool:
    text = data[:65536].decode("utf-8", errors="replace")
    lines = [line.strip() for line in text.splitlines()]
    return any(line.startswith("ANSWER:") for line in lines) and "{" not in text


def detect_format(filename: str, data: bytes | None = None) -> str:
    """The format key for a file name ("bank.gift" -> "gift"); a bare ".txt" is GIFT unless
    ``data`` looks like Aiken. Raises FormatError when the name says nothing we read."""
    name = PurePath(filename).name.lower()
    for key in ("aiken", "gift", "moodlexml", "xlsx", "csv"):
        if any(name.endswith(ext) for ext in FORMATS[key].extensions if ext != ".txt"):
            return key
    if name.endswith(".txt"):
        return "aiken" if data is not None and _looks_like_aiken(data) else "gift"
    if name.endswith(".xls"):
        raise FormatError(_("Old Excel files (.xls) cannot be read: save the file as .xlsx."))
    raise FormatError(
        _(
            "Cannot tell the format of %(name)s from its name; name it .gift, .xml, .txt "
            "(Aiken), .xlsx or .csv, or choose the format."
        )
        % {"name": PurePath(filename).name}
    )
