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


@task()
def issue_credential_task(certificate_id: int) -> int | None:
    """Issue the verifiable credential of a certificate that has none in force (idempotent)."""
    from certificates.credentials import ensure_credential

    return ensure_credential(certificate_id)


@task()
def reissue_certificates_task(certificate_ids: list[int], actor_id: int | None = None) -> int:
    """Re-issue certificates under their officers' names as they are now (after a change of
    name): a new PDF and credential each, the earlier credential revoked. Idempotent."""
    from django.contrib.auth import get_user_model

    from certificates.credentials import reissue_certificate

    actor = get_user_model().objects.filter(pk=actor_id).first() if actor_id else None
    done = 0
    for certificate_id in certificate_ids:
        if reissue_certificate(certificate_id, actor=actor) is not None:
            done += 1
    return done


@task()
def revoke_certificates_task(
    certificate_ids: list[int], actor_id: int, reason: str, category: str = "other"
) -> int:
    """Revoke certificates (and so their credentials, through the status list); those already
    revoked are left as they are, so running it twice changes nothing."""
    from django.contrib.auth import get_user_model

    from certificates.exceptions import CertificateRefused
    from certificates.models import Certificate
    from certificates.services import revoke_certificate

    actor = get_user_model().objects.get(pk=actor_id)
    revoked = 0
    for certificate in Certificate.objects.filter(pk__in=certificate_ids, revoked_at__isnull=True):
        try:
            revoke_certificate(actor, certificate, reason=reason, category=category)
        except CertificateRefused:
            continue
        revoked += 1
    return revoked
