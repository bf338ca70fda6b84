"""Cache entries retired all at once: every key of a family carries the family's current
stamp, and replacing the stamp (one write) makes every earlier entry unreachable. Used for what
pages ask on every request and only an editor or an administrator changes."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import cache

T = TypeVar("T")


class CacheStamp:
    def __init__(self, family: str, timeout_seconds: int) -> None:
        self.family = family
        self.timeout_seconds = timeout_seconds
        self.key = f"{family}:stamp"

    def current(self) -> str:
        stamp = cache.get(self.key)
        if stamp is None:
            cache.add(self.key, uuid.uuid4().hex, None)
            stamp = cache.get(self.key) or "-"
        return str(stamp)

    def renew(self, **kwargs: Any) -> None:
        """Retire every entry of the family (connectable to signals as it is)."""
        cache.set(self.key, uuid.uuid4().hex, None)

    def key_for(self, name: str) -> str:
        return f"{self.family}:{self.current()}:{name}"

    def remember(self, name: str, compute: Callable[[], T]) -> T:
        """``compute()``, from the cache while the stamp stands (and for a while at most)."""
        key = self.key_for(name)
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, self.timeout_seconds)
        return value
