"""Search text for Vietnamese: fold case, and strip diacritics so "dang" finds "Đảng".

Pure functions, no database: pages store both forms in columns when they are saved, and a
search compares the query in the same form, so SQLite and PostgreSQL behave the same.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from django.utils.html import strip_tags

from people.names import strip_diacritics

_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Lower case with diacritics kept, whitespace collapsed: for exact-diacritic matches."""
    text = unicodedata.normalize("NFC", text or "")
    return _SPACES.sub(" ", text.lower()).strip()


def plain(text: str) -> str:
    """Lower case without diacritics (đ becomes d), whitespace collapsed."""
    return _SPACES.sub(" ", strip_diacritics(text or "")).strip()


def html_to_text(fragment: str) -> str:
    """Visible text of a fragment of HTML, with block ends turned into spaces."""
    spaced = re.sub(r"<(br|/p|/li|/h\d|/td|/th|/div)\b[^>]*>", " ", fragment or "", flags=re.I)
    return _SPACES.sub(" ", html.unescape(strip_tags(spaced))).strip()


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield html_to_text(value) if "<" in value else value
    elif isinstance(value, dict):
        if "type" in value and "value" in value:
            yield from _strings(value["value"])
        else:
            for key, item in value.items():
                if key not in {"id", "correct", "kind", "language"}:
                    yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def stream_text(raw_blocks: Iterable[Any]) -> str:
    """All readable text of a StreamField in its raw (JSON) form, in reading order."""
    return " ".join(s for s in _strings(list(raw_blocks)) if s)


def index_form(text: str, *, exact: bool = False) -> str:
    """Text as stored for search: words in plain (or, if ``exact``, folded) form, separated
    and surrounded by single spaces, so " word" matches at the start of a word."""
    words = _NOT_WORD.sub(" ", fold(text) if exact else plain(text)).split()
    return f" {' '.join(words)} " if words else ""


def search_terms(query: str, *, limit: int = 8, exact: bool = False) -> list[str]:
    """The distinct words of a query in plain (or, if ``exact``, folded) form, at most
    ``limit`` of them."""
    terms: list[str] = []
    for word in index_form(query, exact=exact).split():
        if word not in terms:
            terms.append(word)
    return terms[:limit]
