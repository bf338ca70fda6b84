"""Make a new key pair for the LTI tool; earlier keys stay published so tokens in flight verify."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from home.commands import TranslatedCommand
from lti.keys import new_key
from lti.models import ToolKey


class Command(TranslatedCommand):
    help_text = gettext_noop(
        "Make a new RSA key pair for the LTI tool (it signs from now on; earlier keys stay "
        "in the JWKS until deleted with --keep)."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--keep",
            type=int,
            default=2,
            help=_("How many keys to keep published, the new one included (default 2)."),
        )

    def handle(self, *args: Any, keep: int, **options: Any) -> None:
        key = new_key()
        keep = max(keep, 1)
        old = ToolKey.objects.order_by("-created_at", "-pk").values_list("pk", flat=True)[keep:]
        removed, _detail = ToolKey.objects.filter(pk__in=list(old)).delete()
        self.stdout.write(
            ngettext(
                "New LTI tool key %(kid)s; %(count)d old key removed.",
                "New LTI tool key %(kid)s; %(count)d old keys removed.",
                removed,
            )
            % {"kid": key.kid, "count": removed}
        )
