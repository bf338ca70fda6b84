"""GIFT text as the parser reads it: escaped characters marked, and spans of a question block
that pass them by and remember their lines. Also the ``[format]`` prefixes both directions use."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .records import PHP_WHITESPACE, TextFormat

FORMAT_TAGS = {
    "moodle": TextFormat.MOODLE,
    "html": TextFormat.HTML,
    "plain": TextFormat.PLAIN,
    "markdown": TextFormat.MARKDOWN,
}


# Escaped characters -------------------------------------------------------------------------

# Escaped characters become lone surrogates while a question is parsed, one character for one,
# so that searches for "{", "~", "#"… pass them by and offsets stay those of the final text.
# Decoded text never holds lone surrogates, so a trainer's text cannot be mistaken for them.
_ESCAPES = {
    ":": "\ud83a",
    "#": "\ud823",
    "=": "\ud83d",
    "{": "\ud87b",
    "}": "\ud87d",
    "~": "\ud87e",
    "n": "\ud80a",
}
_BACKSLASH = "\udc5c"
_RESTORE = str.maketrans({mark: "\n" if char == "n" else char for char, mark in _ESCAPES.items()})
SURROGATES = re.compile("[\ud800-\udfff]")


def mark_escapes(text: str) -> str:
    """Moodle's escapedchar_pre: ``\\\\`` is a backslash, ``\\~`` and its kin are marked."""
    if "\\" not in text:
        return text
    text = text.replace("\\\\", _BACKSLASH)
    for char, mark in _ESCAPES.items():
        text = text.replace("\\" + char, mark)
    return text.replace(_BACKSLASH, "\\")


@dataclass
class Source:
    text: str  # with escaped characters marked
    first_line: int
    _line_starts: list[int] | None = None

    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            starts = [0]
            index = self.text.find("\n")
            while index >= 0:
                starts.append(index + 1)
                index = self.text.find("\n", index + 1)
            self._line_starts = starts
        return self._line_starts


@dataclass(frozen=True)
class Span:
    """A slice of a question block; searches pass escaped characters by."""

    src: Source
    start: int
    end: int

    @property
    def value(self) -> str:
        """The text, escaped characters restored (Moodle's escapedchar_post)."""
        return self.src.text[self.start : self.end].translate(_RESTORE)

    def __len__(self) -> int:
        return self.end - self.start

    def find(self, needle: str, begin: int = 0) -> int:
        index = self.src.text.find(needle, self.start + begin, self.end)
        return index - self.start if index >= 0 else -1

    def rfind(self, needle: str) -> int:
        index = self.src.text.rfind(needle, self.start, self.end)
        return index - self.start if index >= 0 else -1

    def startswith(self, needle: str) -> bool:
        return self.src.text.startswith(needle, self.start, self.end)

    def endswith(self, needle: str) -> bool:
        return self.src.text.endswith(needle, self.start, self.end)

    def positions(self, chars: str) -> list[int]:
        """Where the unescaped ``chars`` are, relative to this span."""
        pattern = re.compile("[" + re.escape(chars) + "]")
        return [
            m.start() - self.start for m in pattern.finditer(self.src.text, self.start, self.end)
        ]

    def char(self, offset: int) -> str:
        return self.src.text[self.start + offset]

    def cut(self, begin: int, end: int | None = None) -> Span:
        stop = self.end if end is None else self.start + end
        return Span(self.src, self.start + begin, stop)

    def strip(self) -> Span:
        text = self.src.text
        start, end = self.start, self.end
        while start < end and text[start] in PHP_WHITESPACE:
            start += 1
        while end > start and text[end - 1] in PHP_WHITESPACE:
            end -= 1
        return Span(self.src, start, end)

    def split(self, separator: str, limit: int = -1) -> list[Span]:
        pieces: list[Span] = []
        begin = 0
        while limit < 0 or len(pieces) < limit:
            index = self.find(separator, begin)
            if index < 0:
                break
            pieces.append(self.cut(begin, index))
            begin = index + len(separator)
        pieces.append(self.cut(begin))
        return pieces

    def line_at(self, offset: int = 0) -> int:
        index = bisect_right(self.src.line_starts(), self.start + offset) - 1
        return self.src.first_line + max(index, 0)


def source(lines: list[tuple[int, str]]) -> Span:
    text = mark_escapes("\n".join(line for _number, line in lines))
    return Span(Source(text, lines[0][0]), 0, len(text))
