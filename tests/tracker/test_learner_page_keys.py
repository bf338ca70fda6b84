"""What /my/ and the home page's welcome panel are kept under: each person, language, month
and day has its own copy; a quiz that shows its marks once it closes shows them at once; form
tokens and messages stay each request's own; with Redis unreachable every page is still right;
a kept page costs a few queries."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services as course_services
from people.models import Officer
from quizzes.models import ReviewWhen
from tests.learning import pass_quiz, quiz_of, start
from tracker import services
from tracker.models import Assignment

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime.datetime(2026, 12, 10, 9, 0, tzinfo=HCM)
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
MY_LEARNING_MAX = 12
HOME_MAX = 8
KEPT_MAX = 3


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def signed_in(user, **kwargs):
    client = Client(**kwargs)
    client.force_login(user)
    return client


def text_of(client, path="/my/", **params):
    response = client.get(path, params)
    assert response.status_code == 200
    return response.content.decode()


def assign(manager, officer, course, due_on):
    return services.create_assignment(
        manager,
        course=course,
        scope=Assignment.Scope.OFFICERS,
        officers=[Officer.objects.get(user=officer)],
        due_on=due_on,
    )


@pytest.fixture
def both(officer, other_officer, course, other_course):
    for user, own in ((officer, course), (other_officer, other_course)):
        course_services.enrol(user, own)
        start(user, own)
    return officer, other_officer


def own_part(client, path):
    """/my/'s content, or the home page's welcome panel."""
    page = BeautifulSoup(text_of(client, path), "html.parser")
    return str(page.select_one("main" if path == "/my/" else "[aria-labelledby=welcome-heading]"))


def test_two_officers_never_see_each_others_pages(both, course, other_course):
    officer, other = both
    mine, theirs = signed_in(officer), signed_in(other)
    for _ in range(2):
        for path in ("/my/", "/"):
            own, others = own_part(mine, path), own_part(theirs, path)
            assert course.title in own and other_course.title not in own
            assert other_course.title in others and course.title not in others
        assert officer.get_full_name() in text_of(mine, "/")
        assert officer.get_full_name() not in text_of(theirs, "/")


def test_a_visitor_is_still_refused_and_sees_nobodys_panel(client, both, course):
    officer, _other = both
    text_of(signed_in(officer))
    text_of(signed_in(officer), "/")
    response = client.get(reverse("tracker:my"))
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
    page = text_of(client, "/")
    assert officer.get_full_name() not in page
    assert course.title not in page


def test_each_language_has_its_own_copy(both):
    officer, _other = both
    client = signed_in(officer)
    assert "Học tập của tôi" in text_of(client)
    officer.language = "en"
    officer.save(update_fields=["language"])
    english = text_of(client)
    assert "Assigned to me" in english and "Giao cho tôi" not in english
    officer.language = "vi"
    officer.save(update_fields=["language"])
    assert "Assigned to me" not in text_of(client)


def test_each_month_has_its_own_copy(both):
    officer, _other = both
    client = signed_in(officer)

    def caption(**params):
        page = BeautifulSoup(text_of(client, **params), "html.parser")
        return page.select_one("caption[data-month]").get_text()

    december = caption()
    january = caption(month="2027-01")
    assert december != january
    assert caption() == december
    assert caption(month="2027-01") == january


def test_a_new_day_turns_a_due_date_overdue(frozen, manager, officer, course):
    assign(manager, officer, course, datetime.date(2026, 12, 11))
    client = signed_in(officer)
    text_of(client)
    item = BeautifulSoup(text_of(client), "html.parser").select_one("[data-assigned]")
    assert "tracker-item-overdue" not in item["class"]
    frozen.shift(datetime.timedelta(days=2))
    client.force_login(officer)  # the session has ended meanwhile
    item = BeautifulSoup(text_of(client), "html.parser").select_one("[data-assigned]")
    assert "tracker-item-overdue" in item["class"]


def test_a_quiz_shows_its_marks_as_soon_as_it_closes(frozen, officer, quiz_course):
    quiz = quiz_of(quiz_course)
    quiz.review_mark = ReviewWhen.AFTER_CLOSE
    quiz.close_at = NOW + datetime.timedelta(minutes=5)
    quiz.save_revision().publish()
    course_services.enrol(officer, quiz_course)
    pass_quiz(officer, quiz)
    client = signed_in(officer)
    text_of(client)
    assert "data-mark-hidden" in text_of(client)
    frozen.shift(datetime.timedelta(minutes=6))
    assert "data-mark-hidden" not in text_of(client)


def test_form_tokens_and_messages_are_each_requests_own(officer):
    client = signed_in(officer, enforce_csrf_checks=True)
    text_of(client)
    page = text_of(client)  # kept
    token = TOKEN.search(page).group(1)
    response = client.post(
        reverse("tracker:calendar_token", args=["new"]), {"csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    shown = text_of(client)
    assert "data-feed-url" in shown
    assert 'class="messages"' in shown  # once, then gone
    again = text_of(client)
    assert "data-feed-url" in again and 'class="messages"' not in again
    other = signed_in(officer, enforce_csrf_checks=True)
    assert TOKEN.search(text_of(other)).group(1) != TOKEN.search(again).group(1)


def test_pages_stay_right_with_redis_unreachable(both, course, other_course, settings):
    from django.core.cache import caches

    from tests.home.test_healthz import CLOSED_REDIS, fail_open_cache

    officer, other = both
    settings.CACHES = {**settings.CACHES, **fail_open_cache(CLOSED_REDIS)}
    try:
        mine, theirs = signed_in(officer), signed_in(other)
        for path in ("/my/", "/"):
            assert course.title in own_part(mine, path)
            assert course.title not in own_part(theirs, path)
            assert other_course.title in own_part(theirs, path)
        course_services.mark_item_done(officer, course.get_children().live().first())
        assert "50%" in text_of(mine)
        assert 'value="50"' in text_of(mine, "/")
    finally:
        caches["default"].close()


def queries_of(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_a_kept_page_costs_a_few_queries(manager, both, course, other_course):
    officer, _other = both
    assign(manager, officer, other_course, datetime.date(2026, 12, 20))
    client = signed_in(officer)
    client.get("/")  # the site's structure, kept between requests
    assert queries_of(client, "/my/") <= MY_LEARNING_MAX
    assert queries_of(client, "/my/") <= KEPT_MAX
    assert queries_of(client, "/") <= KEPT_MAX
    course_services.mark_item_done(officer, course.get_children().live().first())
    assert queries_of(client, "/") <= HOME_MAX
    assert queries_of(client, "/") <= KEPT_MAX
