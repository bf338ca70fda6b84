"""The first page of a prepared attempt's questions, rendered when the attempt is prepared.

At an exam's opening every officer opens the first page of their attempt at the same moment.
Nothing on that page can change before the learner's first save: the questions and the order
of their options were fixed when the attempt was prepared, and every answer is empty. So the
worker renders the page's questions when it prepares the attempt, in the learner's language,
and keeps them in the shared cache with how many questions each page holds. The attempt page
shows them while the attempt has had no save (its sequence is 0) and its first page is asked
for; after a save, in another language, or when the cache has lost them, it renders the page
from the answers as usual. Both go through the same template, ``quizzes/attempt_items.html``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from quizzes.models import Response
from quizzes.presentation import question_for_display
from quizzes.question_types import QuestionType

# Longer than any time between preparing an attempt and its quiz's opening (30 minutes by
# default) plus a long exam; a page not found is simply rendered.
KEEP_SECONDS = 12 * 3600
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@dataclass(frozen=True)
class PageCount:
    """One page of an attempt in its page list: questions answered and questions on it."""

    answered: int
    total: int


@dataclass(frozen=True)
class KeptFirstPage:
    items_html: SafeString
    totals: list[int]  # the questions on each page, descriptions left out


def _key(attempt_id: int, language: str) -> str:
    return f"attempt:{attempt_id}:first-page:{language}"


def page_parts(
    responses: Sequence[Response], page: int, page_count: int
) -> tuple[list[dict[str, Any]], list[PageCount]]:
    """The questions of ``page`` as the attempt page shows them (numbered in the attempt's
    order, descriptions unnumbered) and, for every page, its answered and total questions."""
    numbers: dict[int, int] = {}
    counts = [[0, 0] for _page in range(page_count)]
    for response in responses:
        if response.snapshot.get("type") != QuestionType.DESCRIPTION:
            numbers[response.position] = len(numbers) + 1
            if 0 <= response.page < page_count:
                counts[response.page][1] += 1
                if response.answer not in (None, "", [], {}):
                    counts[response.page][0] += 1
    items = [
        question_for_display(
            r.snapshot, number=numbers.get(r.position), response=r.answer, position=r.position
        )
        for r in responses
        if r.page == page
    ]
    return items, [PageCount(answered, total) for answered, total in counts]


def render_items(items: list[dict[str, Any]]) -> SafeString:
    return mark_safe(render_to_string("quizzes/attempt_items.html", {"items": items}))  # noqa: S308 - our template


def keep(attempts: Iterable[tuple[int, int, str, Sequence[Response]]]) -> None:
    """Render and keep the first page of each prepared attempt, given as (attempt id, page
    count, the learner's language, its responses in order)."""
    kept: dict[str, Any] = {}
    for attempt_id, page_count, language, responses in attempts:
        if language not in LANGUAGES:
            language = settings.LANGUAGE_CODE
        with translation.override(language):
            items, counts = page_parts(responses, 0, page_count)
            html = str(render_items(items))
        kept[_key(attempt_id, language)] = {"items": html, "totals": [c.total for c in counts]}
    if kept:
        cache.set_many(kept, KEEP_SECONDS)


def kept(attempt_id: int, language: str) -> KeptFirstPage | None:
    """The attempt's first page as kept in ``language``, or None."""
    found = cache.get(_key(attempt_id, language))
    if not isinstance(found, dict):
        return None
    # Rendered by the worker from our own template, never from outside.
    return KeptFirstPage(mark_safe(found["items"]), list(found["totals"]))  # noqa: S308


def forget(attempt_ids: Iterable[int]) -> None:
    cache.delete_many([_key(pk, language) for pk in attempt_ids for language in LANGUAGES])
