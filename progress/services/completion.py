"""What the tracker does when courses records a completion."""

from __future__ import annotations

import datetime
import logging

from django.db import transaction

from courses.models import Enrolment
from progress.certificates import CertificateDocumentError
from progress.services.assignments import refresh_targets_for
from progress.services.certificates import issue_certificate

logger = logging.getLogger(__name__)


def on_course_completed(enrolment: Enrolment) -> None:
    """courses.signals.course_completed: update assignments, issue the certificate, figures."""
    from progress.tasks import course_completed_task

    enrolment_id = enrolment.pk
    transaction.on_commit(lambda: course_completed_task.enqueue(enrolment_id))


def handle_course_completion(enrolment_id: int, *, now: datetime.datetime | None = None) -> None:
    """What the tracker does when a course is completed; idempotent."""
    from progress.figures import refresh_enrolment_figures

    enrolment = Enrolment.objects.select_related("course", "user").filter(pk=enrolment_id).first()
    if enrolment is None:
        return
    completed_at = enrolment.completed_at  # this round's, even if another round opens next
    with transaction.atomic():
        refresh_targets_for(enrolment.user, enrolment.course, now=now)
    refresh_enrolment_figures([enrolment.pk])
    if enrolment.course.issues_certificate and completed_at is not None:
        try:
            issue_certificate(enrolment.pk, completed_at=completed_at, now=now)
        except CertificateDocumentError as exc:
            # The daily run issues it once the key is in place (issue_missing_certificates).
            logger.warning("Certificate for enrolment %s not issued yet: %s", enrolment.pk, exc)
