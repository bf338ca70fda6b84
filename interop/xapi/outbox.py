"""Recording statements in the outbox and sending them to the LRS, oldest first.

``record`` is called from the apps' signals; it never talks to the LRS, so no page waits for
it. ``send_pending`` (the ``send_xapi_statements`` task, queued after each recording and run
by the scheduler) posts due statements in batches, in the order they were recorded; a batch
the LRS refuses or cannot take is tried again later, after a growing pause.
"""

from __future__ import annotations

import base64
import json
import logging
import urllib.error
import urllib.request
import uuid
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from interop.models import InteropSettings, OutgoingStatement

logger = logging.getLogger(__name__)

BATCH = 100
TIMEOUT_SECONDS = 10


def endpoint() -> str:
    return (getattr(settings, "XAPI_ENDPOINT", "") or "").rstrip("/")


def is_enabled() -> bool:
    """Statements are recorded when an LRS is configured and the channel is switched on."""
    if not endpoint():
        return False
    return bool(InteropSettings.load().xapi_enabled)


def activity_base() -> str:
    base = getattr(settings, "XAPI_ACTIVITY_BASE", "") or settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/")


def agent_for(user: Any) -> dict[str, Any]:
    """The learner as the LRS sees them: an opaque account name unless emails are configured."""
    from interop.xapi.statements import actor

    home = (getattr(settings, "XAPI_ACTOR_HOMEPAGE", "") or activity_base()).rstrip("/")
    if getattr(settings, "XAPI_ACTOR_IDENTIFIER", "opaque") == "email" and user.email:
        return actor(home_page=home, name="", email=user.email)
    secret = getattr(settings, "XAPI_ACTOR_SECRET", "") or settings.SECRET_KEY
    name = salted_hmac("interop.xapi.actor", str(user.pk), secret=secret).hexdigest()[:32]
    return actor(home_page=home, name=name)


def record(statements: list[dict[str, Any]]) -> int:
    """Put statements in the outbox (once each) and have them sent after this transaction."""
    if not statements or not is_enabled():
        return 0
    created = 0
    for data in statements:
        _statement, was_created = OutgoingStatement.objects.get_or_create(
            id=uuid.UUID(data["id"]),
            defaults={"verb": data["verb"]["display"]["en-US"], "payload": data},
        )
        created += was_created
    if created:
        transaction.on_commit(_enqueue)
    return created


def _enqueue() -> None:
    from django_tasks import task_backends
    from django_tasks.backends.immediate import ImmediateBackend

    from interop.tasks import send_xapi_statements

    if isinstance(task_backends[send_xapi_statements.backend], ImmediateBackend):
        # No worker: sending here would make the learner's page wait for the LRS. The
        # scheduled send_xapi_statements command sends them.
        return
    try:
        send_xapi_statements.enqueue()
    except Exception:  # a task backend that is down must not break the page
        logger.exception("Could not queue the sending of xAPI statements")


def _post(statements: list[dict[str, Any]]) -> None:
    body = json.dumps(statements).encode("utf-8")
    request = urllib.request.Request(  # noqa: S310  (the configured LRS, http or https)
        f"{endpoint()}/statements",
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", "X-Experience-API-Version": "1.0.3"},
    )
    username = getattr(settings, "XAPI_USERNAME", "")
    if username:
        token = base64.b64encode(f"{username}:{getattr(settings, 'XAPI_PASSWORD', '')}".encode())
        request.add_header("Authorization", f"Basic {token.decode('ascii')}")
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
        response.read()


def _backoff(attempts: int) -> timedelta:
    return timedelta(minutes=min(2 ** min(attempts, 10), 24 * 60))


def send_pending(*, now: datetime | None = None, batches: int = 50) -> int:
    """Send due statements, oldest first; returns how many the LRS accepted."""
    if not endpoint():
        return 0
    sent = 0
    for _ in range(batches):
        now = now or timezone.now()
        with transaction.atomic():
            due = list(
                OutgoingStatement.objects.select_for_update(skip_locked=True)
                .filter(sent_at__isnull=True)
                .exclude(next_try_at__gt=now)
                .order_by("created_at", "id")[:BATCH]
            )
            if not due:
                break
            try:
                _post([s.payload for s in due])
            except (urllib.error.URLError, OSError, ValueError) as error:
                detail = str(error)
                if isinstance(error, urllib.error.HTTPError):
                    detail = f"{error.code} {error.read()[:300].decode('utf-8', 'replace')}"
                for statement in due:
                    statement.attempts += 1
                    statement.last_error = detail[:500]
                    statement.next_try_at = now + _backoff(statement.attempts)
                OutgoingStatement.objects.bulk_update(
                    due, ["attempts", "last_error", "next_try_at"]
                )
                logger.warning("The LRS refused or missed %s statements: %s", len(due), detail)
                break
            for statement in due:
                statement.sent_at = now
                statement.attempts += 1
                statement.last_error = ""
            OutgoingStatement.objects.bulk_update(due, ["sent_at", "attempts", "last_error"])
            sent += len(due)
    return sent
