"""/my/ and the home page's welcome panel are kept for each person between requests: every
kind of write of what they show (progress, quiz attempts, certificates, assignments given,
changed or taken away, enrolments removed, staff imports, a course unpublished) shows on the
very next request."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse

from courses import services as course_services
from courses.models import Enrolment
from people import services as people_services
from people.models import Officer
from tests.factories.certificates import CertificateFactory
from tests.learning import complete, lessons_of, pass_quiz, quiz_of, start
from tests.people.helpers import csv_bytes
from tracker import services
from tracker.models import Assignment, AssignmentTarget

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime.datetime(2026, 12, 10, 9, 0, tzinfo=HCM)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def signed_in(client, user):
    client.force_login(user)
    return client


def my(client):
    response = client.get(reverse("tracker:my"))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def home(client):
    response = client.get("/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def without_tokens(page):
    for field in page.select("[name=csrfmiddlewaretoken]"):
        field["value"] = ""
    return str(page)


def kept(client):
    """Both pages, twice: the second time from what was kept (form tokens aside, masked
    afresh for every request)."""
    first = (without_tokens(my(client)), without_tokens(home(client)))
    assert (without_tokens(my(client)), without_tokens(home(client))) == first
    return first


def assigned_slugs(page):
    return [item["data-assigned"] for item in page.select("[data-assigned]")]


def continue_text(page):
    found = page.select_one(".continue-learning")
    return " ".join(found.get_text().split()) if found else ""


def assign(manager, officer, course, due_on):
    return services.create_assignment(
        manager,
        course=course,
        scope=Assignment.Scope.OFFICERS,
        officers=[Officer.objects.get(user=officer)],
        due_on=due_on,
    )


def in_progress(page):
    section = page.select_one("[aria-labelledby=progress-heading]")
    return [" ".join(item.get_text().split()) for item in section.select(".tracker-item")]


def percent_at_home(page):
    found = page.select_one("[data-course-percent]")
    return found.get_text() if found else None


def test_opening_and_finishing_a_lesson_shows_at_once(client, officer, course):
    course_services.enrol(officer, course)
    signed_in(client, officer)
    kept(client)
    assert "Mật khẩu mạnh" in continue_text(home(client))
    assert percent_at_home(home(client)) == "0%"

    start(officer, course)
    assert "0%" in in_progress(my(client))[0]

    course_services.mark_item_done(officer, lessons_of(course)[0])
    assert percent_at_home(home(client)) == "50%"
    assert "Thư lừa đảo" in continue_text(home(client))
    assert "50%" in in_progress(my(client))[0]

    complete(officer, course)
    assert [row["data-completed"] for row in my(client).select("[data-completed]")] == [course.slug]
    assert continue_text(home(client)) == ""


def test_a_quiz_attempt_shows_once_submitted(client, officer, quiz_course):
    course_services.enrol(officer, quiz_course)
    signed_in(client, officer)
    kept(client)
    quiz = quiz_of(quiz_course)
    pass_quiz(officer, quiz)
    attempts = my(client).select_one("[aria-labelledby=attempts-heading] tbody")
    assert attempts is not None and quiz.title in attempts.get_text()


def test_a_certificate_shows_once_issued(client, officer, course):
    course_services.enrol(officer, course)
    complete(officer, course)
    signed_in(client, officer)
    kept(client)
    assert my(client).select("[data-certificate]") == []
    certificate = CertificateFactory(user=officer, enrolment=officer.enrolments.get(course=course))
    assert [a["data-certificate"] for a in my(client).select("[data-certificate]")] == [
        certificate.code
    ]


def test_a_course_assigned_to_the_person_or_their_units_shows_at_once(
    client, org, manager, officer, course, other_course
):
    signed_in(client, officer)
    kept(client)
    assign(manager, officer, course, datetime.date(2026, 12, 20))
    assert assigned_slugs(my(client)) == [course.slug]

    services.create_assignment(
        manager,
        course=other_course,
        scope=Assignment.Scope.SUBTREE,
        unit=org.province_a,
        due_on=datetime.date(2026, 12, 15),
    )
    assert assigned_slugs(my(client)) == [other_course.slug, course.slug]


def test_a_new_due_date_and_a_withdrawn_assignment_show_at_once(client, manager, officer, course):
    assignment = assign(manager, officer, course, datetime.date(2026, 12, 20))
    signed_in(client, officer)
    kept(client)
    assert "20/12/2026" in my(client).select_one("[data-assigned]").get_text()

    services.edit_assignment(manager, assignment, due_on=datetime.date(2026, 12, 28), note="")
    assert "28/12/2026" in my(client).select_one("[data-assigned]").get_text()

    services.withdraw_assignment(manager, assignment)
    assert assigned_slugs(my(client)) == []


def test_an_enrolment_removed_shows_at_once(client, officer, course):
    course_services.enrol(officer, course)
    start(officer, course)
    signed_in(client, officer)
    kept(client)
    assert course.title in continue_text(home(client))
    Enrolment.objects.filter(user=officer, course=course).delete()
    assert course.title not in str(my(client).select_one("[aria-labelledby=progress-heading]"))
    assert continue_text(home(client)) == ""


def test_an_unpublished_course_leaves_at_once(client, officer, course):
    course_services.enrol(officer, course)
    start(officer, course)
    signed_in(client, officer)
    kept(client)
    course.unpublish()
    assert course.title not in continue_text(home(client))


def test_an_officer_moved_by_a_staff_import_gets_the_units_assignments_at_once(
    client, org, manager, other_officer, course, django_capture_on_commit_callbacks
):
    services.create_assignment(
        manager,
        course=course,
        scope=Assignment.Scope.SUBTREE,
        unit=org.province_a,
        due_on=datetime.date(2026, 12, 31),
    )
    signed_in(client, other_officer)
    kept(client)
    assert assigned_slugs(my(client)) == []
    with django_capture_on_commit_callbacks(execute=True):
        people_services.import_staff(
            csv_bytes(
                [["CB-B1-001", "Trần Văn Hùng", other_officer.email, "TA-H2", "Chuyên viên", ""]]
            ),
            "staff.csv",
            invite=False,
        )
    assert AssignmentTarget.objects.filter(user=other_officer).exists()
    assert assigned_slugs(my(client)) == [course.slug]


def test_progress_recounted_for_a_whole_course_shows_at_once(client, officer, course):
    """A required item added to a course recounts every enrolment in bulk."""
    from tests.factories.courses import LessonPageFactory

    course_services.enrol(officer, course)
    course_services.mark_item_done(officer, lessons_of(course)[0])
    signed_in(client, officer)
    kept(client)
    assert "50%" in in_progress(my(client))[0]
    LessonPageFactory(parent=course, title="Bài mới", slug="bai-moi")
    course_services.recompute_course(course)
    assert "33%" in in_progress(my(client))[0]


def test_the_calendar_address_shows_at_once(client, officer):
    signed_in(client, officer)
    kept(client)
    assert my(client).select("[data-feed-url]") == []
    services.create_feed_token(officer)
    assert my(client).select("[data-feed-url]")
    services.revoke_feed_token(officer)
    assert my(client).select("[data-feed-url]") == []
