"""Who may do what with certificates: officers download their own, managers those of officers
in their scope, administrators any and only they revoke; anyone may check one by its code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from certificates.models import Certificate
from people import permissions as people_permissions

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from people.models import User


def can_download_certificate(user: User | AnonymousUser, certificate: Certificate) -> bool:
    """The officer it was issued to; administrators; managers of the officer's current unit."""
    if not people_permissions.is_signed_in(user):
        return False
    if certificate.user_id == user.pk:
        return True
    return people_permissions.can_view_learning_of(user, certificate.user)


def can_download_certificate_pdf(user: User | AnonymousUser, certificate: Certificate) -> bool:
    """As for any download, but a revoked certificate's PDF goes only to administrators."""
    if certificate.is_revoked:
        return people_permissions.is_administrator(user)
    return can_download_certificate(user, certificate)


def can_revoke_certificates(user: User | AnonymousUser) -> bool:
    return people_permissions.is_administrator(user)
