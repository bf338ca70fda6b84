"""manage.py backup: the whole site (database, files, signing keys) in one archive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from home.commands import TranslatedCommand
from operations.backup import BackupError, file_counts, make_backup


class Command(TranslatedCommand):
    help_text = gettext_noop(
        "Write the database (every row, engine-neutral), the public and private files and "
        "the certificate signing keys to one .tar.gz archive, readable by its owner only. "
        "Restore it with `manage.py restore`."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "archive",
            nargs="?",
            help=_("where to write the archive (default: backups/kns-<date-time>.tar.gz)"),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        name = options.get("archive") or f"backups/kns-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        target = Path(name)
        try:
            summary = make_backup(target)
        except (BackupError, OSError) as exc:
            raise CommandError(str(exc)) from exc
        files = file_counts(summary.files)
        self.stdout.write(
            _("Backup written to %(path)s: %(rows)s rows; files: %(files)s; keys: %(keys)s.")
            % {
                "path": target,
                "rows": summary.rows,
                "files": files,
                "keys": ", ".join(summary.keys) or "-",
            }
        )
