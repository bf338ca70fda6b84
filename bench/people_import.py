"""Staff import at scale: a 10,000-row file on a fresh database.

Targets: the import in under 60 s, the dry-run preview in under 20 s. Also shows that importing
the same file again changes nothing. Runs on a throwaway test database (a temporary SQLite file
unless DATABASE_URL points elsewhere), so the development database is never touched.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

ROWS = 10_000
IMPORT_TARGET = 60.0
PREVIEW_TARGET = 20.0

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi"]
MIDDLE = ["Văn", "Thị", "Minh", "Thu", "Quốc", "Ngọc", "Đức", "Thanh", "Hữu", "Xuân"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hùng", "Lan", "Mai", "Nam",
         "Oanh", "Phúc", "Quang", "Sơn", "Thảo", "Uyên", "Ưng", "Vân", "Yến"]  # fmt: skip
ROLES = ["", "", "", "", "", "", "", "Quản lý", "Giảng viên", "Cán bộ"]


def build_units() -> list[str]:
    """A central office, 10 provinces, 10 districts each: 111 units. Returns district codes."""
    from people import services
    from people.models import OrgUnit

    central = services.create_unit(name="Trung ương", code="B-TW", kind=OrgUnit.Kind.CENTRAL)
    codes = []
    for p in range(10):
        province = services.create_unit(
            name=f"Tỉnh ủy {p}", code=f"B-T{p}", kind=OrgUnit.Kind.PROVINCIAL, parent=central
        )
        for d in range(10):
            code = f"B-T{p}-H{d}"
            services.create_unit(
                name=f"Huyện ủy {p}.{d}", code=code, kind=OrgUnit.Kind.DISTRICT, parent=province
            )
            codes.append(code)
    return codes


def write_staff_file(folder: Path, unit_codes: list[str]) -> Path:
    from people.imports import header_labels, write_xlsx

    rng = random.Random(2026)
    rows = []
    for n in range(ROWS):
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        rows.append(
            [
                f"NV{n:06d}",
                name,
                f"can.bo.{n:06d}@example.org",
                rng.choice(unit_codes),
                "Chuyên viên",
                rng.choice(ROLES),
            ]
        )
    path = folder / "staff-10000.xlsx"
    path.write_bytes(write_xlsx(rows, header_labels(), sheet_title="Staff"))
    return path


def _send_invitations() -> int:
    """What a background worker does with the queued invitations (emails kept in memory)."""
    from django.contrib.auth import get_user_model

    from people.tasks import send_invitations

    ids = list(get_user_model().objects.values_list("pk", flat=True))
    return sum(send_invitations.call(ids[i : i + 100]) for i in range(0, len(ids), 100))


def _timed(label: str, target: float | None, func):
    start = time.perf_counter()
    result = func()
    seconds = time.perf_counter() - start
    verdict = ""
    if target is not None:
        verdict = f"  target < {target:.0f} s: {'met' if seconds < target else 'MISSED'}"
    print(f"  {label:<38} {seconds:7.2f} s{verdict}")
    return result, seconds


def run() -> bool:
    from django.db import connection
    from django.test.utils import override_settings

    from people import services

    print(f"Staff import, {ROWS:,} rows (XLSX):")
    with tempfile.TemporaryDirectory(prefix="kns-bench-") as folder:
        db_settings = connection.settings_dict
        if connection.vendor == "sqlite":
            db_settings.setdefault("TEST", {})["NAME"] = str(Path(folder) / "bench.sqlite3")
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            print(f"  database: {connection.vendor}, fresh (migrated in a throwaway database)")
            with override_settings(
                EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
                TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}},
            ):
                path = write_staff_file(Path(folder), build_units())
                data = path.read_bytes()
                preview, preview_s = _timed(
                    "dry-run preview",
                    PREVIEW_TARGET,
                    lambda: services.import_staff(data, path.name, dry_run=True),
                )
                plan, import_s = _timed(
                    "import (invitations queued)",
                    IMPORT_TARGET,
                    lambda: services.import_staff(data, path.name),
                )
                again, _again_s = _timed(
                    "same file again", None, lambda: services.import_staff(data, path.name)
                )
                _timed("sending the invitations (worker)", None, _send_invitations)
            ok_counts = (
                len(preview.created) == ROWS
                and len(plan.created) == ROWS
                and again.change_count == 0
            )
            print(
                f"  created {len(plan.created):,}; second import changed {again.change_count}"
                f"{'' if ok_counts else '  UNEXPECTED COUNTS'}"
            )
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
    return ok_counts and preview_s < PREVIEW_TARGET and import_s < IMPORT_TARGET
