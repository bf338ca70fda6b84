"""Send the course results LTI platforms are owed and could not take before."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_noop, ngettext

from home.commands import TranslatedCommand
from lti.grades import due_links, send_score


class Command(TranslatedCommand):
    help_text = gettext_noop(
        "Send course results waiting for LTI platforms whose pause after a refusal is over."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        due = due_links()
        sent = sum(send_score(link_id) for link_id in due)
        self.stdout.write(
            ngettext(
                "%(sent)d of %(count)d score sent.", "%(sent)d of %(count)d scores sent.", len(due)
            )
            % {"sent": sent, "count": len(due)}
        )
