"""PostgreSQL, with a kept connection's health checked only when it has sat idle.

With ``CONN_HEALTH_CHECKS`` (production), Django checks a kept connection before the first
query of every request with a round trip of its own (``SELECT 1``): on a busy site that is one
round trip more for every request that reads the database, a second one for an exam's start,
whose only statement is the update starting the attempt. Here a connection that served a
request within the last ``FRESH_SECONDS`` is taken as healthy; one idle for longer is checked
as Django does, and replaced when the server no longer answers it (after a restart or a
failover, which take longer than that). A connection whose request met a database error is
checked at that request's end, or closed, by Django as before. The cost: a connection the
server drops while fresh fails the one request that finds it so, and is replaced after it.
"""

from __future__ import annotations

import time

from django.db.backends.postgresql import base

# How long after serving a request a connection is taken as healthy.
FRESH_SECONDS = 2.0


class DatabaseWrapper(base.DatabaseWrapper):
    health_check_done: bool  # Django's: whether this request's check was made (or skipped)
    # When the connection last served a request (monotonic clock).
    served_at: float = float("-inf")

    def close_if_unusable_or_obsolete(self) -> None:
        # Called when a request starts and when it ends. At its end, ``health_check_done`` is
        # true when the request used the connection (its first cursor checked or skipped the
        # check). After a database error Django checks the connection here, or closes it.
        if self.connection is not None and self.health_check_done:
            self.served_at = time.monotonic()
        super().close_if_unusable_or_obsolete()

    def close_if_health_check_failed(self) -> None:
        if (
            self.connection is not None
            and not self.health_check_done
            and time.monotonic() - self.served_at < FRESH_SECONDS
        ):
            self.health_check_done = True  # it answered moments ago
            return
        super().close_if_health_check_failed()
