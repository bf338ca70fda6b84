"""The completion rule over a course's items, as pure functions of ids (no database).

A course is complete when every required item is done; progress is the share of required
items done. Optional items never hold a course back.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

# The page sends a heartbeat this often while it is visible and in use.
HEARTBEAT_INTERVAL_SECONDS = 20
# A beat later than this after the previous one means the tab was hidden or idle: no credit.
HEARTBEAT_MAX_GAP_SECONDS = 45
# One beat never credits more than this.
HEARTBEAT_MAX_CREDIT_SECONDS = 30


def progress_percent(required_ids: Collection[int], done_ids: Collection[int]) -> int:
    """Whole percent of required items done, rounded down so 100 means truly all."""
    if not required_ids:
        return 0
    done = len(set(required_ids) & set(done_ids))
    return done * 100 // len(required_ids)


def is_complete(required_ids: Collection[int], done_ids: Collection[int]) -> bool:
    """Every required item is done. A course without required items cannot be completed."""
    return bool(required_ids) and set(required_ids) <= set(done_ids)


def next_item_id(
    ordered_ids: Sequence[int],
    done_ids: Collection[int],
    last_item_id: int | None = None,
    required_ids: Collection[int] | None = None,
) -> int | None:
    """Where the learner should continue.

    The last item they opened if it is not done yet; else the first item after it that is not
    done; else the first not-done item from the start. Required items are preferred when
    searching from the start, so an optional extra never hides a required lesson.
    """
    done = set(done_ids)
    if last_item_id in ordered_ids:
        if last_item_id not in done:
            return last_item_id
        after = ordered_ids[ordered_ids.index(last_item_id) + 1 :]
        for item_id in after:
            if item_id not in done:
                return item_id
    if required_ids is not None:
        for item_id in ordered_ids:
            if item_id in required_ids and item_id not in done:
                return item_id
    for item_id in ordered_ids:
        if item_id not in done:
            return item_id
    return None


def credited_seconds(
    *,
    since_item_beat: float | None,
    since_user_beat: float | None,
    max_gap: float,
    max_credit: float,
) -> int:
    """Seconds to credit for one heartbeat.

    ``since_item_beat`` is the time since the previous beat on this item (None for the first);
    ``since_user_beat`` the time since the learner's previous beat on any item. A first beat, or
    one after a gap longer than ``max_gap`` (the tab was hidden or idle), only starts the clock.
    A beat never credits more than ``max_credit``, nor more than has passed since the learner's
    last beat anywhere, so two open tabs never count the same minute twice.
    """
    if since_item_beat is None or since_item_beat < 0 or since_item_beat > max_gap:
        return 0
    credit = min(since_item_beat, max_credit)
    if since_user_beat is not None:
        credit = min(credit, max(since_user_beat, 0))
    return int(credit)
