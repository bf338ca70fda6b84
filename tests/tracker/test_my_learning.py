"""/my/: assigned work (overdue first), courses in progress, completed courses with marks and
certificates, quiz attempts, a month of due dates and the satisfaction prompt."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services as course_services
from people.models import Officer
from tests.factories.certificates import CertificateFactory
from tests.factories.courses import CoursePageFactory, LessonPageFactory
from tests.learning import complete, pass_quiz, quiz_of, start
from tracker import services
from tracker.models import Assignment

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime.datetime(2026, 12, 10, 9, 0, tzinfo=HCM)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def assign(manager, officer, course, due_on, **extra):
    with time_machine.travel(NOW - datetime.timedelta(days=30), tick=False):
        return services.create_assignment(
            manager,
            course=course,
            scope=Assignment.Scope.OFFICERS,
            officers=[Officer.objects.get(user=officer)],
            due_on=due_on,
            **extra,
        )


def my_page(client, user, **params):
    client.force_login(user)
    response = client.get(reverse("tracker:my"), params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(reverse("tracker:my"))
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_assigned_work_is_listed_overdue_first_then_by_due_date(
    client, manager, officer, course, other_course, quiz_course
):
    assign(manager, officer, other_course, datetime.date(2026, 12, 20))
    assign(manager, officer, quiz_course, datetime.date(2026, 12, 12), note="Làm sớm nhé.")
    assign(manager, officer, course, datetime.date(2026, 12, 5))  # overdue since the 6th
    page = my_page(client, officer)
    items = page.select("[data-assigned]")
    assert [i["data-assigned"] for i in items] == [
        course.slug,
        quiz_course.slug,
        other_course.slug,
    ]
    assert "tracker-item-overdue" in items[0]["class"]
    assert "Quá hạn" in items[0].get_text()
    assert "5 ngày" in items[0].get_text()
    assert "Làm sớm nhé." in items[1].get_text()
    assert "còn 2 ngày" in items[1].get_text()


def test_courses_in_progress_show_their_progress(client, officer, course):
    course_services.enrol(officer, course)
    start(officer, course)
    course_services.mark_item_done(officer, course.get_children().first().specific)
    page = my_page(client, officer)
    bar = page.select_one("progress")
    assert bar["value"] == "50"
    assert course.title in page.get_text()


def test_completed_courses_show_the_date_mark_and_certificate(
    client, officer, quiz_course, signing_settings, django_capture_on_commit_callbacks
):
    course_services.enrol(officer, quiz_course)
    with django_capture_on_commit_callbacks(execute=True):
        complete(officer, quiz_course)
        pass_quiz(officer, quiz_of(quiz_course))
    page = my_page(client, officer)
    section = page.select_one("[data-section=completed]")
    text = " ".join(section.get_text().split())
    assert "10/12/2026" in text
    assert "10" in text
    link = section.select_one("[data-certificate]")
    assert link["href"] == reverse("certificates:certificate", args=[link["data-certificate"]])
    assert client.get(link["href"]).status_code == 200


def test_my_quiz_attempts_and_results(client, officer, quiz_course):
    course_services.enrol(officer, quiz_course)
    pass_quiz(officer, quiz_of(quiz_course), right=False)
    pass_quiz(officer, quiz_of(quiz_course))
    page = my_page(client, officer)
    rows = page.find("h2", id="attempts-heading").find_next("table").select("tbody tr")
    assert len(rows) == 2
    results = [" ".join(r.get_text().split()) for r in rows]
    assert "100%" in results[0] and "Đạt" in results[0]
    assert "0%" in results[1] and "Chưa đạt" in results[1]


def test_the_month_view_is_a_table_of_due_dates_and_quiz_closings(
    client, manager, officer, course, quiz_course
):
    assign(manager, officer, course, datetime.date(2026, 12, 24))
    quiz = quiz_of(quiz_course)
    quiz.close_at = datetime.datetime(2026, 12, 18, 16, 0, tzinfo=HCM)
    quiz.save_revision().publish()
    course_services.enrol(officer, quiz_course)
    page = my_page(client, officer)
    table = page.select_one("table.month")
    assert table.caption.get_text(strip=True) == "Tháng 12/2026"
    assert len(table.select("thead th[scope=col]")) == 7
    today = table.select_one("td[aria-current=date]")
    assert today.select_one(".month-day").get_text() == "10"
    cells = {
        c.select_one(".month-day").get_text(): c
        for c in table.select("td")
        if c.select_one(".month-day")
    }
    assert course.title in cells["24"].get_text()
    assert "16:00" in cells["18"].get_text()
    january = my_page(client, officer, month="2027-01")
    assert "2027" in january.select_one("table.month caption").get_text()
    assert my_page(client, officer, month="garbage").select_one("table.month caption")


def test_a_feedback_prompt_appears_once_a_course_is_completed(
    client, officer, course, django_capture_on_commit_callbacks
):
    course_services.enrol(officer, course)
    assert my_page(client, officer).select_one(".tracker-prompt") is None
    with django_capture_on_commit_callbacks(execute=True):
        complete(officer, course)
    prompt = my_page(client, officer).select_one(".tracker-prompt")
    assert course.title in prompt.get_text()
    assert prompt.select_one("a")["href"] == reverse("tracker:feedback", args=[course.pk])


# One more than before: which completed courses have a quiz that hides its marks.
MY_LEARNING_MAX = 12


def test_query_count_does_not_grow_with_rows(client, manager, officer, quiz_course):
    def count():
        client.force_login(officer)
        client.get(reverse("tracker:my"))  # warm what is kept between requests
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("tracker:my")).status_code == 200
        return len(queries)

    def add_course(n):
        course = CoursePageFactory(
            title=f"Khóa số {n}", slug=f"khoa-so-{n}", issues_certificate=True
        )
        LessonPageFactory(parent=course, slug=f"bai-{n}")
        assign(manager, officer, course, datetime.date(2026, 12, 5 + n))
        return course

    add_course(1)
    done = add_course(2)
    complete(officer, done)
    CertificateFactory(user=officer, enrolment=officer.enrolments.get(course=done))
    # A course with a quiz taken twice: finished attempts, marks and the month's closing quiz.
    assign(manager, officer, quiz_course, datetime.date(2026, 12, 20))
    pass_quiz(officer, quiz_of(quiz_course), right=False)
    pass_quiz(officer, quiz_of(quiz_course))
    complete(officer, quiz_course)
    small = count()
    for n in range(3, 9):
        course = add_course(n)
        if n % 2:
            complete(officer, course)
    assert count() <= small <= MY_LEARNING_MAX


def test_people_without_an_officer_record_still_have_a_page(client, trainer):
    assert my_page(client, trainer).select_one("h1").get_text() == "Học tập của tôi"


def test_one_h1_and_labelled_controls(client, officer):
    page = my_page(client, officer)
    assert len(page.select("h1")) == 1
    for control in page.select("input:not([type=hidden]), select, textarea"):
        assert page.select_one(f"label[for={control['id']}]"), control


def test_the_page_is_never_cached(client, officer):
    client.force_login(officer)
    response = client.get(reverse("tracker:my"))
    assert re.search(r"no-cache|no-store|max-age=0", response["Cache-Control"])


# The home page and /my/ agree on what is in progress ---------------------------------------


def in_progress_on_both(client, officer):
    client.force_login(officer)
    home = client.get("/")
    resume = BeautifulSoup(home.content, "html.parser").select_one(".continue-learning")
    page = client.get(reverse("tracker:my")).context["page"]
    return (
        " ".join(resume.get_text().split()) if resume else "",
        [e.course.title for e in page.in_progress],
    )


def test_an_assigned_course_not_started_is_in_progress_on_neither_page(
    client, manager, officer, course
):
    assign(manager, officer, course, datetime.date(2026, 12, 31))
    course_services.enrol(officer, course)
    home, mine = in_progress_on_both(client, officer)
    assert course.title not in home
    assert mine == []


def test_a_started_course_is_in_progress_on_both_pages(client, manager, officer, course):
    assign(manager, officer, course, datetime.date(2026, 12, 31))
    course_services.enrol(officer, course)
    start(officer, course)
    home, mine = in_progress_on_both(client, officer)
    assert course.title in home
    assert mine == [course.title]


def test_a_course_taken_off_the_site_is_in_progress_on_neither(client, officer, course):
    course_services.enrol(officer, course)
    start(officer, course)
    course.unpublish()
    home, mine = in_progress_on_both(client, officer)
    assert course.title not in home
    assert mine == []


@pytest.mark.parametrize(
    ("language", "heading"), [("vi", "Tháng 12/2026"), ("en", "December 2026")]
)
def test_the_month_heading_is_written_as_the_reader_writes_it(client, officer, language, heading):
    from django.conf import settings

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    page = my_page(client, officer)
    assert page.select_one("[data-month]").get_text().strip() == heading
