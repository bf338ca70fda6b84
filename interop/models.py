"""What goes out: xAPI statements waiting for (or already given to) the Learning Record Store,
and the administrators' switches and legal bases for each outgoing channel."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


class OutgoingStatement(models.Model):
    """An xAPI statement in the outbox. Its id is the statement's own id, derived from what
    happened, so recording the same event twice keeps one statement, and the LRS receives the
    same id on every retry (it stores a statement once)."""

    id = models.UUIDField(primary_key=True, editable=False)
    verb = models.CharField(_("verb"), max_length=40)
    payload = models.JSONField(_("statement"))
    created_at = models.DateTimeField(_("recorded at"), default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    attempts = models.PositiveIntegerField(pgettext_lazy("delivery", "attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    next_try_at = models.DateTimeField(_("next try"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing xAPI statement")
        verbose_name_plural = _("outgoing xAPI statements")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["sent_at", "created_at"], name="interop_statement_pending")]

    def __str__(self) -> str:
        return f"{self.verb} {self.id}"


@register_setting(icon="resubmit")
class InteropSettings(BaseGenericSetting):
    """Administrators switch each outgoing channel off here and state its legal basis."""

    xapi_enabled: models.BooleanField[bool, bool] = models.BooleanField(
        _("send xAPI statements"),
        default=True,
        help_text=_(
            "When off, nothing is recorded for the Learning Record Store. Needs XAPI_ENDPOINT."
        ),
    )
    xapi_legal_basis: models.TextField[str, str] = models.TextField(
        _("legal basis for xAPI statements"),
        blank=True,
        help_text=_("Why learners' activity may be sent, e.g. the decision or agreement."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("xapi_enabled"), FieldPanel("xapi_legal_basis")], heading=_("xAPI")
        ),
    ]

    class Meta:
        verbose_name = _("outgoing data")
