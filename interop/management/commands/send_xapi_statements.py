"""Send the xAPI statements waiting for the Learning Record Store (run every few minutes)."""

from typing import Any

from django.utils.translation import gettext_noop, ngettext

from home.commands import TranslatedCommand
from interop.xapi.outbox import send_pending


class Command(TranslatedCommand):
    help_text = gettext_noop(
        "Send the xAPI statements waiting in the outbox to XAPI_ENDPOINT, oldest first."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        sent = send_pending()
        if options["verbosity"]:
            self.stdout.write(
                ngettext("%(count)d statement sent.", "%(count)d statements sent.", sent)
                % {"count": sent}
            )
