"""Send the xAPI statements waiting for the Learning Record Store (run every few minutes)."""

from typing import Any

from django.core.management.base import BaseCommand

from interop.xapi.outbox import send_pending


class Command(BaseCommand):
    help = "Sends the xAPI statements waiting in the outbox to XAPI_ENDPOINT, oldest first."

    def handle(self, *args: Any, **options: Any) -> None:
        sent = send_pending()
        if options["verbosity"]:
            self.stdout.write(f"{sent} statements sent")
