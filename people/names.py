"""Vietnamese text: folding away diacritics, collation keys for sorting names, and
diacritic-free text for searching them.

Pure functions with no database access, at the bottom layer so that every app folds text the
same way. The keys are stored in columns so that ordering and searching happen in the database
the same way on SQLite and PostgreSQL, whatever collation the database was created with.
"""

from __future__ import annotations

import re
import unicodedata

# Vietnamese alphabetical order, with the Latin letters Vietnamese does not use (f, j, w, z) put
# where an English reader would look for them.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"

# Combining marks that make a new letter rather than a tone.
_LETTER_MARKS = {
    ("a", "\u0306"): "ă",  # breve
    ("a", "\u0302"): "â",  # circumflex
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",  # horn
    ("u", "\u031b"): "ư",
}
# The five marked tones, in dictionary order after the level tone (0): huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

# Every primary weight is two digits, so the key is a string of ASCII digits only: every database
# collation orders such strings character by character, which is what the key relies on.
_END = "00"  # end of the letters: a shorter name sorts before a longer one it starts
_WORD = "01"  # between words, and between the given name and the rest
_DIGITS = {str(d): f"{d + 2:02d}" for d in range(10)}  # 02..11
_LETTERS = {letter: f"{i + 12:02d}" for i, letter in enumerate(ALPHABET)}  # 12..44
_OTHER_LETTER = "99"  # letters from other scripts sort after z, together

SORT_KEY_LENGTH = 255


def _letters(text: str) -> list[tuple[str, int]]:
    """Split text into (letter, tone) pairs; anything that is not a letter or digit is ' '."""
    pairs: list[tuple[str, int]] = []
    for char in unicodedata.normalize("NFD", text.lower()):
        if unicodedata.combining(char):
            if not pairs or pairs[-1][0] == " ":
                continue
            base, tone = pairs[-1]
            if (base, char) in _LETTER_MARKS:
                pairs[-1] = (_LETTER_MARKS[(base, char)], tone)
            elif char in _TONES:
                pairs[-1] = (base, _TONES[char])
            continue
        if char.isalnum():
            pairs.append((char, 0))
        elif pairs and pairs[-1][0] != " ":
            pairs.append((" ", 0))
    while pairs and pairs[-1][0] == " ":
        pairs.pop()
    return pairs


def _primary(pairs: list[tuple[str, int]]) -> str:
    out = []
    for letter, _tone in pairs:
        if letter == " ":
            out.append(_WORD)
        elif letter in _LETTERS:
            out.append(_LETTERS[letter])
        elif letter in _DIGITS:
            out.append(_DIGITS[letter])
        else:
            out.append(_OTHER_LETTER)
    return "".join(out)


def _secondary(pairs: list[tuple[str, int]]) -> str:
    return "".join(str(tone) for letter, tone in pairs if letter != " ")


def name_sort_key(given_name: str, other_names: str = "") -> str:
    """A key that sorts people as Vietnamese readers expect.

    First by the given name, then by the family and middle names; letters in Vietnamese order
    (Đ after D, Ư after U, Ơ after Ô after O), tone marks only when the letters are equal.
    """
    given = _letters(given_name)
    rest = _letters(other_names)
    words = given + ([(" ", 0)] if given and rest else []) + rest
    key = _primary(words) + _END + _secondary(words)
    return key[:SORT_KEY_LENGTH]


# Letters that carry their mark in the base character and so do not decompose.
_UNDECOMPOSABLE = str.maketrans(
    {"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L"}
)


def strip_diacritics(text: str, *, lower: bool = True) -> str:
    """Text without tone or letter marks, lower-cased unless ``lower`` is False:
    "Đặng Thu Hà" -> "dang thu ha" (or "Dang Thu Ha")."""
    decomposed = unicodedata.normalize("NFD", text.translate(_UNDECOMPOSABLE))
    bare = "".join(char for char in decomposed if unicodedata.category(char) != "Mn")
    bare = unicodedata.normalize("NFC", bare)
    return bare.lower() if lower else bare


_SPACES = re.compile(r"\s+")


def search_text(*parts: str) -> str:
    """Text to search in without diacritics, one space between words."""
    joined = " ".join(part for part in parts if part)
    return _SPACES.sub(" ", strip_diacritics(joined)).strip()


def search_terms(query: str) -> list[str]:
    """The words of a search query, normalised like the stored search text."""
    return [term for term in search_text(query).split(" ") if term]


def split_full_name(full_name: str) -> tuple[str, str]:
    """(given name, family and middle names) from a full name written in Vietnamese order."""
    parts = full_name.split()
    if not parts:
        return "", ""
    return parts[-1], " ".join(parts[:-1])
