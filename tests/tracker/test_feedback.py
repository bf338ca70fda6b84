"""Satisfaction: asked once after completion, can be skipped; trainers and managers read the
averages and comments, managers without names and only for their units."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from courses import services as course_services
from tests.factories.people import OfficerFactory
from tests.factories.tracker import CourseFeedbackFactory
from tests.learning import complete
from tracker import services
from tracker.models import CourseFeedback

pytestmark = pytest.mark.django_db


@pytest.fixture
def completed(officer, course):
    course_services.enrol(officer, course)
    complete(officer, course)
    return course


def test_an_officer_rates_a_completed_course_once(client, officer, completed):
    client.force_login(officer)
    url = reverse("tracker:feedback", args=[completed.pk])
    page = BeautifulSoup(client.get(url).content, "html.parser")
    assert len(page.select("fieldset.rating")) == 3
    response = client.post(
        url,
        {"usefulness": "5", "clarity": "4", "time_well_spent": "3", "comment": "Rất thiết thực."},
    )
    assert response.status_code == 302
    feedback = CourseFeedback.objects.get(user=officer, course=completed)
    assert (feedback.usefulness, feedback.clarity, feedback.time_well_spent, feedback.skipped) == (
        5,
        4,
        3,
        False,
    )
    assert feedback.comment == "Rất thiết thực."
    # Not asked again: the prompt is gone and a second answer is not taken.
    assert services.courses_awaiting_feedback(officer) == []
    again = client.post(url, {"usefulness": "1", "clarity": "1", "time_well_spent": "1"})
    assert again.status_code == 302
    assert CourseFeedback.objects.filter(user=officer).count() == 1


def test_skipping_is_recorded_and_not_asked_again(client, officer, completed):
    client.force_login(officer)
    client.post(reverse("tracker:feedback", args=[completed.pk]), {"skip": "1"})
    assert CourseFeedback.objects.get(user=officer).skipped
    page = BeautifulSoup(client.get(reverse("tracker:my")).content, "html.parser")
    assert page.select_one(".tracker-prompt") is None


def test_ratings_must_be_one_to_five(client, officer, completed):
    client.force_login(officer)
    response = client.post(
        reverse("tracker:feedback", args=[completed.pk]),
        {"usefulness": "6", "clarity": "0", "time_well_spent": ""},
    )
    assert response.status_code == 200
    assert not CourseFeedback.objects.exists()
    with pytest.raises(services.FeedbackRefused):
        services.submit_feedback(officer, completed, usefulness=9, clarity=1, time_well_spent=1)


def test_nobody_rates_a_course_they_have_not_completed(client, officer, other_officer, course):
    course_services.enrol(officer, course)
    with pytest.raises(services.FeedbackRefused):
        services.skip_feedback(officer, course)
    client.force_login(other_officer)
    assert client.get(reverse("tracker:feedback", args=[course.pk])).status_code == 404


@pytest.fixture
def answers(org, course, officer, other_officer):
    CourseFeedbackFactory(user=officer, course=course, usefulness=5, clarity=4, time_well_spent=3,
                          comment="Ví dụ rất gần công việc.")  # fmt: skip
    CourseFeedbackFactory(user=other_officer, course=course, usefulness=3, clarity=2,
                          time_well_spent=1, comment="Quá dài so với nội dung.")  # fmt: skip
    CourseFeedbackFactory(user=OfficerFactory(unit=org.district_a2).user, course=course,
                          skipped=True, usefulness=None, clarity=None, time_well_spent=None,
                          comment="")  # fmt: skip
    return course


def overview(client, user):
    client.force_login(user)
    return client.get(reverse("reports:feedback_overview"))


def detail(client, user, course):
    client.force_login(user)
    return client.get(reverse("reports:feedback_course", args=[course.pk]))


def test_trainers_see_every_answer_with_names(client, trainer, answers):
    text = " ".join(
        BeautifulSoup(overview(client, trainer).content, "html.parser").get_text().split()
    )
    assert "4,0" in text or "4.0" in text  # usefulness (5 + 3) / 2
    page = detail(client, trainer, answers).content.decode()
    assert "Ví dụ rất gần công việc." in page and "Quá dài so với nội dung." in page
    assert "Nguyễn Thị Lan" in page and "Trần Văn Hùng" in page


def test_managers_see_their_units_comments_without_names(client, manager, answers):
    page = detail(client, manager, answers).content.decode()
    assert "Ví dụ rất gần công việc." in page
    assert "Quá dài so với nội dung." not in page  # province B is not theirs
    assert "Nguyễn Thị Lan" not in page
    soup = BeautifulSoup(page, "html.parser")
    values = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True)
        for dt in soup.select("dl dt")
    }
    assert (values["Số người trả lời"], values["Bỏ qua"], values["Hữu ích"]) == ("1", "1", "5,0")


@pytest.mark.parametrize("who", ["officer", "outsider"])
def test_officers_and_outsiders_do_not_see_feedback(client, request, who, answers):
    assert overview(client, request.getfixturevalue(who)).status_code == 403
    assert detail(client, request.getfixturevalue(who), answers).status_code == 403


def test_the_database_refuses_ratings_out_of_range(officer, course):
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        CourseFeedback.objects.create(
            user=officer, course=course, usefulness=7, clarity=3, time_well_spent=3
        )
