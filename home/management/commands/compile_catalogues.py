"""Compile every .po catalogue of the project to .mo with polib: no gettext tools needed."""

from pathlib import Path

import polib
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from home.commands import TranslatedCommand

SKIP_DIRS = {".venv", "node_modules", ".git", "staticfiles", "media"}


def project_catalogues(base: Path) -> list[Path]:
    found = []
    for path in base.rglob("*.po"):
        if SKIP_DIRS.intersection(path.relative_to(base).parts):
            continue
        found.append(path)
    return sorted(found)


class Command(TranslatedCommand):
    help_text = gettext_noop(
        "Compile the project's translation catalogues (.po to .mo) without GNU gettext."
    )

    def handle(self, *args, **options):
        base = Path(settings.BASE_DIR)
        compiled = 0
        for po_path in project_catalogues(base):
            mo_path = po_path.with_suffix(".mo")
            if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
            compiled += 1
            if options["verbosity"] > 1:
                self.stdout.write(_("Compiled %(path)s") % {"path": po_path.relative_to(base)})
        if options["verbosity"] > 0:
            self.stdout.write(
                ngettext(
                    "%(count)d catalogue compiled.", "%(count)d catalogues compiled.", compiled
                )
                % {"count": compiled}
            )
