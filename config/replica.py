"""Reports read from a PostgreSQL replica; everything else, and everyone who just wrote, reads
from the primary.

Reads go to the replica only inside ``replica_reads()`` (dashboards, exports, statistics), only
when ``DATABASE_REPLICA_URL`` configured one, and only while the session is not pinned to the
primary. ``ReadYourWritesMiddleware`` pins a browser to the primary for ``REPLICA_PIN_SECONDS``
after any request of it that wrote, as Moodle does with its written-table delay, so a person
never misses what they have just saved because the replica lags behind.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.http import HttpRequest, HttpResponse

REPLICA = "replica"
PIN_COOKIE = "kns_primary"
_PIN_SALT = "kns.replica.pin"
_WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|MERGE|TRUNCATE|CREATE|ALTER|DROP)\b", re.I)

_reports_reading: ContextVar[bool] = ContextVar("kns_reports_reading", default=False)
_pinned: ContextVar[bool] = ContextVar("kns_pinned_to_primary", default=False)

F = TypeVar("F", bound=Callable[..., Any])


def replica_configured() -> bool:
    return REPLICA in settings.DATABASES


def read_alias() -> str:
    """The database that a read made now goes to."""
    if _reports_reading.get() and not _pinned.get() and replica_configured():
        return REPLICA
    return DEFAULT_DB_ALIAS


@contextmanager
def replica_reads() -> Iterator[None]:
    """Reads inside this block may come from the replica (reports, exports, statistics)."""
    token = _reports_reading.set(True)
    try:
        yield
    finally:
        _reports_reading.reset(token)


def reads_from_replica(view: F) -> F:
    """Decorate a view whose reads may come from the replica."""

    @functools.wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        with replica_reads():
            return view(*args, **kwargs)

    return wrapped  # type: ignore[return-value]


@contextmanager
def primary_reads() -> Iterator[None]:
    """Reads inside this block come from the primary, whatever the caller asked."""
    token = _pinned.set(True)
    try:
        yield
    finally:
        _pinned.reset(token)


def is_write(sql: str) -> bool:
    return bool(_WRITE.match(sql))


class ReadYourWritesMiddleware:
    """Pin to the primary a browser that wrote, for REPLICA_PIN_SECONDS after its last write.

    A write is any request that changes a row in the primary (a form, an autosave, a GET that
    records something), seen as it happens, so even the rest of that same request reads from
    the primary. The pin is a signed cookie rather than a session value: setting it must not
    itself write, and it holds for signed-out visitors too.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not replica_configured():
            return self.get_response(request)
        seconds = settings.REPLICA_PIN_SECONDS
        pinned = (
            request.get_signed_cookie(PIN_COOKIE, default=None, salt=_PIN_SALT, max_age=seconds)
            is not None
        )
        wrote = False

        def watch(execute: Callable[..., Any], sql: str, *args: Any) -> Any:
            nonlocal wrote
            if not wrote and is_write(sql):
                wrote = True
                _pinned.set(True)
            return execute(sql, *args)

        token = _pinned.set(pinned)
        try:
            with connections[DEFAULT_DB_ALIAS].execute_wrapper(watch):
                response = self.get_response(request)
        finally:
            _pinned.reset(token)
        if wrote:
            response.set_signed_cookie(
                PIN_COOKIE,
                "1",
                salt=_PIN_SALT,
                max_age=seconds,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
