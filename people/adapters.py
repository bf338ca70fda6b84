"""Account rules: staff are provisioned by administrators, so sign-up is off unless enabled; a
locked sign-in says when to try again and is written to the audit log."""

from __future__ import annotations

import datetime
from typing import Any

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.internal.ratelimit import parse_rates
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils import formats, timezone
from django.utils.translation import gettext as _


def lockout_seconds() -> int:
    """How long the longest failed sign-in limit lasts (the per-account one by default)."""
    rates = parse_rates((account_settings.RATE_LIMITS or {}).get("login_failed"))
    return int(max((rate.duration for rate in rates), default=300))


def lockout_message() -> str:
    until = timezone.localtime() + datetime.timedelta(seconds=lockout_seconds())
    return _(
        "Too many failed sign-in attempts for this account or from this network. Try again "
        "after %(time)s, or choose a new password with “Forgot your password?” below."
    ) % {"time": formats.time_format(until, "H:i")}


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return bool(getattr(settings, "SIGNUP_OPEN", False))

    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:
            from people.audit import log_lockout

            log_lockout(request, credentials.get("email") or credentials.get("username") or "")
            raise ValidationError(lockout_message(), code="too_many_login_attempts") from None
