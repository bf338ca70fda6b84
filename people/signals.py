"""Signals other apps listen to (people never imports them).

``officers_placed`` is sent with ``officer_ids`` after the transaction commits, for officers
written in bulk without post_save (a staff import, a reactivation): those created, moved to
another unit, or made active again. The tracker gives them their units' open assignments.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.dispatch import Signal

officers_placed = Signal()


def announce_officers_placed(officer_ids: Iterable[int]) -> None:
    """Send ``officers_placed`` once the surrounding transaction has committed."""
    ids = sorted(set(officer_ids))
    if ids:
        transaction.on_commit(lambda: officers_placed.send(sender=None, officer_ids=ids))
