"""What the project's management commands share."""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.utils.translation import gettext


class TranslatedCommand(BaseCommand):
    """A command whose description is ``help_text`` (marked with ``gettext_noop``), shown in
    the language active when the parser is made: argparse needs a plain string, not a lazy
    one."""

    help_text = ""

    @property
    def help(self) -> str:  # type: ignore[override]  # a plain class attribute in BaseCommand
        return gettext(self.help_text)
