"""Each person's learner stamp: a version of everything that is theirs on /my/ and in the home
page's welcome panel (enrolments and progress, assignments, quiz attempts and grades,
certificates, feedback, the calendar address).

Every write of such a row replaces the person's stamp (``renew_learners``): the model signals
in ``tracker.learner_receivers`` do it for rows saved or deleted one by one, and each bulk
write (``update``, ``bulk_create``, ``bulk_update``) calls ``renew_learners`` itself with the
people it touched, or ``renew_every_learner`` when it cannot tell who they are. A stamp is
replaced at once and again when the transaction commits, so a page rendered from what was
there before the commit is never kept under the new stamp.

The stamp is read from the shared cache with the families' stamps (one round trip per
request). When the shared cache does not answer there is no stamp (``None``): nothing is kept,
every page is rendered in full.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from django.core.cache import cache
from django.db import transaction
from django.db.backends.base.base import BaseDatabaseWrapper

from people.cache_stamps import CacheStamp, read_stamps, stamps_of_request

# Replaced when a write touches people it cannot name (and the entries' lifetime, see
# home.learner_pages): every learner's entries are retired at once.
LEARNERS = CacheStamp("learners", timeout_seconds=10 * 60)
# A person's stamp is kept this long after its last change; once gone, a new one starts.
STAMP_SECONDS = 7 * 24 * 3600


def stamp_key(user_id: int) -> str:
    return f"learner:{user_id}:stamp"


def learner_stamp(user_id: int) -> str | None:
    """This person's stamp, together with every family's stamp: None when the shared cache
    does not answer."""
    key = stamp_key(user_id)
    known = stamps_of_request()
    if known is not None:
        if key in known:
            return known[key]
        if not known:  # the request's first read: in the same round trip as the families'
            read_stamps(known, key)
            if key in known:
                return known[key]
    stamp = cache.get(key)
    if stamp is None:
        cache.add(key, uuid.uuid4().hex, STAMP_SECONDS)
        stamp = cache.get(key)
    if stamp is None:
        return None
    if known is not None:
        known[key] = str(stamp)
    return str(stamp)


def _replace(user_ids: frozenset[int]) -> None:
    stamps = {stamp_key(user_id): uuid.uuid4().hex for user_id in user_ids}
    cache.set_many(stamps, STAMP_SECONDS)
    known = stamps_of_request()
    if known is not None:
        known.update(stamps)


def _on_commit(action: object, *args: object) -> None:
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        transaction.on_commit(lambda: action(*args))  # type: ignore[operator]


class _Renewals:
    """The people whose stamps a request's transaction has replaced, to replace again at its
    commit."""

    def __init__(self, scope: dict[str, str]) -> None:
        self.scope = scope  # the request's own stamps: another request never shares these
        self.ids: set[int] = set()

    def __call__(self) -> None:
        _replace(frozenset(self.ids))


def _renewals(connection: BaseDatabaseWrapper, scope: dict[str, str]) -> _Renewals:
    """This request's transaction's renewals, registered to run at its commit. One rolled back
    (with its savepoint or transaction) is no longer registered; a new one takes its place."""
    renewals = getattr(connection, "_learner_renewals", None)
    if (
        renewals is None
        or renewals.scope is not scope
        or not any(entry[1] is renewals for entry in connection.run_on_commit)
    ):
        renewals = _Renewals(scope)
        connection._learner_renewals = renewals  # type: ignore[attr-defined]
        transaction.on_commit(renewals)
    return renewals


def renew_learners(user_ids: Iterable[int | None]) -> None:
    """What these people see as learners has changed (or is about to, with the transaction).

    The stamps are replaced at once and again when the transaction commits. Within a request's
    transaction each person's stamp is replaced once at their first change and once at the
    commit, however many of their rows it writes: replacing it in between would change nothing
    a reader could keep."""
    ids = frozenset(user_id for user_id in user_ids if user_id is not None)
    if not ids:
        return
    connection = transaction.get_connection()
    scope = stamps_of_request()
    if not connection.in_atomic_block or scope is None:
        _replace(ids)
        _on_commit(_replace, ids)
        return
    renewals = _renewals(connection, scope)
    new = ids - renewals.ids
    if new:
        _replace(frozenset(new))
        renewals.ids.update(new)


def renew_learner(user_id: int | None) -> None:
    renew_learners([user_id])


def renew_every_learner(**kwargs: object) -> None:
    """A change whose people are not known one by one (connectable to signals as it is)."""
    LEARNERS.renew()
    _on_commit(LEARNERS.renew)
