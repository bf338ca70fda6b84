"""Django's SQLite backend, with writers queued on a file lock instead of SQLite's busy wait.

Writing transactions take SQLite's write lock when they begin (``BEGIN IMMEDIATE``). A writer
that finds it taken waits in SQLite's busy handler, which sleeps in growing steps (up to 100
ms) between tries: when several app processes write at once, as at the end of an exam, most of
a submission's time goes in those sleeps, after the lock was already free. Here each writing
transaction first takes an exclusive ``flock`` on a file beside the database; the kernel wakes
the next writer the moment it is released, so writers go through one after another instead of
sleeping long after the lock is free. A writer waits for it no longer than the database's busy
timeout, after which SQLite's own wait (and its "database is locked") decide as before. A
writing statement outside a transaction queues the same way; in-memory databases are left to
SQLite. A thread that already holds the lock through another connection to the same file does
not wait for itself.
"""

from __future__ import annotations

import fcntl
import os
import re
import threading
from collections.abc import Callable
from typing import Any

from django.db.backends.sqlite3 import base

_held = threading.local()


def _wait_for(descriptor: int, timeout: float) -> bool:
    """Take the lock on ``descriptor``, waiting at most ``timeout`` seconds (the database's own
    busy timeout), so that a writer never waits longer here than SQLite would let it.

    The wait itself is the kernel's (a blocking ``flock`` in a helper thread), which wakes the
    next writer the moment the lock is free; this thread waits for that with a time limit.
    Given up, the descriptor belongs to the helper, which lets the lock go as soon as it gets
    it and closes the descriptor."""
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        pass
    taken = threading.Event()
    guard = threading.Lock()
    abandoned = False

    def wait() -> None:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        with guard:
            if not abandoned:
                taken.set()
                return
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        os.close(descriptor)

    threading.Thread(target=wait, name="sqlite-writers-lock", daemon=True).start()
    if taken.wait(timeout):
        return True
    with guard:
        if taken.is_set():
            return True
        abandoned = True
    return False


_WRITES = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


class DatabaseWrapper(base.DatabaseWrapper):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._write_lock: int | None = None
        self.execute_wrappers.append(self._queue_single_write)

    def _lock_path(self) -> str | None:
        name = str(self.settings_dict["NAME"])
        if self.is_in_memory_db() or not name:
            return None
        return f"{name}-writelock"

    def _take_write_lock(self) -> None:
        path = self._lock_path()
        holders: set[str] = _held.__dict__.setdefault("paths", set())
        if path is None or path in holders or self._write_lock is not None:
            return
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            taken = _wait_for(descriptor, float(self.settings_dict["OPTIONS"].get("timeout", 5)))
        except BaseException:
            os.close(descriptor)
            raise
        if not taken:  # held too long by someone: SQLite's own wait and error decide
            return  # (the descriptor is the waiting helper's now)
        self._write_lock = descriptor
        holders.add(path)

    def _queue_single_write(
        self, execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any
    ) -> Any:
        """A writing statement outside a transaction (its own transaction) queues too."""
        if self.in_atomic_block or self._write_lock is not None or not _WRITES.match(sql):
            return execute(sql, params, many, context)
        self._take_write_lock()
        try:
            return execute(sql, params, many, context)
        finally:
            self._release_write_lock()

    def _start_transaction_under_autocommit(self) -> None:
        self._take_write_lock()
        try:
            super()._start_transaction_under_autocommit()  # type: ignore[misc]
        except BaseException:
            self._release_write_lock()
            raise

    def _release_write_lock(self) -> None:
        descriptor, self._write_lock = self._write_lock, None
        if descriptor is None:
            return
        _held.__dict__.setdefault("paths", set()).discard(self._lock_path())
        try:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
        finally:
            os.close(descriptor)

    def _commit(self) -> None:
        try:
            super()._commit()  # type: ignore[misc]
        finally:
            self._release_write_lock()

    def _rollback(self) -> None:
        try:
            super()._rollback()  # type: ignore[misc]
        finally:
            self._release_write_lock()

    def _close(self) -> None:
        try:
            super()._close()  # type: ignore[misc]
        finally:
            self._release_write_lock()
