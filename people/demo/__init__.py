"""Demo organisation: the unit tree, about thirty officers and two managers' scopes.

The officers come from staff.csv next to this file through the same import service that
administrators use, so the demo exercises it. Idempotent: a second run changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from django.contrib.auth import get_user_model

from people.models import OrgUnit
from people.services.scopes import grant_manager_scope
from people.services.staff_import import import_staff
from people.services.units import create_unit

STAFF_FILE = Path(__file__).resolve().parent / "staff.csv"

# (code, name, kind, parent code)
DEMO_UNITS = [
    ("TW", "Văn phòng Trung ương", OrgUnit.Kind.CENTRAL, None),
    ("TW-TH", "Vụ Tổng hợp", OrgUnit.Kind.DEPARTMENT, "TW"),
    ("TW-DT", "Trung tâm Đào tạo", OrgUnit.Kind.DEPARTMENT, "TW"),
    ("LG", "Văn phòng Tỉnh ủy Lâm Giang", OrgUnit.Kind.PROVINCIAL, "TW"),
    ("LG-TP", "Văn phòng Huyện ủy Tân Phú", OrgUnit.Kind.DISTRICT, "LG"),
    ("LG-ML", "Văn phòng Huyện ủy Mỹ Lộc", OrgUnit.Kind.DISTRICT, "LG"),
    ("HB", "Văn phòng Tỉnh ủy Hải Bình", OrgUnit.Kind.PROVINCIAL, "TW"),
    ("HB-DX", "Văn phòng Huyện ủy Đông Xuyên", OrgUnit.Kind.DISTRICT, "HB"),
    ("HB-AL", "Văn phòng Huyện ủy An Lão", OrgUnit.Kind.DISTRICT, "HB"),
]

# Who manages which province, with everything under it.
DEMO_SCOPES = [("manager@example.org", "LG"), ("manager2@example.org", "HB")]


def seed_organisation(log: Callable[[str], None]) -> None:
    """Units, then officers from staff.csv through the staff import, then managers' scopes."""
    units = {u.code: u for u in OrgUnit.objects.filter(code__in=[c for c, *_ in DEMO_UNITS])}
    for code, name, kind, parent_code in DEMO_UNITS:
        if code in units:
            continue
        units[code] = create_unit(
            name=name, code=code, kind=kind, parent=units[parent_code] if parent_code else None
        )
        log(f"created unit {code}")

    plan = import_staff(STAFF_FILE.read_bytes(), STAFF_FILE.name, invite=False)
    log(
        f"staff import: {len(plan.created)} created, {len(plan.updated) + len(plan.moved)} "
        f"updated, {len(plan.unchanged)} unchanged"
    )

    user_model = get_user_model()
    for email, code in DEMO_SCOPES:
        manager = user_model.objects.filter(email=email).first()
        if manager is not None:
            grant_manager_scope(manager, OrgUnit.objects.get(code=code))
