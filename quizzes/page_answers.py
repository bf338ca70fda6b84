"""Answers as the attempt page shows and sends them.

The page names an option by its place in the attempt's own order (shuffled when the quiz says
so), never by a database id that would reveal the order the trainer wrote the answers in; the
server maps places back to answer ids. What a page sends is checked strictly: a question the
attempt does not have, an option the question does not have or a value of the wrong kind is
refused with a message naming it (``AnswerRejected``), and nothing of that save is applied.
"""

from __future__ import annotations

import math
from typing import Any

from django.utils.translation import gettext as _

from quizzes.question_types import QuestionType
from quizzes.services.refusals import AnswerRejected

# Positions of questions and options are small numbers; anything longer is not one of them.
MAX_DIGITS = 6
# The longest typed answer (short or numerical) and essay the page may send.
MAX_TYPED = 1000
MAX_ESSAY = 20_000


def option_value(index: int) -> str:
    """The value of the index-th option (0-based) in the attempt's order."""
    return str(index)


def _index(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= MAX_DIGITS:
        return int(value)
    return None


def question_position(key: Any) -> int:
    """The position a save names a question by; refused unless it is a small number."""
    position = _index(key)
    if position is None or position < 0 or position >= 10**MAX_DIGITS:
        raise AnswerRejected(
            _("The answers name a question (%(key)s) that is not part of this attempt.")
            % {"key": str(key)[:20]}
        )
    return position


def unknown_question(position: int) -> AnswerRejected:
    return AnswerRejected(
        _("The answers name a question (%(key)s) that is not part of this attempt.")
        % {"key": position}
    )


def _wrong_kind(number: int) -> AnswerRejected:
    return AnswerRejected(
        _("The answer to question %(number)s is not of the kind this question takes.")
        % {"number": number}
    )


def _no_option(number: int, value: Any) -> AnswerRejected:
    return AnswerRejected(
        _("Question %(number)s has no option %(value)s.")
        % {"number": number, "value": str(value)[:20]}
    )


def _option_id(answers: list[dict[str, Any]], value: Any, number: int) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _wrong_kind(number)
    index = _index(value)
    if index is None or not 0 <= index < len(answers):
        raise _no_option(number, value)
    return str(answers[index].get("id"))


def _text(value: Any, number: int, limit: int) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _wrong_kind(number)
    if isinstance(value, float) and not math.isfinite(value):
        raise _wrong_kind(number)
    text = str(value)
    if len(text) > limit:
        raise AnswerRejected(
            _("The answer to question %(number)s is longer than %(limit)s characters.")
            % {"number": number, "limit": limit}
        )
    return text if text.strip() else None


def answer_from_page(snapshot: dict[str, Any], value: Any, *, number: int) -> Any:
    """The stored form of one answer sent by the attempt page (``None``: no answer).

    ``number`` names the question in messages. Raises AnswerRejected naming the problem."""
    qtype = snapshot.get("type")
    if value is None or value == "" or value == []:
        return None
    if qtype == QuestionType.SINGLE_CHOICE:
        return _option_id(snapshot.get("answers") or [], value, number)
    if qtype == QuestionType.MULTIPLE_CHOICE:
        values = value if isinstance(value, list) else [value]
        answers = snapshot.get("answers") or []
        chosen = {_option_id(answers, item, number) for item in values}
        return [str(a.get("id")) for a in answers if str(a.get("id")) in chosen]
    if qtype == QuestionType.TRUE_FALSE:
        if value not in ("true", "false"):
            raise _no_option(number, value)
        return value
    if qtype == QuestionType.MATCHING:
        if not isinstance(value, dict):
            raise _wrong_kind(number)
        pair_ids = {str(p.get("id")) for p in snapshot.get("pairs") or []}
        choices = set(snapshot.get("choices") or [])
        matched = {}
        for key, choice in value.items():
            if str(key) not in pair_ids:
                raise _no_option(number, key)
            if choice in ("", None):
                continue
            if not isinstance(choice, str) or choice not in choices:
                raise _no_option(number, choice)
            matched[str(key)] = choice
        return matched or None
    if qtype in (QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL):
        return _text(value, number, MAX_TYPED)
    if qtype == QuestionType.ESSAY:
        return _text(value, number, MAX_ESSAY)
    raise AnswerRejected(_("Question %(number)s takes no answer.") % {"number": number})
