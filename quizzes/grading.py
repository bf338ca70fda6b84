"""Grading: a pure function of (question snapshot, response) -> mark, with no database access.

A snapshot is the plain dict an attempt stores for each question it shows (see
``Question.to_snapshot``). A response is the learner's saved answer, shaped by question type:

- ``single_choice``: the chosen answer id (str); ``true_false``: ``"true"`` or ``"false"``
- ``multiple_choice``: a list of chosen answer ids
- ``short_answer`` and ``numerical``: the typed text
- ``matching``: ``{prompt id: chosen answer text}``
- ``essay``: the typed text (marked by a trainer, never here)
- ``description``: nothing (it carries no mark)

Fractions are clamped to 0..1, so negative answer weights never push a question below 0, and
marks are rounded half up to two decimals.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from people.names import strip_diacritics
from quizzes.question_types import QuestionType, true_false_word

# Outcome states, also used to style the review.
CORRECT = "correct"
PARTIAL = "partial"
WRONG = "wrong"
UNANSWERED = "unanswered"
NEEDS_MARKING = "needs_marking"
NOT_MARKED = "not_marked"  # description: text only

TWO_PLACES = Decimal("0.01")
ZERO = Decimal("0")
ONE = Decimal("1")
# Weights are stored to seven places, so three answers of 33.33333% add up to 0.9999999. Within
# a millionth of the whole is the whole, as Moodle judges a fraction "right".
FULL_MARK_TOLERANCE = Decimal("0.000001")


@dataclass(frozen=True)
class Grade:
    """What grading one response gives: the fraction of the mark earned and the mark itself.

    ``fraction`` and ``mark`` are None when a person must mark the answer (essay) or the
    question carries no mark (description). ``answer_ids`` names the answers that matched,
    so the review can show their feedback.
    """

    state: str
    fraction: Decimal | None
    mark: Decimal | None
    answer_ids: tuple[str, ...] = ()


def to_decimal(value: Any, default: Decimal = ZERO) -> Decimal:
    if value is None or value == "":
        return default
    try:
        result = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return default
    return result if result.is_finite() else default


def round_mark(value: Decimal) -> Decimal:
    """Half up to two decimals: 0.125 -> 0.13, as people round by hand."""
    return value.quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def clamp_fraction(value: Decimal) -> Decimal:
    """0..1, and 1 for a sum of rounded weights that falls short of the whole by a rounding."""
    if value >= ONE - FULL_MARK_TOLERANCE:
        return ONE
    return max(ZERO, value)


def state_for(fraction: Decimal) -> str:
    """Right, partly right or wrong, by the fraction of the mark earned."""
    if fraction >= ONE:
        return CORRECT
    if fraction <= ZERO:
        return WRONG
    return PARTIAL


def _graded(fraction: Decimal, max_mark: Decimal, answer_ids: tuple[str, ...] = ()) -> Grade:
    fraction = clamp_fraction(fraction)
    return Grade(state_for(fraction), fraction, round_mark(fraction * max_mark), answer_ids)


def _unanswered() -> Grade:
    return Grade(UNANSWERED, ZERO, ZERO.quantize(TWO_PLACES))


def is_answered(snapshot: dict[str, Any], response: Any) -> bool:
    """Whether the learner gave any answer at all (used for the summary and the nav)."""
    qtype = snapshot.get("type")
    if qtype == QuestionType.DESCRIPTION:
        return True
    if response is None:
        return False
    if isinstance(response, str):
        return response.strip() != ""
    if isinstance(response, list):
        return any(str(item).strip() for item in response)
    if isinstance(response, dict):
        return any(str(item).strip() for item in response.values())
    return True


# Text comparison for short answers -------------------------------------------------------


def normalise_text(text: str, *, case_sensitive: bool, ignore_diacritics: bool) -> str:
    """One canonical form: NFC, single spaces, trimmed; folded as the question asks."""
    text = unicodedata.normalize("NFC", str(text))
    text = " ".join(text.split())
    if ignore_diacritics:
        text = strip_diacritics(text, lower=False)
    if not case_sensitive:
        text = text.casefold()
    return text


def _wildcard_pattern(expected: str) -> re.Pattern[str]:
    """``*`` matches any run of characters; ``\\*`` is a literal star."""
    parts = re.split(r"(\\\*|\*)", expected)
    regex = "".join(".*" if p == "*" else re.escape("*" if p == "\\*" else p) for p in parts)
    return re.compile(rf"\A{regex}\Z", re.DOTALL)


def short_answer_matches(
    expected: str, given: str, *, case_sensitive: bool, ignore_diacritics: bool
) -> bool:
    options = {"case_sensitive": case_sensitive, "ignore_diacritics": ignore_diacritics}
    expected_n = normalise_text(expected, **options)
    given_n = normalise_text(given, **options)
    if "*" in expected_n:
        return bool(_wildcard_pattern(expected_n).match(given_n))
    return expected_n == given_n


# Numbers ----------------------------------------------------------------------------------

_NUMBER = re.compile(r"\A[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\Z")


def parse_number(text: Any) -> Decimal | None:
    """Read a number as people type it: "3,5" and "3.5" alike; "1.234,5" and "1,234.5" too.

    With both separators the last one is the decimal point. A single comma or dot is a decimal
    point; several of the same are thousands separators. Spaces are ignored.
    """
    if text is None:
        return None
    value = "".join(str(text).split()).replace("\u2212", "-")
    if not value:
        return None
    if "," in value and "." in value:
        decimal_sep = "," if value.rfind(",") > value.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        value = value.replace(thousands, "").replace(decimal_sep, ".")
    elif value.count(",") == 1:
        value = value.replace(",", ".")
    elif value.count(",") > 1:
        value = value.replace(",", "")
    elif value.count(".") > 1:
        value = value.replace(".", "")
    if not _NUMBER.match(value):
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def numerical_matches(answer: dict[str, Any], number: Decimal) -> bool:
    """The answer's value, plus or minus its tolerance, edges included; "*" matches any number."""
    text = str(answer.get("text", "")).strip()
    if text == "*":
        return True
    value = parse_number(text)
    if value is None:
        return False
    tolerance = abs(to_decimal(answer.get("tolerance")))
    return value - tolerance <= number <= value + tolerance


