"""Account hygiene (TCVN 14423): accounts unused for ACCOUNT_INACTIVE_DAYS are deactivated,
their results kept, and told how to get back in; audit entries older than
AUDIT_LOG_RETENTION_DAYS are deleted. The scheduler runs both daily (operations/schedule.py).
"""

from __future__ import annotations

import datetime
from urllib.parse import urljoin

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry

from people.models import Officer, User


def inactive_accounts(now: datetime.datetime, days: int):
    """Active accounts nobody has signed in to, been given, or reactivated for ``days`` days.

    Superusers are left alone: they are the way back in when everyone else is locked out.
    """
    cutoff = now - datetime.timedelta(days=days)
    return User.objects.filter(
        Q(last_login__lt=cutoff) | Q(last_login__isnull=True),
        is_active=True,
        is_superuser=False,
        date_joined__lt=cutoff,
    ).exclude(reactivated_at__gte=cutoff)


def deactivation_message(user: User, days: int) -> EmailMessage:
    language = user.language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "user": user,
            "days": days,
            "site_url": settings.WAGTAILADMIN_BASE_URL,
            "login_url": urljoin(settings.WAGTAILADMIN_BASE_URL, reverse("account_login")),
        }
        subject = render_to_string("people/email/deactivated_subject.txt", context)
        body = render_to_string("people/email/deactivated_message.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=[user.email])


def deactivate_inactive_accounts(now: datetime.datetime | None = None) -> dict[str, object]:
    """Deactivate every account unused for longer than the policy allows; results are kept.

    Returns what was done (kept as the task's result): the number and the addresses.
    """
    days = settings.ACCOUNT_INACTIVE_DAYS
    if days <= 0:
        return {"deactivated": 0, "emails": [], "days": days}
    now = now or timezone.now()
    users = list(inactive_accounts(now, days))
    with transaction.atomic():
        ids = [user.pk for user in users]
        User.objects.filter(pk__in=ids).update(is_active=False)
        Officer.objects.filter(user_id__in=ids).update(active=False, updated_at=now)
        for user in users:
            log(
                instance=user,
                action="people.deactivated",
                user=None,
                data={"reason": "inactive", "days": days},
            )
    messages = [deactivation_message(user, days) for user in users]
    if messages:
        with get_connection() as connection:
            connection.send_messages(messages)
    return {"deactivated": len(users), "emails": [user.email for user in users], "days": days}


def apply_retention(now: datetime.datetime | None = None) -> dict[str, int]:
    """Delete audit entries older than AUDIT_LOG_RETENTION_DAYS (0 keeps them for ever)."""
    days = settings.AUDIT_LOG_RETENTION_DAYS
    if days <= 0:
        return {"model_entries": 0, "page_entries": 0}
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    models_deleted, _detail = ModelLogEntry.objects.filter(timestamp__lt=cutoff).delete()
    pages_deleted, _detail = PageLogEntry.objects.filter(timestamp__lt=cutoff).delete()
    return {"model_entries": models_deleted, "page_entries": pages_deleted}
