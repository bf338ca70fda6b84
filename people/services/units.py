"""The unit tree: creating, moving, (de)activating and deleting units."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from people.models import ManagerScope, Officer, OfficerMove, OrgUnit, normalise_code
from people.services.refusals import InvalidUnitMove, UnitInUse


def create_unit(
    *,
    name: str,
    code: str,
    kind: str,
    parent: OrgUnit | None = None,
    active: bool = True,
) -> OrgUnit:
    """Add a unit at the top of the tree or as the last child of parent."""
    unit = OrgUnit(name=name.strip(), code=normalise_code(code), kind=kind, active=active)
    with transaction.atomic():
        if parent is None:
            return OrgUnit.add_root(instance=unit)
        parent = OrgUnit.objects.get(pk=parent.pk)  # a fresh path and numchild
        return parent.add_child(instance=unit)


def move_unit(unit: OrgUnit, new_parent: OrgUnit | None) -> OrgUnit:
    """Move a unit, with everything under it, below new_parent (None: to the top level)."""
    with transaction.atomic():
        unit = OrgUnit.objects.select_for_update().get(pk=unit.pk)
        current_parent = unit.get_parent()
        if (current_parent and new_parent and current_parent.pk == new_parent.pk) or (
            current_parent is None and new_parent is None
        ):
            return unit
        if new_parent is None:
            first_root = OrgUnit.get_first_root_node()
            unit.move(first_root, "last-sibling")
        else:
            new_parent = OrgUnit.objects.get(pk=new_parent.pk)
            if new_parent.path.startswith(unit.path):
                raise InvalidUnitMove(
                    _("A unit cannot be moved under itself or under one of its own units.")
                )
            unit.move(new_parent, "last-child")
        return OrgUnit.objects.get(pk=unit.pk)


def set_unit_active(unit: OrgUnit, active: bool) -> int:
    """Deactivate a unit with everything under it, or reactivate the unit alone.

    Officers stay where they are and keep their results; inactive units take no new officers.
    """
    with transaction.atomic():
        if active:
            return OrgUnit.objects.filter(pk=unit.pk, active=False).update(active=True)
        unit = OrgUnit.objects.get(pk=unit.pk)  # the path as it is now, after any move
        return OrgUnit.objects.filter(unit_subtree(unit), active=True).update(active=False)


def unit_subtree(unit: OrgUnit) -> Q:
    return Q(path__startswith=unit.path)


def unit_delete_blockers(unit: OrgUnit) -> list[str]:
    """Why this unit (with everything under it) cannot be deleted; empty when it can."""
    subtree = OrgUnit.objects.filter(unit_subtree(unit))
    reasons = []
    officers = Officer.objects.filter(unit__in=subtree).count()
    if officers:
        reasons.append(
            _("%(count)d officer(s) work in this unit or under it.") % {"count": officers}
        )
    history = (
        OfficerMove.objects.filter(Q(to_unit__in=subtree) | Q(from_unit__in=subtree))
        .values("officer")
        .distinct()
        .count()
    )
    if history and not officers:
        reasons.append(
            _("%(count)d officer(s) worked in this unit or under it before.") % {"count": history}
        )
    scopes = ManagerScope.objects.filter(unit__in=subtree).count()
    if scopes:
        reasons.append(
            _("%(count)d manager scope(s) point to this unit or under it.") % {"count": scopes}
        )
    return reasons


def delete_unit(unit: OrgUnit) -> None:
    """Delete an empty unit and its empty subunits; refused when anyone worked there."""
    from django.db.models import ProtectedError, RestrictedError

    with transaction.atomic():
        unit = OrgUnit.objects.select_for_update().get(pk=unit.pk)
        reasons = unit_delete_blockers(unit)
        if reasons:
            raise UnitInUse(
                " ".join([_("This unit cannot be deleted, only deactivated."), *reasons])
            )
        try:
            with transaction.atomic():
                unit.delete()
        except (ProtectedError, RestrictedError) as exc:
            # Records kept by other parts of the product (assignments, reports) point here.
            raise UnitInUse(
                _(
                    "This unit cannot be deleted, only deactivated: other records refer to it "
                    "(%(count)d)."
                )
                % {"count": len(exc.args[1]) if len(exc.args) > 1 else 1}
            ) from exc
