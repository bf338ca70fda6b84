"""People and organisation: users, the unit tree, officer records, scopes and delegations."""

from people.models.access import AccessReview, ManagerScope, ReadDelegation, TrainerTopic
from people.models.organisation import Officer, OfficerMove, OrgUnit, normalise_code
from people.models.pending import PendingStaffImport
from people.models.user import User, UserManager

__all__ = [
    "AccessReview",
    "ManagerScope",
    "Officer",
    "OfficerMove",
    "OrgUnit",
    "PendingStaffImport",
    "ReadDelegation",
    "TrainerTopic",
    "User",
    "UserManager",
    "normalise_code",
]
