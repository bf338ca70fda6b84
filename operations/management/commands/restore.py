"""manage.py restore: load an archive made by `manage.py backup`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from home.commands import TranslatedCommand
from operations.backup import BackupError, file_counts, restore_backup


class Command(TranslatedCommand):
    help_text = gettext_noop(
        "Load a backup archive: the database rows, the public and private files and the "
        "signing keys. Run `manage.py migrate` first; the database must hold no accounts "
        "unless --force is given (it is then emptied before loading)."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("archive", help=_("the .tar.gz written by `manage.py backup`"))
        parser.add_argument(
            "--force",
            action="store_true",
            help=_("empty a database that already holds data, then restore"),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            summary = restore_backup(Path(options["archive"]), force=options["force"])
        except (BackupError, OSError) as exc:
            raise CommandError(str(exc)) from exc
        files = file_counts(summary.files)
        self.stdout.write(
            _("Restored %(rows)s rows; files: %(files)s; keys: %(keys)s.")
            % {"rows": summary.rows, "files": files or "-", "keys": ", ".join(summary.keys) or "-"}
        )
