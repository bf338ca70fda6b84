"""python manage.py import_staff PATH [--dry-run] [--deactivate-missing] | --template PATH"""

from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from home.commands import TranslatedCommand
from people.audit import log_staff_import
from people.imports import template_bytes
from people.models import OrgUnit
from people.services.refusals import StaffImportError, StaffImportFailed
from people.services.staff_import import import_staff


class Command(TranslatedCommand):
    help_text = gettext_noop(
        "Import a staff spreadsheet (XLSX, or CSV in UTF-8): create or update officers by "
        "employee code. Nothing is saved while the file has errors. With --template PATH, "
        "write an empty template instead (CSV or XLSX by the extension)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help=_("The staff file to import."))
        parser.add_argument(
            "--dry-run", action="store_true", help=_("Show what would change; save nothing.")
        )
        parser.add_argument(
            "--deactivate-missing",
            action="store_true",
            help=_("Deactivate active officers whose employee code is not in the file."),
        )
        parser.add_argument(
            "--no-invitations",
            action="store_true",
            help=_("Do not email new accounts an invitation to choose a password."),
        )
        parser.add_argument(
            "--template", metavar="PATH", help=_("Write the import template to PATH and stop.")
        )

    def handle(self, *args, **options):
        if options["template"]:
            return self.write_template(Path(options["template"]))
        if not options["path"]:
            raise CommandError(_("Give the staff file to import, or --template PATH."))
        path = Path(options["path"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(
                _("Cannot read %(path)s: %(error)s") % {"path": path, "error": exc.strerror}
            ) from exc
        try:
            plan = import_staff(
                data,
                path.name,
                dry_run=options["dry_run"],
                deactivate_missing=options["deactivate_missing"],
                invite=not options["no_invitations"],
            )
        except StaffImportError as exc:
            self.report(exc.plan, verbosity=options["verbosity"])
            raise CommandError(str(exc)) from exc
        except StaffImportFailed as exc:
            raise CommandError(str(exc)) from exc
        self.report(plan, verbosity=options["verbosity"])
        if plan.applied:
            log_staff_import(plan, filename=path.name, via="command")
            self.stdout.write(
                self.style.SUCCESS(
                    _("Imported. Invitations queued for new accounts: %(count)s.")
                    % {"count": plan.invited}
                )
            )
        else:
            self.stdout.write(self.style.WARNING(_("Dry run: nothing was saved.")))

    def report(self, plan, verbosity):
        counts = {
            "created": len(plan.created),
            "updated": len(plan.updated),
            "moved": len(plan.moved),
            "unchanged": len(plan.unchanged),
        }
        line = (
            _(
                "created: %(created)s  updated: %(updated)s  moved: %(moved)s  "
                "unchanged: %(unchanged)s"
            )
            % counts
        )
        if plan.deactivate_missing:
            line += "  " + _("deactivated: %(count)s") % {"count": len(plan.deactivated)}
        self.stdout.write(line)
        if verbosity > 1:
            for label, rows in (
                (_("create"), plan.created),
                (_("move"), plan.moved),
                (_("update"), plan.updated),
            ):
                for planned in rows:
                    changes = "; ".join(planned.changes)
                    self.stdout.write(
                        "  "
                        + _("row %(row)s") % {"row": planned.row}
                        + f": {label} {planned.employee_code} "
                        f"{planned.full_name} <{planned.email}> {planned.unit_code}"
                        + (f" — {changes}" if changes else "")
                    )
            deactivate = _("deactivate")
            for gone in plan.deactivated:
                self.stdout.write(
                    f"  {deactivate} {gone.employee_code} {gone.full_name} <{gone.email}>"
                )
        for error in plan.errors:
            where = _("row %(row)s") % {"row": error.row} if error.row else _("file")
            column = f" [{error.column_label}]" if error.column else ""
            self.stderr.write(f"{where}{column}: {error.message}")

    def write_template(self, path: Path):
        kind = path.suffix.lower().lstrip(".")
        if kind not in ("csv", "xlsx"):
            raise CommandError(_("The template path must end in .csv or .xlsx."))
        units = list(
            OrgUnit.objects.filter(active=True).order_by("path").values_list("code", "name")
        )
        try:
            path.write_bytes(template_bytes(kind, units))
        except OSError as exc:
            raise CommandError(
                _("Cannot write %(path)s: %(error)s") % {"path": path, "error": exc.strerror}
            ) from exc
        self.stdout.write(self.style.SUCCESS(_("Template written to %(path)s") % {"path": path}))
