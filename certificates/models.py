"""Certificates of course completion: a signed PDF, a public verification code, revocation."""

from __future__ import annotations

import datetime
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from config.storage import private_storage


class RevocationCategory(models.TextChoices):
    """Why a certificate was revoked, as the public check shows it (the details stay inside)."""

    ISSUED_IN_ERROR = "issued_in_error", _("Issued in error")
    REQUIREMENTS_NOT_MET = "requirements_not_met", _("Course requirements not met")
    MISCONDUCT = "misconduct", _("Dishonesty in the assessment")
    SUPERSEDED = "superseded", _("Replaced by another certificate")
    OTHER = "other", _("Other administrative reason")


class CertificateState(models.TextChoices):
    VALID = "valid", _("Valid")
    REVOKED = "revoked", _("Revoked")
    EXPIRED = "expired", _("Expired")


def certificate_upload_to(instance: Certificate, filename: str) -> str:
    return f"certificates/{instance.issued_at:%Y/%m}/{instance.code}.pdf"


class Certificate(models.Model):
    """A certificate issued once for a completed course.

    The name, unit and course title are kept as printed, so later renames do not change what
    the verification page says about a document already handed out.
    """

    code = models.CharField(_("verification code"), max_length=20, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("officer"),
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    enrolment = models.ForeignKey(
        "courses.Enrolment",
        verbose_name=_("enrolment"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    full_name = models.CharField(_("name as printed"), max_length=300)
    unit_name = models.CharField(_("unit as printed"), max_length=300, blank=True)
    course_title = models.CharField(_("course as printed"), max_length=255)
    # A mark out of mark_out_of (10 by default); empty for a course without a graded quiz.
    mark = models.DecimalField(_("mark"), max_digits=5, decimal_places=2, null=True, blank=True)
    mark_out_of = models.PositiveSmallIntegerField(_("mark out of"), default=10)
    completed_at = models.DateTimeField(_("completed at"))
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    # Private: handed out only by the download view, which checks who asks.
    pdf = models.FileField(
        _("PDF"), upload_to=certificate_upload_to, max_length=255, storage=private_storage
    )
    pdf_sha256 = models.CharField(_("PDF SHA-256"), max_length=64, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    revoke_reason = models.CharField(_("reason for revocation"), max_length=500, blank=True)
    revoke_category = models.CharField(
        _("revocation category"),
        max_length=30,
        choices=RevocationCategory.choices,
        blank=True,
        help_text=_("Shown on the public check; the reason itself is not."),
    )
    # Moved on every change (issued, re-issued, revoked), for the API's "changed since" feed.
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now, db_index=True)

    class Meta:
        db_table = "progress_certificate"
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        constraints = [
            # Issuing is idempotent: one certificate per recorded completion.
            models.UniqueConstraint(
                fields=["enrolment", "completed_at"], name="progress_certificate_per_completion"
            ),
        ]
        indexes = [models.Index(fields=["user", "issued_at"], name="progress_cert_user_issued")]

    def __str__(self) -> str:
        return f"{self.code} · {self.full_name} · {self.course_title}"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    def state(self, today: datetime.date | None = None) -> str:
        """valid, revoked or expired (on ``today``, the site's date by default)."""
        if self.revoked_at is not None:
            return CertificateState.REVOKED
        if self.valid_until is not None and (today or timezone.localdate()) > self.valid_until:
            return CertificateState.EXPIRED
        return CertificateState.VALID

    @property
    def completed_on(self) -> datetime.date:
        return timezone.localtime(self.completed_at).date()


class Credential(models.Model):
    """A certificate issued as an Open Badges 3.0 verifiable credential (a signed VC-JWT).

    A certificate has one credential in force; re-issuing it (after a change of name) revokes the
    earlier one. The row's primary key is its place in the published revocation status list.
    """

    uid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    certificate = models.ForeignKey(
        Certificate,
        verbose_name=_("certificate"),
        on_delete=models.CASCADE,
        related_name="credentials",
    )
    full_name = models.CharField(_("name as credited"), max_length=300)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    valid_until = models.DateTimeField(_("valid until"), null=True, blank=True)
    key_id = models.CharField(_("key identifier"), max_length=100)
    token = models.TextField(_("signed credential (VC-JWT)"))
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoke_reason = models.CharField(_("reason for revocation"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("verifiable credential")
        verbose_name_plural = _("verifiable credentials")
        ordering = ["-issued_at", "-pk"]
        indexes = [
            models.Index(fields=["certificate", "revoked_at"], name="cert_credential_current"),
        ]

    def __str__(self) -> str:
        return f"{self.uid} · {self.certificate_id}"

    @property
    def urn(self) -> str:
        return f"urn:uuid:{self.uid}"
