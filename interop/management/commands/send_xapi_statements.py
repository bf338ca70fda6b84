"""Send the xAPI statements waiting for the Learning Record Store (run every few minutes)."""

from typing import Any

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from interop.xapi.outbox import send_pending


class Command(BaseCommand):
    @property
    def help(self) -> str:  # type: ignore[override]  # argparse wants a str in the language of now
        return _("Send the xAPI statements waiting in the outbox to XAPI_ENDPOINT, oldest first.")

    def handle(self, *args: Any, **options: Any) -> None:
        sent = send_pending()
        if options["verbosity"]:
            self.stdout.write(
                ngettext("%(count)d statement sent.", "%(count)d statements sent.", sent)
                % {"count": sent}
            )
