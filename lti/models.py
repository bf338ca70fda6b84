"""LTI 1.3: the platforms (other LMSs) registered to launch this site as a tool, the tool's own
signing key, who each platform's users are here, and the grades owed back to the platforms."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class Platform(models.Model):
    """A platform registered by an administrator (or by LTI Dynamic Registration): its issuer
    and client id name it, its endpoints and public keys let the tool check its launches."""

    name = models.CharField(_("name"), max_length=200)
    issuer = models.URLField(_("issuer"), max_length=500)
    client_id = models.CharField(_("client ID"), max_length=255)
    deployment_ids = models.TextField(
        _("deployment IDs"),
        help_text=_("One per line: the deployments of this tool that the platform may launch."),
    )
    auth_login_url = models.URLField(_("authentication request URL"), max_length=500)
    auth_token_url = models.URLField(_("access token URL"), max_length=500)
    auth_audience = models.CharField(
        _("token audience"),
        max_length=500,
        blank=True,
        help_text=_("Leave empty unless the platform names one: the access token URL is used."),
    )
    keyset_url = models.URLField(_("public keyset URL"), max_length=500)
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Launches from an inactive platform are refused.")
    )
    send_grades = models.BooleanField(
        _("send grades back"),
        default=True,
        help_text=_("Send each learner's course result to the platform's gradebook."),
    )
    legal_basis = models.TextField(
        _("legal basis for sending grades"),
        blank=True,
        help_text=_("Why learners' results may be sent to this platform, e.g. the agreement."),
    )
    registered_dynamically = models.BooleanField(
        _("registered dynamically"), default=False, editable=False
    )
    # The dynamic registration link used (each works once).
    registration_link_id = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("issuer"), FieldPanel("client_id"), FieldPanel("deployment_ids")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("auth_login_url"),
                FieldPanel("auth_token_url"),
                FieldPanel("auth_audience"),
                FieldPanel("keyset_url"),
            ],
            heading=_("Platform endpoints"),
        ),
        FieldPanel("is_active"),
        FieldPanel("send_grades"),
        FieldPanel("legal_basis"),
    ]

    class Meta:
        verbose_name = _("LTI platform")
        verbose_name_plural = _("LTI platforms")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["issuer", "client_id"], name="lti_platform_unique"),
            models.UniqueConstraint(
                fields=["registration_link_id"],
                condition=~models.Q(registration_link_id=""),
                name="lti_platform_registration_link_once",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def deployments(self) -> list[str]:
        return [line.strip() for line in self.deployment_ids.splitlines() if line.strip()]


class ToolKey(models.Model):
    """The tool's RSA key pair: it signs deep-linking answers and the tool's requests for
    access tokens; the public half is published as the tool's JWKS. Created on first use."""

    kid = models.CharField(max_length=100, unique=True)
    private_key = models.TextField()
    public_key = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("LTI tool key")
        verbose_name_plural = _("LTI tool keys")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.kid


class PlatformAccount(models.Model):
    """Who a platform's user (its ``sub``) is here: matched on every launch, never by email."""

    platform = models.ForeignKey(
        Platform, verbose_name=_("platform"), on_delete=models.CASCADE, related_name="accounts"
    )
    subject = models.CharField(_("user ID on the platform"), max_length=255)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="lti_accounts",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    last_launch_at = models.DateTimeField(_("last launch"), default=timezone.now)

    class Meta:
        verbose_name = _("LTI account")
        verbose_name_plural = _("LTI accounts")
        constraints = [
            models.UniqueConstraint(fields=["platform", "subject"], name="lti_account_unique")
        ]

    def __str__(self) -> str:
        return f"{self.platform} / {self.subject}"


class GradeLink(models.Model):
    """Where a learner's result in a course goes on a platform (its Assignment and Grade
    Services claim from the last launch), and the score waiting to be sent there."""

    platform = models.ForeignKey(Platform, on_delete=models.CASCADE, related_name="grade_links")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lti_grade_links"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="lti_grade_links"
    )
    subject = models.CharField(max_length=255)
    resource_link_id = models.CharField(max_length=255, blank=True)
    ags_endpoint = models.JSONField(default=dict)
    score_percent = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    scored_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    next_try_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("LTI grade link")
        verbose_name_plural = _("LTI grade links")
        constraints = [
            models.UniqueConstraint(
                fields=["platform", "user", "course"], name="lti_grade_link_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.platform} / {self.subject} / {self.course_id}"
