"""Operations on people and the organisation. Views, admin hooks, commands and tests call these.

Each runs in one transaction and raises a PeopleError subclass (``refusals``) with a message for
the person when it refuses. Emails go out through background tasks queued once the transaction
commits. One module per concern:

- ``units``: the unit tree;
- ``officers``: officer records, their accounts and invitations;
- ``scopes``: managers' scopes and the read access they delegate;
- ``staff_import``: importing a staff list;
- ``refusals``: the named refusals.

Callers inside people import from the concern's module; other apps may use the names below.
"""

from people.services.officers import create_officer, set_officer_active, update_officer
from people.services.refusals import PeopleError, StaffImportError
from people.services.staff_import import import_staff
from people.services.units import create_unit

__all__ = [
    "PeopleError",
    "StaffImportError",
    "create_officer",
    "create_unit",
    "import_staff",
    "set_officer_active",
    "update_officer",
]
