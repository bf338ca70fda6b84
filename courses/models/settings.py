"""Site-wide course settings that administrators change in the admin."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="media")
class CourseSettings(BaseGenericSetting):
    """Which outside hosts lessons may embed videos from (none unless listed)."""

    # Annotated by hand: Wagtail's settings base ships no types, so the plugin cannot infer it.
    embed_hosts: models.TextField[str, str] = models.TextField(
        _("hosts allowed for video embeds"),
        blank=True,
        help_text=_(
            "One host name per line, for example www.youtube-nocookie.com. Lessons may embed "
            "videos only from these hosts, over HTTPS. Leave empty to allow no embeds."
        ),
    )

    panels = [FieldPanel("embed_hosts")]

    class Meta:
        verbose_name = _("course settings")

    @property
    def allowed_hosts(self) -> list[str]:
        return [h.strip().lower() for h in self.embed_hosts.splitlines() if h.strip()]

    def allows_embed(self, url: str) -> bool:
        parts = urlsplit(url or "")
        return parts.scheme == "https" and (parts.hostname or "") in self.allowed_hosts

    def frame_sources(self) -> str:
        return " ".join(f"https://{host}" for host in self.allowed_hosts)
