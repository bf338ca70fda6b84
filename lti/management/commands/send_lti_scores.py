"""Send the course results LTI platforms are owed and could not take before."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from lti.grades import due_links, send_score


class Command(BaseCommand):
    help = "Send course results waiting for LTI platforms whose pause after a refusal is over."

    def handle(self, *args: Any, **options: Any) -> None:
        due = due_links()
        sent = sum(send_score(link_id) for link_id in due)
        self.stdout.write(f"{sent} of {len(due)} score(s) sent.")
