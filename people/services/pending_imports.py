"""A staff file kept for its uploader between the import's preview and its confirmation."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from people.models import PendingStaffImport

if TYPE_CHECKING:
    from people.models import User


# A preview waits this long for its confirmation.
PENDING_IMPORT_LIFETIME = datetime.timedelta(hours=24)


def hold_staff_file(
    data: bytes, filename: str, *, deactivate_missing: bool, user: User
) -> PendingStaffImport:
    """Keep a previewed file for its uploader until they confirm; forget stale ones."""
    with transaction.atomic():
        PendingStaffImport.objects.filter(
            created_at__lt=timezone.now() - PENDING_IMPORT_LIFETIME
        ).delete()
        return PendingStaffImport.objects.create(
            uploaded_by=user,
            filename=filename[:255],
            content=data,
            deactivate_missing=deactivate_missing,
        )


def pending_staff_file(token: str, user: User) -> PendingStaffImport | None:
    """The file this person previewed under this token, if it has not expired."""
    try:
        return PendingStaffImport.objects.get(
            token=token,
            uploaded_by=user,
            created_at__gte=timezone.now() - PENDING_IMPORT_LIFETIME,
        )
    except (PendingStaffImport.DoesNotExist, ValueError, ValidationError):
        return None


def forget_staff_file(pending: PendingStaffImport) -> None:
    PendingStaffImport.objects.filter(pk=pending.pk).delete()
