"""Certificates: issue a signed PDF once per completion, find one by its code, revoke it."""

from __future__ import annotations

import asyncio
import datetime
import hashlib
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from certificates import permissions
from certificates.credentials import issue_credential, issue_missing_credentials
from certificates.data import (
    CertificateData,
    build_verify_url,
    new_verification_code,
    normalise_verification_code,
)
from certificates.exceptions import CertificateRefused
from certificates.models import Certificate, RevocationCategory
from certificates.signals import certificate_validity
from certificates.signing import generate_certificate, load_signer
from courses.models import CoursePage, Enrolment, EnrolmentCycle
from people.dates import add_months
from people.dates import local_date as _local_date
from people.models import Officer
from quizzes.course_marks import compute_figures, mark_out_of_ten
from quizzes.models import QuizPage
from quizzes.presentation import marks_shown

if TYPE_CHECKING:
    from people.models import User

logger = logging.getLogger(__name__)


def queue_certificate(enrolment_id: int, completed_at: datetime.datetime) -> None:
    from certificates.tasks import issue_certificate_task

    moment = completed_at.isoformat()
    transaction.on_commit(lambda: issue_certificate_task.enqueue(enrolment_id, moment))


def issuer_name() -> str:
    return str(getattr(settings, "CERTIFICATE_ISSUER", "") or settings.WAGTAIL_SITE_NAME)


def issue_place() -> str:
    """Where certificates are issued, printed before the date of issue."""
    return str(getattr(settings, "CERTIFICATE_PLACE", ""))


def signer_title() -> str:
    """The title of the person who signs certificates for the issuer."""
    return str(getattr(settings, "CERTIFICATE_SIGNER_TITLE", ""))


def _unique_code() -> str:
    while True:
        code = new_verification_code()
        if not Certificate.objects.filter(code=code).exists():
            return code


def certificate_valid_until(
    user: User, course: CoursePage, completed_on: datetime.date
) -> datetime.date | None:
    """A certificate lapses when an app built on certificates (the tracker's assignments) gives
    its course a validity for this person: the shortest, when several do."""
    answers = certificate_validity.send(sender=Certificate, user=user, course=course)
    # The stubs type a receiver's answer as str | None; these receivers answer int | None.
    months: list[int] = [answer for _receiver, answer in answers if answer]  # type: ignore[misc]
    return add_months(completed_on, min(months)) if months else None


