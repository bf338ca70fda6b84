"""Course reports: the same figures per unit for one course, and quiz item statistics computed
in the database that agree with quizzes.statistics and show which unit finds which question
hard."""

from __future__ import annotations

import pytest
from django.urls import reverse

from reports.course_report import build_course_report
from reports.filters import ReportFilters
from tests.learning import pass_quiz, quiz_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def attempts(quiz_course, officer, other_officer, manager, other_manager):
    """Province A answers everything right, province B everything wrong."""
    quiz = quiz_of(quiz_course)
    for user in (officer, manager):
        pass_quiz(user, quiz, right=True)
    for user in (other_officer, other_manager):
        pass_quiz(user, quiz, right=False)
    return quiz


def test_item_statistics_per_province(attempts, quiz_course, administrator):
    report = build_course_report(administrator, quiz_course, None, ReportFilters())
    assert report.dashboard.unit.code == "TW"
    [quiz] = report.quizzes
    assert quiz.quiz == attempts
    assert quiz.attempts == 4
    assert len(quiz.questions) == 2
    labels = report.group_labels
    for question in quiz.questions:
        assert question.overall.count == 4
        assert question.facility == 50.0
        assert question.discrimination == pytest.approx(100.0)
        by_unit = {labels[key]: question.group_facility(key) for key in question.by_group}
        assert by_unit == {"Văn phòng Tỉnh ủy A": 100.0, "Văn phòng Tỉnh ủy B": 0.0}
        assert question.hardest_units == [("Văn phòng Tỉnh ủy B", 0.0)]


def test_item_statistics_agree_with_the_quiz_statistics(attempts, quiz_course, administrator):
    from quizzes.admin_views import statistics_for

    expected = {item["name"]: item for item in statistics_for(attempts)["items"]}
    report = build_course_report(administrator, quiz_course, None, ReportFilters())
    for question in report.quizzes[0].questions:
        item = expected[question.name]
        assert round(question.facility, 2) == item["facility"]
        assert round(question.discrimination, 2) == item["discrimination"]
        assert question.overall.count == item["attempts"]


def test_a_manager_compares_only_the_units_in_scope(attempts, quiz_course, manager):
    report = build_course_report(manager, quiz_course, None, ReportFilters())
    assert report.dashboard.unit.code == "TA"
    question = report.quizzes[0].questions[0]
    assert question.overall.count == 2
    assert question.facility == 100.0
    labels = report.group_labels
    assert {labels[k] for k in question.by_group} == {
        "Văn phòng Tỉnh ủy A (cán bộ tại đơn vị)",
        "Văn phòng Huyện ủy A1",
    }


def test_the_course_report_page_and_its_exports(client, attempts, quiz_course, trainer, org):
    client.force_login(trainer)
    client.cookies["kns_language"] = "en"
    url = reverse("reports:manage_course", args=[quiz_course.pk])
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "fac-hard" in html and "fac-easy" in html
    assert "Văn phòng Tỉnh ủy B (0%)" in html.replace("0.0%", "0%")
    assert "Nguyễn Thị Lan" not in html  # trainers read units, not names
    response = client.get(url, {"export": "csv", "table": "question_units"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "Văn phòng Tỉnh ủy B" in text
    drill = client.get(url, {"unit": org.province_b.pk})
    assert drill.status_code == 200
    assert drill.context["dashboard"].unit == org.province_b
