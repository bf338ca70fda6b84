"""Cache entries retired all at once: every key of a family carries the family's current
stamp, and replacing the stamp (one write) makes every earlier entry unreachable. Used for what
pages ask on every request and only an editor or an administrator changes.

Two things keep such a lookup off the network: a request reads every family's stamp from the
shared cache once, in one round trip (``StampsPerRequestMiddleware``), and an entry found once
is kept in the process too, for at most ``LOCAL_SECONDS``. An entry's key carries the stamp, so
a change (which replaces the stamp) retires the process's copies as well as the shared ones.
The process keeps entries pickled and hands each request a copy of its own (the same copy to
every caller within the request), as the shared cache does, so no request sees what another
did to the objects it was given."""

from __future__ import annotations

import pickle
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from contextvars import ContextVar
from typing import Any, TypeVar

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

T = TypeVar("T")

# How long a process keeps an entry it found: a change made behind the signals' back (which
# the entries' own expiry heals in the shared cache) shows in every process within this.
LOCAL_SECONDS = 60.0
LOCAL_ENTRIES = 4096

_stamps_of_request: ContextVar[dict[str, str] | None] = ContextVar(
    "kns_stamps_of_request", default=None
)
# What this request has found already, by key: read (and unpickled) once per request.
_found_in_request: ContextVar[dict[str, Any] | None] = ContextVar(
    "kns_found_in_request", default=None
)
# A family's stamp when the shared cache did not answer: nothing is kept under it for long
# (the process's copies expire, the shared cache takes nothing).
UNANSWERED = "-"
# Every family's stamp key: a request reads them all in one round trip.
_families: list[str] = []


class ProcessEntries:
    """Entries kept in this process, each for a while, the least recently used dropped first
    beyond ``limit``; safe across threads."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._entries: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        """The entry, or None when there is none or it has expired."""
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                return None
            if found[0] < time.monotonic():
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return found[1]

    def put(self, key: Hashable, value: Any, seconds: float) -> None:
        with self._lock:
            self._entries[key] = (time.monotonic() + seconds, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.limit:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


_local = ProcessEntries(LOCAL_ENTRIES)


def clear_local() -> None:
    """Forget every entry this process keeps (the tests start each case with none)."""
    _local.clear()


def _local_get(key: str) -> Any:
    data = _local.get(key)
    # Written by this process, never from outside.
    return None if data is None else pickle.loads(data)  # noqa: S301


def _local_set(key: str, value: Any, seconds: float) -> None:
    _local.put(key, pickle.dumps(value, pickle.HIGHEST_PROTOCOL), min(seconds, LOCAL_SECONDS))


class StampsPerRequestMiddleware:
    """Each family's stamp is read from the shared cache at most once per request."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _stamps_of_request.set({})
        found = _found_in_request.set({})
        try:
            return self.get_response(request)
        finally:
            _found_in_request.reset(found)
            _stamps_of_request.reset(token)


def read_stamps(known: dict[str, str], *extra: str, entries: Sequence[str] = ()) -> dict[str, Any]:
    """Every family's stamp, and the stamps named ``extra``, in one round trip into ``known``;
    the ``entries`` named (read in the same round trip) are returned as they were found."""
    found = cache.get_many([*_families, *extra, *entries])
    wanted = set(entries)
    known.update({k: str(v) for k, v in found.items() if k not in wanted})
    return {k: v for k, v in found.items() if k in wanted}


def stamps_of_request() -> dict[str, str] | None:
    """The stamps this request has read (or renewed) so far, or None outside a request."""
    return _stamps_of_request.get()


class CacheStamp:
    def __init__(self, family: str, timeout_seconds: int) -> None:
        self.family = family
        self.timeout_seconds = timeout_seconds
        self.key = f"{family}:stamp"
        _families.append(self.key)

    def current(self) -> str:
        known = _stamps_of_request.get()
        if known is not None:
            if self.key in known:
                return known[self.key]
            if not known:  # the request's first: every family's stamp in one round trip
                read_stamps(known)
                if self.key in known:
                    return known[self.key]
        stamp = cache.get(self.key)
        if stamp is None:
            cache.add(self.key, uuid.uuid4().hex, None)
            stamp = cache.get(self.key) or UNANSWERED
        if known is not None:
            known[self.key] = str(stamp)
        return str(stamp)

    def renew(self, **kwargs: Any) -> None:
        """Retire every entry of the family (connectable to signals as it is)."""
        stamp = uuid.uuid4().hex
        cache.set(self.key, stamp, None)
        known = _stamps_of_request.get()
        if known is not None:
            known[self.key] = stamp

    def key_for(self, name: str) -> str:
        return f"{self.family}:{self.current()}:{name}"

    def peek(self, name: str) -> Any:
        """The entry ``name`` under the current stamp, or None. Within a request, every
        caller gets the same copy."""
        key = self.key_for(name)
        in_request = _found_in_request.get()
        if in_request is not None and key in in_request:
            return in_request[key]
        value = _local_get(key)
        if value is None:
            value = cache.get(key)
            if value is not None:
                _local_set(key, value, self.timeout_seconds)
        if in_request is not None and value is not None:
            in_request[key] = value
        return value

    def store(self, name: str, value: Any) -> None:
        key = self.key_for(name)
        cache.set(key, value, self.timeout_seconds)
        _local_set(key, value, self.timeout_seconds)

    def remember(self, name: str, compute: Callable[[], T]) -> T:
        """``compute()``, from the cache while the stamp stands (and for a while at most)."""
        value = self.peek(name)
        if value is None:
            value = compute()
            if value is not None:
                self.store(name, value)
        return value
