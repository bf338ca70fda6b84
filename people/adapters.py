"""Account rules: staff are provisioned by administrators, so sign-up is off unless enabled; a
locked sign-in says when to try again and is written to the audit log."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.internal.ratelimit import parse_rates
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils import formats, timezone
from django.utils.encoding import force_str
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


@dataclass(frozen=True)
class ProductSite:
    """What account emails call the site: its name and the host of its configured address,
    not the host the request happened to come in on (e.g. "127.0.0.1:8104")."""

    name: str
    domain: str


def product_site() -> ProductSite:
    return ProductSite(settings.WAGTAIL_SITE_NAME, urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc)


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        super().send_mail(template_prefix, email, {"current_site": product_site(), **context})

    def format_email_subject(self, subject: str) -> str:
        prefix = account_settings.EMAIL_SUBJECT_PREFIX
        if prefix is None:
            prefix = f"[{product_site().name}] "
        return prefix + force_str(subject)

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return bool(getattr(settings, "SIGNUP_OPEN", False))

    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:
            from people.audit import log_lockout

            log_lockout(request, credentials.get("email") or credentials.get("username") or "")
            raise ValidationError(lockout_message(), code="too_many_login_attempts") from None
