"""A signed-in person's own part of a page (/my/, the home page's welcome panel) rendered once
and kept until anything it shows may have changed.

An entry's key names all that the part depends on: the person (and their name and email),
their learner stamp (``people.learner_stamps``, replaced by every write of what is theirs),
the stamp of every learner, the site's structure stamp (publishing, moving, renaming pages),
the language, the scheme and host, the full address with its query, and today's date in the
site's time zone (deadlines read "overdue" or "due in N days"). An entry also ends at midnight, at
the moment the part says it would read differently (a quiz showing its marks once it closes),
and after ``SHARED_SECONDS`` at most; a process keeps its copy for ``LOCAL_SECONDS`` at most.

Form tokens are never kept: each rendering puts a marker of its own in their place, filled with
the request's token whenever the part is served. Messages are not in these parts. When the
shared cache does not answer, nothing is kept and every part is rendered in full.
"""

from __future__ import annotations

import datetime
import hashlib
import secrets
from collections.abc import Callable, Hashable
from typing import Any

from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from home.form_tokens import get_token
from people.cache_stamps import LOCAL_SECONDS, ProcessEntries
from people.learner_stamps import LEARNERS, learner_stamp

SHARED_SECONDS = 10 * 60
# A /my/ page's part is some tens of kilobytes: a process keeps this many at most.
LOCAL_ENTRIES = 512

_local = ProcessEntries(LOCAL_ENTRIES)

# What a rendering returns: its HTML (its form tokens being ``marker``) and the moment it
# would read differently, when there is one before midnight.
Rendering = tuple[str, datetime.datetime | None]


def clear() -> None:
    """Forget every part this process keeps (the tests start each case with none)."""
    _local.clear()


def new_marker() -> str:
    return f"kns-token-{secrets.token_hex(12)}"


def _fill(marker: str, html: str, request: HttpRequest) -> SafeString:
    if marker in html:
        html = html.replace(marker, get_token(request))
    return mark_safe(html)  # noqa: S308 - rendered by the templates themselves


def _key(request: HttpRequest, name: str, stamp: str, today: datetime.date, parts: Any) -> str:
    from courses.site_cache import version

    user = request.user
    described = repr(
        (
            name,
            user.pk,
            getattr(user, "get_full_name", str)(),
            getattr(user, "email", ""),
            stamp,
            LEARNERS.current(),
            version(),
            get_language(),
            request.scheme,
            request.get_host(),
            request.get_full_path(),
            today.isoformat(),
            parts,
        )
    )
    return f"learner-page:{hashlib.sha256(described.encode()).hexdigest()}"


def _until(now: datetime.datetime, changes_at: datetime.datetime | None) -> float:
    """Until when (a timestamp) an entry rendered ``now`` holds."""
    midnight = timezone.make_aware(
        datetime.datetime.combine(
            timezone.localdate(now) + datetime.timedelta(days=1), datetime.time.min
        )
    )
    until = min(now + datetime.timedelta(seconds=SHARED_SECONDS), midnight)
    if changes_at is not None:
        until = min(until, changes_at)
    return until.timestamp()


def learner_part(
    request: HttpRequest,
    name: str,
    render: Callable[[str], Rendering],
    *parts: Hashable,
) -> SafeString:
    """The signed-in person's part ``name`` of this page: ``render(marker)`` (the HTML with
    ``marker`` for every form token) unless it is kept; ``parts`` name anything else the part
    depends on."""
    user = request.user
    stamp = learner_stamp(user.pk) if user.is_authenticated else None
    if stamp is None:  # no shared cache: nothing is kept
        marker = new_marker()
        return _fill(marker, render(marker)[0], request)
    now = timezone.now()
    key = _key(request, name, stamp, timezone.localdate(now), parts)
    found = _local.get(key)
    if found is None:
        found = cache.get(key)
        if found is not None and found[2] > now.timestamp():
            _local.put(key, found, min(LOCAL_SECONDS, found[2] - now.timestamp()))
    if found is not None:
        marker, html, until = found
        if until > now.timestamp():
            return _fill(marker, html, request)
    marker = new_marker()
    html, changes_at = render(marker)
    until = _until(now, changes_at)
    seconds = until - now.timestamp()
    if seconds > 0:
        entry = (marker, html, until)
        cache.set(key, entry, max(1, int(seconds)))
        _local.put(key, entry, min(LOCAL_SECONDS, seconds))
    return _fill(marker, html, request)
