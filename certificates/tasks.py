"""Background work for certificates. Tasks take primary keys, re-fetch, and are idempotent."""

from __future__ import annotations

import datetime

from django_tasks import task


@task(queue_name="exports")
def issue_certificate_task(enrolment_id: int, completed_at: str | None = None) -> str | None:
    """Issue the certificate of one completion (a later round passes its own moment)."""
    from certificates.services import issue_certificate

    moment = datetime.datetime.fromisoformat(completed_at) if completed_at else None
    certificate = issue_certificate(enrolment_id, completed_at=moment)
    return certificate.code if certificate else None
