"""Database routing: writes and ordinary reads on the primary, report reads on the replica when
one is configured (see config.replica for when a read counts as a report read)."""

from __future__ import annotations

from typing import Any

from django.db import DEFAULT_DB_ALIAS

from config.replica import read_alias


class ReplicaRouter:
    def db_for_read(self, model: type, **hints: Any) -> str:
        return read_alias()

    def db_for_write(self, model: type, **hints: Any) -> str:
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool:
        # The replica holds the same rows as the primary.
        return True

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool:
        return db == DEFAULT_DB_ALIAS
