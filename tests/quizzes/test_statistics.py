"""Item statistics: facility, discrimination, averages and answer counts from plain numbers."""

import pytest

from quizzes.statistics import AttemptMarks, ItemMark, correlation, median, quiz_statistics


def attempt(*items):
    total = sum(m for _k, m, _mx, _c in items)
    max_total = sum(mx for _k, _m, mx, _c in items)
    return AttemptMarks(total, max_total, tuple(ItemMark(k, m, mx, c) for k, m, mx, c in items))


def test_median_of_odd_and_even_counts():
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 3, 2]) == 2.5
    assert median([]) is None


def test_correlation_is_none_without_spread_or_pairs():
    assert correlation([1, 1, 1], [1, 2, 3]) is None
    assert correlation([1], [1]) is None
    assert correlation([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert correlation([1, 2, 3], [6, 4, 2]) == pytest.approx(-1.0)


def test_quiz_statistics_facility_discrimination_and_answer_counts():
    attempts = [
        # Strong learners get q1 right, weak learners get it wrong: q1 discriminates.
        attempt(("q1", 1, 1, ("a",)), ("q2", 1, 1, ()), ("q3", 2, 2, ())),
        attempt(("q1", 1, 1, ("a",)), ("q2", 1, 1, ()), ("q3", 1, 2, ())),
        attempt(("q1", 0, 1, ("b",)), ("q2", 1, 1, ()), ("q3", 0, 2, ())),
        attempt(("q1", 0, 1, ("c",)), ("q2", 1, 1, ()), ("q3", 0, 2, ())),
    ]
    stats = quiz_statistics(attempts)
    assert stats.attempts == 4
    assert stats.average_percent == pytest.approx((100 + 75 + 25 + 25) / 4)
    assert stats.median_percent == pytest.approx(50)
    by_key = {item.question_key: item for item in stats.items}
    assert [item.question_key for item in stats.items] == ["q1", "q2", "q3"]
    q1 = by_key["q1"]
    assert q1.facility == pytest.approx(50)
    assert q1.discrimination == pytest.approx(100 * correlation([1, 1, 0, 0], [3, 2, 1, 1]))
    assert q1.discrimination > 80
    assert q1.answer_counts == {"a": 2, "b": 1, "c": 1}
    # Everyone got q2 right: facility 100, discrimination undefined.
    assert by_key["q2"].facility == pytest.approx(100)
    assert by_key["q2"].discrimination is None
    assert by_key["q3"].average_mark == pytest.approx(0.75)
    assert by_key["q3"].facility == pytest.approx(37.5)


def test_quiz_statistics_without_attempts():
    stats = quiz_statistics([])
    assert (stats.attempts, stats.average_percent, stats.median_percent, stats.items) == (
        0,
        None,
        None,
        [],
    )
