"""Keeping tasks alive when a worker dies.

django-tasks-db marks a task "running" when a worker claims it; a worker killed in the middle
(power cut, out of memory, kill -9) leaves it so for ever. Each worker therefore holds a
PostgreSQL advisory lock named after its worker id on a connection of its own for as long as it
lives; PostgreSQL drops the lock the moment that connection dies. A running task whose worker
holds no lock was orphaned and is queued again (tasks are idempotent), unless its workers have
died TASKS_MAX_WORKER_LOSSES times already, in which case it is marked failed for an
administrator to look at. On SQLite (one machine, one worker) the worker's start-up treats every
running task as orphaned.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import zlib
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, close_old_connections, connections
from django.utils.crypto import get_random_string
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

LOCK_NAMESPACE = 0x4B4E5357  # "KNSW", the first key of every worker's advisory lock


class WorkerLost(Exception):
    """The worker running this task died before it finished."""


def new_worker_id() -> str:
    """Unique across the pool, and readable in the task report: host, process, random tail."""
    return f"{socket.gethostname()[:40]}-{os.getpid()}-{get_random_string(8)}"[:64]


def lock_key(worker_id: str) -> int:
    """The second key of a worker's advisory lock: its id's CRC-32, as PostgreSQL's int4."""
    value = zlib.crc32(worker_id.encode())
    return value - 2**32 if value >= 2**31 else value


class Liveness:
    """The advisory lock that says "this worker is alive", on a connection of its own."""

    def __init__(self, worker_id: str, using: str = DEFAULT_DB_ALIAS) -> None:
        self.worker_id = worker_id
        self.using = using
        self.connection: Any = None
        if connections[using].vendor == "postgresql":
            self._lock()

    def _lock(self) -> None:
        wrapper = connections[self.using]
        self.connection = wrapper.get_new_connection(wrapper.get_connection_params())
        self.connection.autocommit = True
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_lock(%s, %s)", [LOCK_NAMESPACE, lock_key(self.worker_id)]
            )

    def ensure(self) -> None:
        """Take the lock again if its connection was lost (the database restarted)."""
        if self.connection is None:
            return
        try:
            with self.connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except Exception:
            logger.warning("Worker %s lost its liveness lock; taking it again", self.worker_id)
            try:
                self.connection.close()
            finally:
                self._lock()

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def _live_keys(using: str) -> set[int]:
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT objid::bigint FROM pg_locks WHERE locktype = 'advisory' AND granted"
            " AND classid = %s::bigint::oid AND objsubid = 2",
            [LOCK_NAMESPACE],
        )
        rows = cursor.fetchall()
    # pg_locks shows the int4 key as an unsigned oid.
    return {value - 2**32 if value >= 2**31 else value for (value,) in rows}


def orphaned_tasks(backend_name: str, *, starting: bool = False) -> list[DBTaskResult]:
    """Running tasks whose worker is gone."""
    running = list(DBTaskResult.objects.running().filter(backend_name=backend_name))
    if not running:
        return []
    using = DBTaskResult.objects.db
    if connections[using].vendor != "postgresql":
        return running if starting else []
    live = _live_keys(using)
    return [
        result
        for result in running
        if not result.worker_ids or lock_key(result.worker_ids[-1]) not in live
    ]


def requeue_orphaned_tasks(
    backend_name: str, *, starting: bool = False, confirmed: set[str] | None = None
) -> list[str]:
    """Queue orphaned tasks again (or fail those whose workers kept dying); returns their ids.

    With ``confirmed``, only tasks already found orphaned by the previous look are handled, so
    a worker whose lock blinked (its database connection was cut and taken again) keeps its
    task; the ids found orphaned this time are left in ``confirmed`` for the next look.
    """
    handled = []
    found = orphaned_tasks(backend_name, starting=starting)
    if confirmed is not None:
        previous = set(confirmed)
        confirmed.clear()
        confirmed.update(str(result.pk) for result in found)
        found = [result for result in found if str(result.pk) in previous]
    for result in found:
        losses = len(result.worker_ids)
        if losses >= settings.TASKS_MAX_WORKER_LOSSES:
            result.set_failed(
                WorkerLost(f"The worker running this task died {losses} times; not retried.")
            )
            logger.error("Task %s failed: its workers died %d times", result.id, losses)
        else:
            updated = DBTaskResult.objects.filter(
                pk=result.pk, status=result.status, worker_ids=result.worker_ids
            ).update(status="READY", started_at=None)
            if not updated:
                continue
            logger.warning(
                "Task %s (%s) lost its worker %s; queued again",
                result.id,
                result.task_path,
                result.worker_ids[-1] if result.worker_ids else "?",
            )
        handled.append(str(result.id))
    return handled


def beat(worker_id: str) -> None:
    """Record that this worker is alive (see WorkerHeartbeat)."""
    from django.utils import timezone

    from operations.models import WorkerHeartbeat

    WorkerHeartbeat.objects.update_or_create(
        worker_id=worker_id, defaults={"seen_at": timezone.now()}
    )


def forget(worker_id: str) -> None:
    from operations.models import WorkerHeartbeat

    WorkerHeartbeat.objects.filter(worker_id=worker_id).delete()


def last_heartbeat() -> Any:
    """When a worker last said it was alive, or None."""
    from django.db.models import Max

    from operations.models import WorkerHeartbeat

    return WorkerHeartbeat.objects.aggregate(last=Max("seen_at"))["last"]


class OrphanWatch(threading.Thread):
    """Keeps the worker's own lock and looks for orphaned tasks every ``interval`` seconds while
    the worker runs; a task is queued again when two looks in a row find it orphaned."""

    def __init__(self, backend_name: str, liveness: Liveness, interval: float = 30.0) -> None:
        super().__init__(name="orphan-watch", daemon=True)
        self.backend_name = backend_name
        self.liveness = liveness
        self.interval = interval
        self.stopped = threading.Event()
        self.suspects: set[str] = set()

    def run(self) -> None:
        while not self.stopped.wait(self.interval):
            try:
                beat(self.liveness.worker_id)
                self.liveness.ensure()
                requeue_orphaned_tasks(self.backend_name, confirmed=self.suspects)
            except Exception:
                logger.exception("Looking for orphaned tasks failed")
            finally:
                close_old_connections()
