"""The completion rule and the heartbeat credit, as pure functions."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from courses.completion import credited_seconds, is_complete, next_item_id, progress_percent

ids = st.lists(st.integers(min_value=1, max_value=50), unique=True, max_size=12)


def test_progress_is_the_share_of_required_items_done_rounded_down():
    assert progress_percent([1, 2, 3], [1]) == 33
    assert progress_percent([1, 2, 3], [1, 2]) == 66
    assert progress_percent([1, 2, 3], [1, 2, 3]) == 100
    assert progress_percent([1, 2], [3, 4]) == 0  # optional items do not count


def test_a_course_without_required_items_is_never_complete():
    assert progress_percent([], [1]) == 0
    assert not is_complete([], [1])


def test_complete_when_every_required_item_is_done_whatever_else():
    assert is_complete([1, 2], [2, 1, 9])
    assert not is_complete([1, 2], [1])


@given(ids, ids)
def test_percent_is_100_exactly_when_complete(required, done):
    percent = progress_percent(required, done)
    assert 0 <= percent <= 100
    assert (percent == 100) == is_complete(required, done)


def test_next_item_is_the_last_opened_when_not_done():
    assert next_item_id([1, 2, 3, 4], {1}, last_item_id=3) == 3


def test_next_item_follows_the_last_opened_when_it_is_done():
    assert next_item_id([1, 2, 3, 4], {1, 2}, last_item_id=2) == 3
    assert next_item_id([1, 2, 3, 4], {1, 3}, last_item_id=3) == 4


def test_next_item_wraps_to_the_first_not_done_and_prefers_required_items():
    assert next_item_id([1, 2, 3], {2, 3}, last_item_id=3) == 1
    assert next_item_id([1, 2, 3], set(), required_ids={2, 3}) == 2
    assert next_item_id([1, 2, 3], {2, 3}, required_ids={2, 3}) == 1  # then optional ones


def test_nothing_next_when_everything_is_done():
    assert next_item_id([1, 2], {1, 2}, last_item_id=2) is None
    assert next_item_id([], set()) is None


@pytest.mark.parametrize(
    ("since_item", "since_user", "credit"),
    [
        (None, None, 0),  # first beat: starts the clock
        (20, 20, 20),  # a regular beat
        (40, 40, 30),  # capped per beat
        (46, 46, 0),  # after a gap: the tab was hidden or idle
        (20, 5, 5),  # another tab beat 5 s ago: no minute counted twice
        (-3, -3, 0),  # clock skew never credits
    ],
)
def test_credited_seconds(since_item, since_user, credit):
    assert (
        credited_seconds(
            since_item_beat=since_item, since_user_beat=since_user, max_gap=45, max_credit=30
        )
        == credit
    )


@given(
    st.one_of(st.none(), st.floats(min_value=-100, max_value=10_000)),
    st.one_of(st.none(), st.floats(min_value=-100, max_value=10_000)),
)
def test_credit_never_exceeds_the_cap_or_the_time_since_any_beat(since_item, since_user):
    credit = credited_seconds(
        since_item_beat=since_item, since_user_beat=since_user, max_gap=45, max_credit=30
    )
    assert 0 <= credit <= 30
    if since_user is not None:
        assert credit <= max(since_user, 0)
