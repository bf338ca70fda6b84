"""API clients (other systems, not people) and the short-lived tokens they hold."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ApiClient(models.Model):
    """Another system (an HR system, a reporting system) allowed to call the API within one
    unit's subtree, with the scopes an administrator gave it. Its secret is stored hashed."""

    name = models.CharField(_("name"), max_length=200)
    unit = models.ForeignKey(
        "people.OrgUnit",
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The client reads and writes this unit and every unit under it."),
    )
    can_read_results = models.BooleanField(
        _("read training results"),
        default=False,
        help_text=_("Staff, units, assignments, enrolments, marks and certificates."),
    )
    can_write_staff = models.BooleanField(
        _("write staff"), default=False, help_text=_("Create and update officers and units.")
    )
    can_write_assignments = models.BooleanField(
        _("write assignments"),
        default=False,
        help_text=_("Assign courses, change and withdraw assignments."),
    )
    client_id = models.CharField(_("client ID"), max_length=64, unique=True, editable=False)
    secret_hash = models.CharField(max_length=64, editable=False)
    secret_set_at = models.DateTimeField(_("secret set at"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)

    class Meta:
        verbose_name = _("API client")
        verbose_name_plural = _("API clients")
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    # DRF treats the authenticated principal like a user.
    is_authenticated = True
    is_active = True

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def roots(self) -> list:
        """The subtrees this client reaches, as a manager's scope roots."""
        return [self.unit]


class ApiToken(models.Model):
    """A bearer token issued to a client by the token endpoint; only its hash is kept."""

    client = models.ForeignKey(
        ApiClient, verbose_name=_("client"), on_delete=models.CASCADE, related_name="tokens"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), db_index=True)

    class Meta:
        verbose_name = _("access token")
        verbose_name_plural = _("access tokens")

    def __str__(self) -> str:
        return f"{self.client_id} · {self.expires_at:%Y-%m-%d %H:%M}"
