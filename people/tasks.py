"""Background work for people: invitation emails to set a first password."""

from __future__ import annotations

from urllib.parse import urljoin

from allauth.account import app_settings as allauth_settings
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from people.models import Officer, User


def set_password_url(user: User) -> str:
    """A link to the page where this person chooses a password (allauth's reset-from-key page).

    The token is the one allauth checks: it stops working once a password is set.
    """
    token = allauth_settings.PASSWORD_RESET_TOKEN_GENERATOR().make_token(user)
    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": token},
    )
    return urljoin(settings.WAGTAILADMIN_BASE_URL, path)


def invitation_message(user: User) -> EmailMessage:
    """The invitation for one person, in their language, with a link to set their password."""
    language = user.language or settings.LANGUAGE_CODE
    days = max(1, settings.PASSWORD_RESET_TIMEOUT // 86400)
    with translation.override(language):
        context = {
            "user": user,
            "set_password_url": set_password_url(user),
            "site_url": settings.WAGTAILADMIN_BASE_URL,
            "login_url": urljoin(settings.WAGTAILADMIN_BASE_URL, reverse("account_login")),
            "reset_url": urljoin(settings.WAGTAILADMIN_BASE_URL, reverse("account_reset_password")),
            "days": days,
        }
        subject = render_to_string("people/email/invitation_subject.txt", context)
        body = render_to_string("people/email/invitation_message.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=[user.email])


@task()
def send_invitations(user_ids: list[int], force: bool = False) -> int:
    """Invite each account that still has no password; skip those already invited unless forced.

    Takes primary keys and re-reads the accounts, so running it twice sends nothing twice.
    """
    user_model = get_user_model()
    messages: list[EmailMessage] = []
    invited: list[int] = []
    # allauth's token records each address it signs for; one transaction keeps that quick.
    with transaction.atomic():
        users = user_model.objects.filter(pk__in=user_ids, is_active=True)
        for user in users.select_related("officer"):
            if user.has_usable_password():
                continue
            officer = getattr(user, "officer", None)
            if officer is not None and officer.invited_at is not None and not force:
                continue
            messages.append(invitation_message(user))
            invited.append(user.pk)
    if not messages:
        return 0
    with get_connection() as connection:
        sent = connection.send_messages(messages) or 0
    Officer.objects.filter(user_id__in=invited).update(invited_at=timezone.now())
    return sent


@task()
def deactivate_inactive_accounts() -> dict[str, object]:
    """Daily: deactivate accounts unused for ACCOUNT_INACTIVE_DAYS and tell their owners."""
    from people.services.hygiene import deactivate_inactive_accounts as deactivate

    return deactivate()


@task()
def apply_retention() -> dict[str, int]:
    """Daily: delete audit entries older than AUDIT_LOG_RETENTION_DAYS."""
    from people.services.hygiene import apply_retention as prune

    return prune()
