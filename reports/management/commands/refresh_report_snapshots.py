"""Take the report snapshots of large units (run it every 15 minutes from cron or a scheduler)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandParser

from reports import snapshots


class Command(BaseCommand):
    help = (
        "Add up the figures of every unit with at least REPORTS_SNAPSHOT_MIN_OFFICERS officers "
        "under it, so its dashboard reads a snapshot instead of every enrolment. Smaller units "
        "are always computed live. Safe to run at any time; run it more often than "
        "REPORTS_SNAPSHOT_MAX_AGE_MINUTES, after which a dashboard stops trusting a snapshot."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--min-officers",
            type=int,
            default=None,
            help="Officers a unit needs to be snapshotted (default: the setting).",
        )

    def handle(self, *args, min_officers: int | None, **options) -> None:
        threshold = snapshots.min_officers() if min_officers is None else min_officers
        taken = snapshots.refresh_snapshots(threshold)
        if options["verbosity"] > 0:
            if not taken:
                self.stdout.write(f"No unit has {threshold:,} officers or more: nothing to take.")
            for snapshot in taken:
                self.stdout.write(
                    f"{snapshot.unit.name}: {snapshot.officers:,} officers, "
                    f"{snapshot.seconds:.1f} s"
                )
