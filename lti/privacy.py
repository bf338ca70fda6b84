"""What the LTI tool sends out, for the administrators' outgoing-data page (interop)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.db.models import Count, Q

from lti.models import Platform


def outgoing_grades() -> list[dict[str, Any]]:
    """Each registered platform: where grades go, whether they are sent, on which basis."""
    platforms = Platform.objects.annotate(
        sent=Count("grade_links", filter=Q(grade_links__sent_at__isnull=False)),
        waiting=Count(
            "grade_links",
            filter=Q(grade_links__sent_at__isnull=True, grade_links__score_percent__isnull=False),
        ),
    ).order_by("name")
    return [
        {
            "name": platform.name,
            "recipient": urlsplit(platform.issuer).netloc,
            "on": platform.is_active and platform.send_grades,
            "legal_basis": platform.legal_basis,
            "sent": platform.sent,
            "waiting": platform.waiting,
        }
        for platform in platforms
    ]
