"""Run the benchmarks: python -m bench."""

import importlib
import os
import sys

BENCHMARKS: list[str] = [
    name
    for name in os.environ.get(
        "BENCH_ONLY", "pages,signin,exam,people_import,reports,credentials,spreadsheet_limits"
    ).split(",")
    if name
]


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    if not BENCHMARKS:
        print("No benchmarks yet.")
        return 0
    failed = 0
    for name in BENCHMARKS:
        module = importlib.import_module(f"bench.{name}")
        failed += 0 if module.run() else 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
