"""Reading an uploaded file safely: size limit, binary detection, UTF-8, line splitting."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from .records import FormatError, ParseError, ParseResult

MAX_BYTES = 10 * 1024 * 1024
# Bounds on the work one upload can ask for; real banks are far below them.
MAX_QUESTIONS = 10_000
MAX_ANSWERS = 500
UTF8_BOM = b"\xef\xbb\xbf"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SURROGATES = re.compile("[\ud800-\udfff]")


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size} B"


def check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise FormatError(
            _("The file is %(size)s; files larger than %(limit)s cannot be imported.")
            % {"size": human_size(size), "limit": human_size(max_bytes)}
        )


def binary_kind(data: bytes) -> str | None:
    """What a binary file looks like, or None when it looks like text."""
    head = data[:8192]
    if head.startswith(b"PK\x03\x04"):
        return _("a zip archive, such as an Excel or Word file")
    if head.startswith(b"%PDF"):
        return _("a PDF document")
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM")):
        return _("a picture")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return _("an old Office document (.doc or .xls)")
    if b"\x00" in head:
        return _("a binary file")
    return None


def decode_text(data: bytes | str, *, label: str, max_bytes: int = MAX_BYTES) -> str:
    """The text of an uploaded text file, or FormatError saying why it cannot be read."""
    if isinstance(data, str):
        check_size(len(data), max_bytes)
        # Lone surrogates cannot come from a real file (nor be saved): make them visible.
        text = _SURROGATES.sub("\ufffd", data.removeprefix("\ufeff"))
    else:
        check_size(len(data), max_bytes)
        kind = binary_kind(data)
        if kind:
            raise FormatError(
                _(
                    "This is not a text file: it looks like %(kind)s. Check that you chose the "
                    "right file and the right format."
                )
                % {"kind": kind}
            )
        raw = data.removeprefix(UTF8_BOM)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise FormatError(
                _(
                    "The file you selected does not use UTF-8 character encoding. "
                    "%(format)s format files must use UTF-8."
                )
                % {"format": label},
                line,
            ) from None
    if "\x00" in text:
        raise FormatError(_("This is not a text file: it contains NUL characters."))
    if not text.strip():
        raise FormatError(_("The file is empty."))
    return text


def split_lines(text: str) -> list[str]:
    """Lines split on LF, CRLF or CR alike, so that line numbers match what editors show."""
    return _LINE_BREAK.split(text)


def too_many(result: ParseResult, line: int) -> bool:
    """Stop reading past MAX_QUESTIONS questions, saying so once."""
    if len(result.questions) + len(result.errors) <= MAX_QUESTIONS:
        return False
    result.errors.append(
        ParseError(
            line,
            _("The file holds more than %(count)s questions; split it into smaller files.")
            % {"count": MAX_QUESTIONS},
        )
    )
    return True


def finish(result: ParseResult) -> ParseResult:
    """A file that yields nothing is an error, as in Moodle ("no questions in file")."""
    if not result.questions and not result.errors:
        result.errors.append(ParseError(1, _("No questions were found in the file.")))
    result.errors.sort(key=lambda error: error.line)
    return result
