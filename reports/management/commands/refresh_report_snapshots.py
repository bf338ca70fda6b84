"""Take the report snapshots of large units (run it every 15 minutes from cron or a scheduler)."""

from __future__ import annotations

from django.core.management.base import CommandParser
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from home.commands import TranslatedCommand
from reports import snapshots


class Command(TranslatedCommand):
    help_text = gettext_noop(
        "Add up the figures of every unit with at least REPORTS_SNAPSHOT_MIN_OFFICERS "
        "officers under it, so its dashboard reads a snapshot instead of every enrolment. "
        "Smaller units are always computed live. Safe to run at any time; run it more often "
        "than REPORTS_SNAPSHOT_MAX_AGE_MINUTES, after which a dashboard stops trusting a "
        "snapshot."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--min-officers",
            type=int,
            default=None,
            help=_("Officers a unit needs to be snapshotted (default: the setting)."),
        )

    def handle(self, *args, min_officers: int | None, **options) -> None:
        threshold = snapshots.min_officers() if min_officers is None else min_officers
        taken = snapshots.refresh_snapshots(threshold)
        if options["verbosity"] > 0:
            if not taken:
                self.stdout.write(
                    ngettext(
                        "No unit has %(count)s officer or more: nothing to take.",
                        "No unit has %(count)s officers or more: nothing to take.",
                        threshold,
                    )
                    % {"count": number_format(threshold, force_grouping=True)}
                )
            for snapshot in taken:
                self.stdout.write(
                    ngettext(
                        "%(unit)s: %(count)s officer, %(seconds)s s",
                        "%(unit)s: %(count)s officers, %(seconds)s s",
                        snapshot.officers,
                    )
                    % {
                        "unit": snapshot.unit.name,
                        "count": number_format(snapshot.officers, force_grouping=True),
                        "seconds": number_format(snapshot.seconds or 0, decimal_pos=1),
                    }
                )
