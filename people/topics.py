"""Course topics as this layer knows them: slugs, named by the app that owns the catalogue.

``people`` sits below ``courses`` and must not import it, so the courses app registers a
function that lists its topics when it starts; the trainer-topic form offers them as choices.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

TopicSource = Callable[[], Iterable[tuple[str, str]]]

_source: TopicSource | None = None


def register_topic_source(source: TopicSource) -> None:
    """Tell people where topics come from: a callable giving (slug, name) pairs."""
    global _source
    _source = source


def topic_choices() -> list[tuple[str, str]]:
    """Every known topic as (slug, name); empty when no catalogue is installed."""
    return list(_source()) if _source is not None else []
