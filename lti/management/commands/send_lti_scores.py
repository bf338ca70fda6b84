"""Send the course results LTI platforms are owed and could not take before."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lti.grades import due_links, send_score


class Command(BaseCommand):
    @property
    def help(self) -> str:  # type: ignore[override]  # argparse wants a str in the language of now
        return _(
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
