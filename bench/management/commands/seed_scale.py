"""Fill the database with a national-scale organisation for the report benchmarks."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from bench.scale import Log, seed_scale
from bench.scale_tree import ScaleDataExists


def _quiet(_message: str) -> None:
    pass


class Command(BaseCommand):
    help = (
        "Create a national unit tree (63 provinces, ~700 districts, grassroots units), officers, "
        "courses, about 15 enrolments per officer with a realistic spread of progress, "
        "assignments, figures and feedback. For benchmarks on a throwaway database."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--officers",
            type=int,
            default=100_000,
            help="Active officers (3 %% more who have left are added, inactive).",
        )
        parser.add_argument("--courses", type=int, default=30)
        parser.add_argument("--seed", type=int, default=2026, help="Random seed (same data).")

    def handle(self, *args, officers: int, courses: int, seed: int, **options) -> None:
        if not getattr(settings, "DEMO_DATA_ALLOWED", False):
            raise CommandError(
                "seed_scale fills the database with invented officers and is refused under these "
                "settings (production)."
            )
        if officers < 1 or courses < 1:
            raise CommandError("--officers and --courses must be at least 1.")
        start = time.perf_counter()
        log: Log = self.stdout.write if options["verbosity"] > 0 else _quiet
        try:
            result = seed_scale(officers=officers, courses=courses, seed=seed, log=log)
        except ScaleDataExists as error:
            raise CommandError(str(error)) from error
        if options["verbosity"] > 0:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created {result.summary()} in {time.perf_counter() - start:.0f} s."
                )
            )
