"""The run-time data model: bounds on commits, and what a commit says (pure)."""

from decimal import Decimal

import pytest

from courses.scorm.cmi import (
    InvalidRuntimeData,
    clean_commit,
    duration_seconds,
    outcome,
    resume_values,
)


def test_a_commit_keeps_text_and_numbers():
    assert clean_commit("1.2", {"cmi.core.score.raw": 80, "cmi.suspend_data": None}) == {
        "cmi.core.score.raw": "80",
        "cmi.suspend_data": "",
    }


@pytest.mark.parametrize(
    "values",
    [
        ["cmi.core.lesson_status"],
        {"window.location": "x"},
        {"cmi.core.lesson_status": {"nested": 1}},
        {"cmi.core.lesson_status": True},
        {"cmi.suspend_data": "x" * 4097},
    ],
)
def test_a_commit_that_is_not_run_time_data_is_refused(values):
    with pytest.raises(InvalidRuntimeData):
        clean_commit("1.2", values)


def test_scorm_2004_allows_longer_suspend_data():
    assert clean_commit("2004", {"cmi.suspend_data": "x" * 64_000})


def test_scorm_12_passed_is_completed_and_passed_with_a_scaled_score():
    result = outcome("1.2", {"cmi.core.lesson_status": "passed", "cmi.core.score.raw": "80"})
    assert result.is_completed and result.is_passed
    assert result.score_percent == Decimal("80.00")


def test_scorm_12_failed_is_not_completed():
    result = outcome("1.2", {"cmi.core.lesson_status": "failed"})
    assert not result.is_completed and not result.is_passed


def test_scorm_12_mastery_score_decides_a_completed_package():
    values = {"cmi.core.lesson_status": "completed", "cmi.core.score.raw": "60"}
    assert outcome("1.2", values, mastery_score=Decimal(70)).success == "failed"
    assert outcome("1.2", values, mastery_score=Decimal(50)).success == "passed"


def test_scorm_2004_reads_its_two_statuses():
    result = outcome(
        "2004",
        {
            "cmi.completion_status": "completed",
            "cmi.success_status": "failed",
            "cmi.score.scaled": "0.4",
        },
    )
    assert result.is_completed and not result.is_passed
    assert result.score_percent == Decimal("40.00")


def test_suspend_makes_the_next_session_resume():
    stored = {
        "cmi.exit": "suspend",
        "cmi.location": "7",
        "cmi.suspend_data": "abc",
        "cmi.session_time": "PT5S",
    }
    values = resume_values(
        "2004", stored, learner_id="x1", learner_name="Lan", sco={}, has_session=True
    )
    assert values["cmi.entry"] == "resume"
    assert values["cmi.location"] == "7"
    assert values["cmi.suspend_data"] == "abc"
    assert "cmi.session_time" not in values and "cmi.exit" not in values


def test_a_first_session_starts_ab_initio():
    values = resume_values(
        "1.2",
        {},
        learner_id="x1",
        learner_name="Lan",
        sco={"mastery_score": "80"},
        has_session=False,
    )
    assert values["cmi.core.entry"] == "ab-initio"
    assert values["cmi.core.student_name"] == "Lan"
    assert values["cmi.student_data.mastery_score"] == "80"


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("0000:01:05.50", 65),
        ("12:00:00", 43200),
        ("PT1H2M3.5S", 3723),
        ("P1DT1S", 86401),
        ("PT", 0),
        ("junk", 0),
        ("", 0),
    ],
)
def test_durations_of_both_versions_are_read(value, seconds):
    assert duration_seconds(value) == seconds