# Grading by type --------------------------------------------------------------------------


def _answers(snapshot: dict[str, Any]) -> list[dict[str, Any]]:
    return list(snapshot.get("answers") or [])


def _grade_single(snapshot: dict[str, Any], response: Any, max_mark: Decimal) -> Grade:
    chosen = str(response)
    for answer in _answers(snapshot):
        if str(answer.get("id")) == chosen:
            return _graded(to_decimal(answer.get("fraction")), max_mark, (chosen,))
    return _unanswered()


def _grade_multiple(snapshot: dict[str, Any], response: Any, max_mark: Decimal) -> Grade:
    chosen = {str(item) for item in (response if isinstance(response, list) else [response])}
    total = ZERO
    matched: list[str] = []
    for answer in _answers(snapshot):
        answer_id = str(answer.get("id"))
        if answer_id in chosen:
            total += to_decimal(answer.get("fraction"))
            matched.append(answer_id)
    if not matched:
        return _unanswered()
    return _graded(total, max_mark, tuple(matched))


def _grade_short(snapshot: dict[str, Any], response: Any, max_mark: Decimal) -> Grade:
    given = str(response)
    options = {
        "case_sensitive": bool(snapshot.get("case_sensitive")),
        "ignore_diacritics": bool(snapshot.get("ignore_diacritics")),
    }
    # As in Moodle, the first answer in the author's order that matches decides.
    for answer in _answers(snapshot):
        if short_answer_matches(str(answer.get("text", "")), given, **options):
            return _graded(to_decimal(answer.get("fraction")), max_mark, (str(answer.get("id")),))
    return _graded(ZERO, max_mark)


def _grade_numerical(snapshot: dict[str, Any], response: Any, max_mark: Decimal) -> Grade:
    number = parse_number(response)
    if number is None:
        return _graded(ZERO, max_mark)
    for answer in _answers(snapshot):
        if numerical_matches(answer, number):
            return _graded(to_decimal(answer.get("fraction")), max_mark, (str(answer.get("id")),))
    return _graded(ZERO, max_mark)


def _grade_matching(snapshot: dict[str, Any], response: Any, max_mark: Decimal) -> Grade:
    pairs = [p for p in snapshot.get("pairs") or [] if str(p.get("prompt", "")).strip()]
    if not pairs:
        return _graded(ZERO, max_mark)
    chosen = response if isinstance(response, dict) else {}
    right = 0
    for pair in pairs:
        given = chosen.get(str(pair.get("id")))
        if given is not None and str(given) == str(pair.get("answer")):
            right += 1
    return _graded(Decimal(right) / Decimal(len(pairs)), max_mark)


_GRADERS: dict[str, Callable[[dict[str, Any], Any, Decimal], Grade]] = {
    QuestionType.SINGLE_CHOICE: _grade_single,
    QuestionType.TRUE_FALSE: _grade_single,
    QuestionType.MULTIPLE_CHOICE: _grade_multiple,
    QuestionType.SHORT_ANSWER: _grade_short,
    QuestionType.NUMERICAL: _grade_numerical,
    QuestionType.MATCHING: _grade_matching,
}


