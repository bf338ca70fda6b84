"""Sessions last through an exam. A session lives ``SESSION_COOKIE_AGE`` (12 hours) from the
moment it was last saved, and is not saved on every request (that would add a write to every
autosave); so starting an attempt renews it when it would end before the attempt does."""

from __future__ import annotations

import time
from typing import Any

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest

SAVED_AT = "kns_session_saved_at"
# An attempt without a deadline is expected to take no longer than this.
UNTIMED_SECONDS = 4 * 60 * 60
MARGIN_SECONDS = 30 * 60


@receiver(user_logged_in, dispatch_uid="quizzes.session_signed_in")
def _signed_in(sender: Any, request: HttpRequest | None, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        request.session[SAVED_AT] = int(time.time())


def keep_through(request: HttpRequest, remaining_seconds: int | None) -> bool:
    """Renew the session if it would end before the attempt (plus a margin); True if renewed."""
    now = int(time.time())
    saved_at = request.session.get(SAVED_AT)
    needed = (UNTIMED_SECONDS if remaining_seconds is None else remaining_seconds) + MARGIN_SECONDS
    if isinstance(saved_at, int) and saved_at + settings.SESSION_COOKIE_AGE >= now + needed:
        return False
    request.session[SAVED_AT] = now  # saved by the middleware, with a fresh expiry
    return True