def _render_and_sign(data: CertificateData) -> bytes:
    """pyHanko signs with asyncio.run(), which refuses to run inside a running event loop (an
    async server, a browser-driving test); there the signing happens on a worker thread."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return generate_certificate(data)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(generate_certificate, data).result()


def _round_window(
    enrolment: Enrolment, completed_at: datetime.datetime
) -> tuple[datetime.datetime | None, datetime.datetime | None]:
    """The quiz attempts that make the mark of one completion: those of its round (an earlier
    round's completion takes the attempts finished between its start and its close)."""
    if completed_at == enrolment.completed_at or enrolment.cycle == 1:
        return enrolment.cycle_started_at, None
    past = (
        EnrolmentCycle.objects.filter(enrolment=enrolment, completed_at=completed_at)
        .values_list("number", "closed_at")
        .first()
    )
    if past is None:  # a refresher pass of the current round
        return enrolment.cycle_started_at, None
    number, closed_at = past
    opened_at = (
        EnrolmentCycle.objects.filter(enrolment=enrolment, number=number - 1)
        .values_list("closed_at", flat=True)
        .first()
    )
    return opened_at, closed_at


def course_shows_marks(course: CoursePage, *, now: datetime.datetime) -> bool:
    """Whether every quiz of the course lets learners see their marks at ``now``, by its review
    options (``quizzes.presentation.marks_shown``, as /my/ and the quiz pages decide). When one
    hides them, the certificate (its PDF, credential and verification page) carries no mark."""
    quizzes = QuizPage.objects.descendant_of(course).only("review_mark", "close_at")
    return all(marks_shown(quiz, now=now) for quiz in quizzes)


def issue_certificate(
    enrolment_id: int,
    *,
    completed_at: datetime.datetime | None = None,
    now: datetime.datetime | None = None,
) -> Certificate | None:
    """Issue the signed certificate of a completed course once; returns it (None when the
    course gives no certificate or is not completed). Raises CertificateDocumentError when the
    PDF cannot be signed (e.g. the signing key is missing), leaving nothing half-made."""
    now = now or timezone.now()
    enrolment = Enrolment.objects.select_related("course", "user").filter(pk=enrolment_id).first()
    if enrolment is None or not enrolment.course.issues_certificate:
        return None
    completed_at = completed_at or enrolment.completed_at
    if completed_at is None:
        return None
    existing = Certificate.objects.filter(enrolment=enrolment, completed_at=completed_at).first()
    if existing is not None:
        return existing
    # Fail fast (before rendering) when the signing key is not in place.
    load_signer(
        settings.CERTIFICATE_SIGNING_KEY,
        settings.CERTIFICATE_SIGNING_CERT,
        settings.CERTIFICATE_SIGNING_PASSPHRASE or None,
    )
    user, course = enrolment.user, enrolment.course
    officer = Officer.objects.filter(user=user).select_related("unit").first()
    percent = compute_figures(
        [enrolment], windows={enrolment.pk: _round_window(enrolment, completed_at)}
    )[enrolment.pk].best_mark
    mark = mark_out_of_ten(percent) if course_shows_marks(course, now=now) else None
    completed_on = _local_date(completed_at)
    valid_until = certificate_valid_until(user, course, completed_on)
    code = _unique_code()
    data = CertificateData(
        full_name=user.get_full_name() or user.email,
        unit_name=officer.unit.name if officer else "",
        course_title=course.title,
        completed_on=completed_on,
        issuer=issuer_name(),
        code=code,
        verify_url=build_verify_url(settings.WAGTAILADMIN_BASE_URL, code),
        mark=mark,
        valid_until=valid_until,
        issued_on=_local_date(now),
        place=issue_place(),
        signer_title=signer_title(),
    )
    pdf = _render_and_sign(data)
    issued_at = now
    certificate = Certificate(
        code=code,
        user=user,
        course=course,
        enrolment=enrolment,
        full_name=data.full_name,
        unit_name=data.unit_name,
        course_title=data.course_title,
        mark=mark,
        mark_out_of=10,
        completed_at=completed_at,
        issued_at=issued_at,
        changed_at=issued_at,
        valid_until=valid_until,
        pdf_sha256=hashlib.sha256(pdf).hexdigest(),
    )
    try:
        with transaction.atomic():
            certificate.pdf.save(f"{code}.pdf", ContentFile(pdf), save=False)
            certificate.save()
            # The same completion as an Open Badges 3.0 credential, signed by the same key.
            issue_credential(certificate, now=now)
            log(instance=certificate, action="certificates.issue", user=None)
    except IntegrityError:
        # Another worker issued it first: theirs stands.
        certificate.pdf.delete(save=False)
        return Certificate.objects.filter(enrolment=enrolment, completed_at=completed_at).first()
    return certificate


def issue_missing_certificates(*, now: datetime.datetime | None = None) -> int:
    """Issue certificates for completions that have none (e.g. the key was missing then)."""

    def has_certificate(enrolment: str) -> Exists:
        return Exists(
            Certificate.objects.filter(
                enrolment=OuterRef(enrolment), completed_at=OuterRef("completed_at")
            )
        )

    current = (
        Enrolment.objects.filter(course__issues_certificate=True, completed_at__isnull=False)
        .exclude(has_certificate("pk"))
        .values_list("pk", "completed_at")
    )
    # Earlier rounds too, when a round was completed while the key was missing.
    earlier = (
        EnrolmentCycle.objects.filter(enrolment__course__issues_certificate=True)
        .exclude(has_certificate("enrolment"))
        .values_list("enrolment_id", "completed_at")
    )
    issued = 0
    for enrolment_id, completed_at in [*current, *earlier]:
        if issue_certificate(enrolment_id, completed_at=completed_at, now=now) is not None:
            issued += 1
    # Certificates issued before they came with a verifiable credential get one.
    issue_missing_credentials(now=now)
    return issued


def render_and_sign_certificate(certificate: Certificate) -> None:
    """Render and sign the PDF again from what the certificate records (e.g. a new name), in
    place under the same code; the caller saves the certificate."""
    data = CertificateData(
        full_name=certificate.full_name,
        unit_name=certificate.unit_name,
        course_title=certificate.course_title,
        completed_on=certificate.completed_on,
        issuer=issuer_name(),
        code=certificate.code,
        verify_url=build_verify_url(settings.WAGTAILADMIN_BASE_URL, certificate.code),
        mark=certificate.mark,
        mark_out_of=certificate.mark_out_of,
        valid_until=certificate.valid_until,
        issued_on=_local_date(certificate.issued_at),
        place=issue_place(),
        signer_title=signer_title(),
    )
    pdf = _render_and_sign(data)
    old_name = certificate.pdf.name
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
    certificate.pdf_sha256 = hashlib.sha256(pdf).hexdigest()
    if old_name and old_name != certificate.pdf.name:
        name = old_name
        transaction.on_commit(lambda: certificate.pdf.storage.delete(name))


def find_certificate(code: str) -> Certificate | None:
    """The certificate with a code as a person typed it (case, spaces and O/0 forgiven)."""
    canonical = normalise_verification_code(code)
    if not canonical:
        return None
    return Certificate.objects.select_related("revoked_by").filter(code=canonical).first()


def revoke_certificate(
    actor: User,
    certificate: Certificate,
    *,
    reason: str,
    category: str = RevocationCategory.OTHER,
    now: datetime.datetime | None = None,
) -> Certificate:
    """Revoke a certificate with a reason; the verification page says so from then on."""
    now = now or timezone.now()
    if not permissions.can_revoke_certificates(actor):
        raise CertificateRefused(_("Only administrators can revoke certificates."))
    reason = reason.strip()
    if not reason:
        raise CertificateRefused(_("Give the reason for revoking the certificate."))
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.revoked_at is not None:
            raise CertificateRefused(_("This certificate is already revoked."))
        certificate.revoked_at = now
        certificate.revoked_by = actor
        certificate.revoke_reason = reason[:500]
        certificate.revoke_category = RevocationCategory(category)
        certificate.changed_at = now
        certificate.save(
            update_fields=[
                "revoked_at",
                "revoked_by",
                "revoke_reason",
                "revoke_category",
                "changed_at",
            ]
        )
        log(
            instance=certificate,
            action="certificates.revoke",
            user=actor,
            data={"category": certificate.revoke_category, "reason": certificate.revoke_reason},
        )
    return certificate
