"""A Redis cache that fails open: when Redis cannot be reached, every page still serves.

Django's RedisCache raises on any connection error, so one missing Redis answers every page with
a 500. Here each operation that fails is logged (at most once a minute per process) and treated
as a miss: ``get`` gives the default, ``add`` and ``delete`` say nothing was done, ``set`` is
dropped, ``incr`` starts again from the delta. Sessions are ``cached_db``, so they fall back to
the database; rate limits counted in the cache stop counting until Redis is back.

``check()`` does not fail open: the health check uses it to report the cache as down.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from typing import Any

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

LOG_EVERY_SECONDS = 60.0
# Connecting to and talking with Redis never holds a page longer than this.
SOCKET_TIMEOUT_SECONDS = 1.0

_last_logged = 0.0


def _log(operation: str, error: Exception) -> None:
    global _last_logged
    now = time.monotonic()
    if now - _last_logged >= LOG_EVERY_SECONDS:
        _last_logged = now
        logger.error("Cache unavailable (%s failed: %s); serving without it", operation, error)


def _fail_open(fallback: Callable[..., Any]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def decorate(method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def wrapper(self: FailOpenRedisClient, *args: Any, **kwargs: Any) -> Any:
            try:
                return method(self, *args, **kwargs)
            except (self._lib.exceptions.RedisError, OSError) as error:  # type: ignore[attr-defined]
                _log(method.__name__, error)
                return fallback(*args, **kwargs)

        return wrapper

    return decorate


class FailOpenRedisClient(RedisCacheClient):
    def __init__(self, servers: Any, **options: Any) -> None:
        options.setdefault("socket_connect_timeout", SOCKET_TIMEOUT_SECONDS)
        options.setdefault("socket_timeout", SOCKET_TIMEOUT_SECONDS)
        super().__init__(servers, **options)

    add = _fail_open(lambda *a, **k: False)(RedisCacheClient.add)
    get = _fail_open(lambda key, default: default)(RedisCacheClient.get)
    set = _fail_open(lambda *a, **k: None)(RedisCacheClient.set)
    touch = _fail_open(lambda *a, **k: False)(RedisCacheClient.touch)
    delete = _fail_open(lambda *a, **k: False)(RedisCacheClient.delete)
    get_many = _fail_open(lambda *a, **k: {})(RedisCacheClient.get_many)
    has_key = _fail_open(lambda *a, **k: False)(RedisCacheClient.has_key)
    incr = _fail_open(lambda key, delta: delta)(RedisCacheClient.incr)
    set_many = _fail_open(lambda *a, **k: [])(RedisCacheClient.set_many)
    delete_many = _fail_open(lambda *a, **k: None)(RedisCacheClient.delete_many)
    clear = _fail_open(lambda *a, **k: False)(RedisCacheClient.clear)


class FailOpenRedisCache(RedisCache):
    """Django's RedisCache, failing open (see the module's description)."""

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = FailOpenRedisClient

    def check(self) -> None:
        """Raise when Redis does not answer (the health check's question)."""
        self._cache.get_client(write=True).ping()  # type: ignore[attr-defined]
