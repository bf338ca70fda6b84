"""Staff files waiting between their preview and the administrator's confirmation."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PendingStaffImport(models.Model):
    """An uploaded staff file kept, for its uploader only, until the preview is confirmed.

    Kept in the database rather than among uploaded media: staff lists are personal data and
    media may be served publicly; every app server sees the same row.
    """

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    filename = models.CharField(max_length=255)
    content = models.BinaryField()
    deactivate_missing = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("pending staff import")
        verbose_name_plural = _("pending staff imports")

    def __str__(self) -> str:
        return self.filename
