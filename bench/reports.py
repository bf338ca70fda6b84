"""Manager dashboards and exports at national scale.

Seeds a throwaway database with ``seed_scale`` (63 provinces, ~700 districts, grassroots units,
100,000 active officers, 30 courses, ~1.5 million enrolments; BENCH_REPORTS_OFFICERS and
BENCH_REPORTS_COURSES make it smaller for quick runs), takes the Central Office's snapshot as
the background task does, then times, through the real views and export code:

* the Central Office's dashboard (read from its snapshot) and one province's (live), each
  after one warm-up request, target under 1 s;
* an XLSX export of every officer in the country (one row per active officer, so 100,000 rows
  at the default scale), made as the background task makes it but in a fresh Python process,
  target under 60 s with the process's peak resident memory (Django included) under 300 MB.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

DASHBOARD_TARGET = 1.0
EXPORT_TARGET = 60.0
MEMORY_TARGET_MB = 300.0


def _verdict(ok: bool, target: str) -> str:
    return f"  target {target}: {'met' if ok else 'MISSED'}"


def _line(label: str, value: str, verdict: str = "") -> None:
    print(f"  {label:<52} {value:>10}{verdict}")


def _timed_get(client, url: str, runs: int = 3) -> float:
    response = client.get(url)  # warm-up: templates, caches, the database's pages
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _export_in_a_fresh_process(unit_id: int, user_id: int) -> dict:
    """Run the export as the background task does, in its own Python process, and read that
    process's peak resident memory (Django and every library included)."""
    import json
    import subprocess
    import sys

    from django.db import connection

    database = {
        key: connection.settings_dict[key]
        for key in ("ENGINE", "NAME", "USER", "PASSWORD", "HOST", "PORT", "OPTIONS")
        if key in connection.settings_dict
    }
    database["NAME"] = str(database["NAME"])
    completed = subprocess.run(
        [sys.executable, "-m", "bench.reports_export"],
        input=json.dumps({"database": database, "unit_id": unit_id, "user_id": user_id}),
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def _manager(email: str, unit):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from people.models import ManagerScope
    from people.roles import MANAGER, sync_roles

    sync_roles()
    user = get_user_model().objects.create_user(email=email)
    user.groups.add(Group.objects.get(name=MANAGER))
    ManagerScope.objects.create(user=user, unit=unit)
    return user


def run() -> bool:
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings

    officers = int(os.environ.get("BENCH_REPORTS_OFFICERS", "100000"))
    courses = int(os.environ.get("BENCH_REPORTS_COURSES", "30"))
    print(f"Reports at national scale: {officers:,} officers, {courses} courses")
    with tempfile.TemporaryDirectory(prefix="kns-bench-reports-") as folder:
        db_settings = connection.settings_dict
        if connection.vendor == "sqlite":
            db_settings.setdefault("TEST", {})["NAME"] = str(Path(folder) / "bench.sqlite3")
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            print(f"  database: {connection.vendor}, fresh (migrated in a throwaway database)")
            with override_settings(
                ALLOWED_HOSTS=["testserver", "localhost"],
                DEBUG=False,
                LOGGING_CONFIG=None,
                STORAGES={
                    "default": {
                        "BACKEND": "django.core.files.storage.FileSystemStorage",
                        "OPTIONS": {"location": folder},
                    },
                    "staticfiles": {
                        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
                    },
                },
                TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}},
            ):
                return _measure(officers, courses, Client)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)


def _measure(officers: int, courses: int, client_class) -> bool:
    import logging

    from django.urls import reverse

    from bench.scale import seed_scale
    from people.models import OrgUnit
    from reports.snapshots import take_snapshot

    logging.disable(logging.INFO)
    start = time.perf_counter()
    result = seed_scale(officers=officers, courses=courses)
    _line("seed_scale", f"{time.perf_counter() - start:.0f} s")
    print(f"    {result.summary()}")

    central = OrgUnit.objects.get(pk=result.root_id)
    province = OrgUnit.objects.filter(pk__in=result.province_ids).order_by("path")[23]
    start = time.perf_counter()
    snapshot = take_snapshot(central)
    _line("Central Office snapshot (background task)", f"{time.perf_counter() - start:.1f} s")

    client = client_class()
    central_manager = _manager("bench.trung-uong@example.org", central)
    client.force_login(central_manager)
    central_s = _timed_get(client, reverse("reports:manage"))
    central_ok = central_s < DASHBOARD_TARGET
    _line(
        f"Central Office dashboard ({snapshot.officers:,} officers)",
        f"{central_s:.3f} s",
        _verdict(central_ok, "< 1 s"),
    )

    province_client = client_class()
    province_client.force_login(_manager("bench.tinh@example.org", province))
    province_s = _timed_get(province_client, reverse("reports:manage"))
    province_ok = province_s < DASHBOARD_TARGET
    _line(
        f"province dashboard, live ({province.name})",
        f"{province_s:.3f} s",
        _verdict(province_ok, "< 1 s"),
    )

    answer = _export_in_a_fresh_process(central.pk, central_manager.pk)
    export_s = answer["seconds"]
    peak_mb = answer["peak_kb"] / 1024
    grown_mb = (answer["peak_kb"] - answer["before_kb"]) / 1024
    export_ok = export_s < EXPORT_TARGET
    memory_ok = peak_mb < MEMORY_TARGET_MB
    _line(
        f"XLSX export, {answer['rows']:,} rows ({answer['size'] / 1024 / 1024:.1f} MB file)",
        f"{export_s:.1f} s",
        _verdict(export_ok, "< 60 s"),
    )
    _line(
        f"  peak memory of the exporting process (+{grown_mb:.0f} MB)",
        f"{peak_mb:.0f} MB",
        _verdict(memory_ok, "< 300 MB"),
    )
    logging.disable(logging.NOTSET)
    return central_ok and province_ok and export_ok and memory_ok