def grade(snapshot: dict[str, Any], response: Any, max_mark: Decimal | str | None = None) -> Grade:
    """Grade one response against the snapshot it was given with.

    ``max_mark`` defaults to the snapshot's ``default_mark``.
    """
    qtype = snapshot.get("type")
    mark_out_of = to_decimal(
        max_mark if max_mark is not None else snapshot.get("default_mark"), default=ONE
    )
    if qtype == QuestionType.DESCRIPTION:
        return Grade(NOT_MARKED, None, None)
    if qtype == QuestionType.ESSAY:
        if not is_answered(snapshot, response):
            return _unanswered()
        return Grade(NEEDS_MARKING, None, None)
    if not is_answered(snapshot, response):
        return _unanswered()
    grader = _GRADERS.get(str(qtype))
    if grader is None:
        return _graded(ZERO, mark_out_of)
    return grader(snapshot, response, mark_out_of)


def word_count(text: str) -> int:
    return len(str(text or "").split())


@dataclass(frozen=True)
class WordLimitProblem:
    """An essay answer outside its word limits: ``kind`` is "over" or "under"."""

    kind: str
    words: int
    limit: int


def essay_word_problem(snapshot: dict[str, Any], response: Any) -> WordLimitProblem | None:
    """The word-limit problem of an essay answer, or None when it is within its limits.

    A blank answer has no word-limit problem: it is simply not answered.
    """
    if snapshot.get("type") != QuestionType.ESSAY or not is_answered(snapshot, response):
        return None
    essay = snapshot.get("essay") or {}
    words = word_count(response)
    maximum, minimum = essay.get("max_words"), essay.get("min_words")
    if maximum and words > int(maximum):
        return WordLimitProblem("over", words, int(maximum))
    if minimum and words < int(minimum):
        return WordLimitProblem("under", words, int(minimum))
    return None


def local_number(text: str) -> str:
    """A number as the reader writes it ("0,5" in Vietnamese); other text as it is."""
    from django.utils.formats import number_format

    number = parse_number(text)
    if number is None or not is_plain_number(text):
        return text
    return number_format(number.normalize() + 0, use_l10n=True)


def is_plain_number(text: str) -> bool:
    return bool(re.fullmatch(r"\s*-?\d+(\.\d+)?\s*", text))


def correct_response_text(snapshot: dict[str, Any]) -> list[str]:
    """Human-readable right answers, for the review when the quiz allows showing them."""
    qtype = snapshot.get("type")
    answers = _answers(snapshot)
    if qtype in (
        QuestionType.SINGLE_CHOICE,
        QuestionType.TRUE_FALSE,
        QuestionType.SHORT_ANSWER,
        QuestionType.NUMERICAL,
    ):
        best = max((to_decimal(a.get("fraction")) for a in answers), default=ZERO)
        if best <= ZERO:
            return []
        result = []
        for answer in answers:
            if to_decimal(answer.get("fraction")) == best:
                text = str(answer.get("text", ""))
                tolerance = to_decimal(answer.get("tolerance"))
                if qtype == QuestionType.TRUE_FALSE:
                    text = true_false_word(text)
                if qtype == QuestionType.NUMERICAL:
                    text = local_number(text)
                    if tolerance:
                        text = f"{text} ± {local_number(str(tolerance))}"
                result.append(text)
        return result
    if qtype == QuestionType.MULTIPLE_CHOICE:
        return [str(a.get("text", "")) for a in answers if to_decimal(a.get("fraction")) > ZERO]
    if qtype == QuestionType.MATCHING:
        return [
            f"{p.get('prompt')} → {p.get('answer')}"
            for p in snapshot.get("pairs") or []
            if str(p.get("prompt", "")).strip()
        ]
    return []


def response_text(snapshot: dict[str, Any], response: Any) -> list[str]:
    """What a learner answered, in the words they saw: the chosen answers' texts rather than
    their ids, "prompt → answer" for matching, "Đúng"/"Sai" for true/false, the typed text
    otherwise."""
    qtype = snapshot.get("type")
    if response is None or response == "" or response == [] or response == {}:
        return []
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        chosen = {str(c) for c in (response if isinstance(response, list) else [response])}
        return [
            _plain(str(a.get("text", ""))) for a in _answers(snapshot) if str(a.get("id")) in chosen
        ]
    if qtype == QuestionType.MATCHING and isinstance(response, dict):
        return [
            f"{_plain(str(p.get('prompt', '')))} → {response.get(str(p.get('id')), '—')}"
            for p in snapshot.get("pairs") or []
            if str(p.get("prompt", "")).strip()
        ]
    if qtype == QuestionType.TRUE_FALSE:
        return [true_false_word(str(response))]
    return [str(response)]


_TAGS = re.compile(r"<[^>]*>")


def _plain(markup: str) -> str:
    """Text of a rendered answer, without its markup."""
    return " ".join(html.unescape(_TAGS.sub(" ", markup)).split())
