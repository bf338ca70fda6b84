"""Creating and updating units in bulk by unit code (another system's list of units), checked
row by row like the staff import and applied all together or not at all."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from people.imports import RowError
from people.models import OrgUnit, normalise_code
from people.services.refusals import PeopleError
from people.services.units import create_unit, move_unit, set_unit_active

NAME_MAX = 200
CODE_MAX = 50


@dataclass
class PlannedUnit:
    row: int
    code: str
    name: str
    kind: str
    parent_code: str
    active: bool
    action: str  # "create", "update", "move" or "unchanged"
    changes: list[str] = field(default_factory=list)


@dataclass
class UnitPlan:
    errors: list[RowError] = field(default_factory=list)
    rows: list[PlannedUnit] = field(default_factory=list)
    applied: bool = False

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)


class UnitImportError(PeopleError):
    """The rows have errors: nothing was saved."""

    def __init__(self, plan: UnitPlan) -> None:
        super().__init__(
            _("The file has %(count)d error(s); nothing was saved.") % {"count": len(plan.errors)}
        )
        self.plan = plan


def _text(record: Mapping[str, object], key: str) -> str:
    value = record.get(key)
    return "" if value is None else " ".join(str(value).split())


def _inside(path: str, within: Sequence[OrgUnit] | None) -> bool:
    return within is None or any(path.startswith(root.path) for root in within)


def plan_units(
    records: Sequence[Mapping[str, object]], *, within: Sequence[OrgUnit] | None = None
) -> UnitPlan:
    """What saving these units would change; ``within`` limits every row to those subtrees."""
    plan = UnitPlan()
    existing = {unit.code: unit for unit in OrgUnit.objects.all()}
    seen: dict[str, int] = {}
    kinds = ", ".join(OrgUnit.Kind.values)
    for number, record in enumerate(records, start=1):
        code = normalise_code(_text(record, "code"))
        name = _text(record, "name")
        kind = _text(record, "kind").lower()
        parent_code = normalise_code(_text(record, "parent_code"))
        active = record.get("active", True) is not False
        errors: list[RowError] = []
        if not code:
            errors.append(RowError(number, "code", _("The unit code is empty.")))
        elif len(code) > CODE_MAX:
            errors.append(
                RowError(number, "code", _("The unit code is longer than 50 characters."))
            )
        elif code in seen:
            errors.append(
                RowError(
                    number,
                    "code",
                    _("The unit code %(code)s is already used on row %(row)d.")
                    % {"code": code, "row": seen[code]},
                )
            )
        if not name:
            errors.append(RowError(number, "name", _("The unit name is empty.")))
        elif len(name) > NAME_MAX:
            errors.append(
                RowError(number, "name", _("The unit name is longer than 200 characters."))
            )
        if kind not in OrgUnit.Kind.values:
            errors.append(
                RowError(
                    number,
                    "kind",
                    _("Unknown kind of unit “%(kind)s”. Known kinds: %(kinds)s.")
                    % {"kind": kind, "kinds": kinds},
                )
            )
        unit = existing.get(code)
        parent = existing.get(parent_code) if parent_code else None
        if parent_code and parent is None and parent_code not in seen:
            errors.append(
                RowError(
                    number,
                    "parent_code",
                    _("Unknown parent unit code %(code)s.") % {"code": parent_code},
                )
            )
        if parent_code and parent_code == code:
            errors.append(RowError(number, "parent_code", _("A unit cannot be its own parent.")))
        if within is not None:
            if unit is not None and not _inside(unit.path, within):
                errors.append(
                    RowError(
                        number,
                        "code",
                        _("The unit %(code)s is outside the units you may change.")
                        % {"code": code},
                    )
                )
            parent_path = parent.path if parent is not None else None
            moving = unit is None or (parent is not None and unit.get_parent() != parent)
            if moving and parent_code not in seen and not _inside(parent_path or "-", within):
                errors.append(
                    RowError(
                        number,
                        "parent_code",
                        _("The parent unit must be one of the units you may change."),
                    )
                )
        if code:
            seen.setdefault(code, number)
        if errors:
            plan.errors.extend(errors)
            continue
        plan.rows.append(_planned(number, code, name, kind, parent_code, active, unit))
    return plan


def _planned(
    number: int,
    code: str,
    name: str,
    kind: str,
    parent_code: str,
    active: bool,
    unit: OrgUnit | None,
) -> PlannedUnit:
    planned = PlannedUnit(number, code, name, kind, parent_code, active, "create")
    if unit is None:
        return planned
    parent = unit.get_parent()
    current_parent = parent.code if parent is not None else ""
    if name != unit.name:
        planned.changes.append(_("Name: %(old)s → %(new)s") % {"old": unit.name, "new": name})
    if kind != unit.kind:
        planned.changes.append(_("Kind: %(old)s → %(new)s") % {"old": unit.kind, "new": kind})
    if active != unit.active:
        planned.changes.append(_("Active") if active else _("Inactive"))
    moved = bool(parent_code) and parent_code != current_parent
    if moved:
        planned.changes.insert(
            0,
            _("Parent: %(old)s → %(new)s") % {"old": current_parent or "—", "new": parent_code},
        )
    planned.action = "move" if moved else ("update" if planned.changes else "unchanged")
    return planned


def upsert_units(
    records: Sequence[Mapping[str, object]],
    *,
    dry_run: bool = False,
    within: Sequence[OrgUnit] | None = None,
) -> UnitPlan:
    """Create or update units by code, in the rows' order (a parent before its children), in
    one transaction; raises UnitImportError with every row's errors, saving nothing."""
    with transaction.atomic():
        plan = plan_units(records, within=within)
        if plan.errors:
            raise UnitImportError(plan)
        if dry_run:
            return plan
        for planned in plan.rows:
            if planned.action == "unchanged":
                continue
            parent = OrgUnit.objects.get(code=planned.parent_code) if planned.parent_code else None
            if planned.action == "create":
                create_unit(
                    name=planned.name,
                    code=planned.code,
                    kind=planned.kind,
                    parent=parent,
                    active=planned.active,
                )
                continue
            unit = OrgUnit.objects.get(code=planned.code)
            if planned.action == "move":
                unit = move_unit(unit, parent)
            OrgUnit.objects.filter(pk=unit.pk).update(name=planned.name, kind=planned.kind)
            if planned.active != unit.active:
                set_unit_active(unit, planned.active)
    plan.applied = True
    return plan
