"""Accounts as administrators provision them: addresses they vouch for, resetting two-factor."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.db import transaction
from wagtail.log_actions import log

from people.services.officers import actor_or_none

if TYPE_CHECKING:
    from people.models import User


def mark_addresses_verified(user_ids: Iterable[int]) -> int:
    """Treat each account's own address as verified: an administrator or a staff list gave it.

    People can then set up two-factor sign-in at once. Returns how many addresses changed.
    """
    from people.models import User

    ids = sorted(set(user_ids))
    if not ids:
        return 0
    changed = 0
    with transaction.atomic():
        users = dict(User.objects.filter(pk__in=ids).values_list("pk", "email"))
        existing = {
            (row.user_id, row.email.lower()): row
            for row in EmailAddress.objects.filter(user_id__in=users)
        }
        has_primary = set(
            EmailAddress.objects.filter(user_id__in=users, primary=True).values_list(
                "user_id", flat=True
            )
        )
        new_rows = []
        for pk, email in users.items():
            row = existing.get((pk, email.lower()))
            if row is None:
                new_rows.append(
                    EmailAddress(
                        user_id=pk,
                        email=email.lower(),
                        verified=True,
                        primary=pk not in has_primary,
                    )
                )
            elif not row.verified:
                row.verified = True
                row.save(update_fields=["verified"])
                changed += 1
        EmailAddress.objects.bulk_create(new_rows, ignore_conflicts=True)
    return changed + len(new_rows)


def reset_mfa(user: User, *, actor: User | None) -> int:
    """Remove this person's authenticator app and recovery codes: they must set it up again."""
    with transaction.atomic():
        deleted, _by_model = Authenticator.objects.filter(user=user).delete()
        log(instance=user, action="people.mfa_reset", user=actor_or_none(actor))
    return deleted
