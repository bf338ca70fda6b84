"""The named refusals of the people services; str(error) is a message for the person who asked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from people.services.staff_import import ImportPlan


class PeopleError(Exception):
    """A refused operation; str(error) is a message for the person who asked."""


class UnitInUse(PeopleError):
    pass


class InvalidUnitMove(PeopleError):
    pass


class OfficerRefused(PeopleError):
    pass


class DelegationRefused(PeopleError):
    pass


class StaffImportError(PeopleError):
    """The file has errors: nothing was saved. The plan lists every error with its row."""

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(
            _("The file has %(count)d error(s); nothing was saved.") % {"count": len(plan.errors)}
        )
        self.plan = plan


class StaffImportFailed(PeopleError):
    """The database refused a change half-way: everything was rolled back."""
