"""The personal calendar feed: valid RFC 5545 read back by icalendar, stable UIDs, Asia/Ho_Chi_Minh,
a secret address that can be revoked and replaced."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from icalendar import Calendar

from people.models import Officer
from tests.learning import complete, quiz_of
from tracker import services
from tracker.models import Assignment, CalendarFeedToken

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=HCM)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def assigned(org, manager, officer, course, quiz_course):
    """Two courses assigned to the officer; the quiz of the second closes on 10 December."""
    quiz = quiz_of(quiz_course)
    quiz.close_at = datetime.datetime(2026, 12, 10, 17, 30, tzinfo=HCM)
    quiz.save_revision().publish()
    record = Officer.objects.get(user=officer)
    first = services.create_assignment(
        manager,
        course=course,
        scope=Assignment.Scope.OFFICERS,
        officers=[record],
        due_on=datetime.date(2026, 12, 15),
        note="Hoàn thành trước kỳ họp giao ban.",
    )
    second = services.create_assignment(
        manager,
        course=quiz_course,
        scope=Assignment.Scope.UNIT,
        unit=org.district_a1,
        due_on=datetime.date(2026, 12, 20),
    )
    return first, second


def feed_url(client, user):
    client.force_login(user)
    client.post(reverse("tracker:calendar_token", args=["new"]))
    token = CalendarFeedToken.objects.get(user=user, revoked_at__isnull=True).token
    client.logout()
    return reverse("tracker:calendar_feed", args=[token])


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events(calendar):
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_the_feed_lists_due_dates_and_quiz_closing_times(client, officer, assigned, quiz_course):
    first, second = assigned
    calendar = parse(client.get(feed_url(client, officer)))
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"])
    found = events(calendar)
    assert len(found) == 3

    due = [e for e in found.values() if "An toàn thông tin" in str(e["SUMMARY"])]
    assert len(due) == 1
    event = due[0]
    assert event["DTSTART"].dt == datetime.date(2026, 12, 15)
    assert event["DTEND"].dt == datetime.date(2026, 12, 16)
    assert "Hoàn thành trước kỳ họp giao ban." in str(event["DESCRIPTION"])
    assert str(event["SUMMARY"]).startswith("Đến hạn:")
    assert str(event["URL"]).startswith("http://testserver/")

    quiz = [e for e in found.values() if str(e["UID"]).startswith("kns-quiz-close-")][0]
    start = quiz["DTSTART"].dt
    assert start == datetime.datetime(2026, 12, 10, 17, 30, tzinfo=HCM)
    assert str(start.tzinfo) == "Asia/Ho_Chi_Minh" or start.utcoffset() == datetime.timedelta(
        hours=7
    )
    assert quiz["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert quiz_of(quiz_course).title in str(quiz["SUMMARY"])


def test_the_feed_carries_the_time_zone_definition(client, officer, assigned):
    calendar = parse(client.get(feed_url(client, officer)))
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Asia/Ho_Chi_Minh"]
    assert b"BEGIN:VTIMEZONE" in calendar.to_ical()
    for event in calendar.walk("VEVENT"):
        assert event["DTSTAMP"].dt.utcoffset() == datetime.timedelta(0)


def test_uids_are_stable_from_one_fetch_to_the_next(client, officer, assigned):
    url = feed_url(client, officer)
    first = set(events(parse(client.get(url))))
    with time_machine.travel(NOW + datetime.timedelta(hours=3), tick=False):
        second = set(events(parse(client.get(url))))
    assert first == second
    assert all("@testserver" in uid for uid in first)


def test_completed_and_withdrawn_work_leaves_the_feed(
    client, manager, officer, assigned, course, django_capture_on_commit_callbacks
):
    first, second = assigned
    url = feed_url(client, officer)
    with django_capture_on_commit_callbacks(execute=True):
        complete(officer, course)
    services.withdraw_assignment(manager, second)
    summaries = [str(e["SUMMARY"]) for e in parse(client.get(url)).walk("VEVENT")]
    assert not any(s.startswith("Đến hạn:") for s in summaries)


def test_the_feed_is_in_the_persons_language(client, officer, assigned):
    officer.language = "en"
    officer.save()
    calendar = parse(client.get(feed_url(client, officer)))
    assert any(str(e["SUMMARY"]).startswith("Due:") for e in calendar.walk("VEVENT"))


def test_an_officer_sees_only_their_own_dates(client, officer, other_officer, assigned):
    calendar = parse(client.get(feed_url(client, other_officer)))
    assert calendar.walk("VEVENT") == []


def test_revoking_the_address_stops_it_working(client, officer, assigned):
    url = feed_url(client, officer)
    client.force_login(officer)
    response = client.post(reverse("tracker:calendar_token", args=["revoke"]))
    assert response.status_code == 302
    client.logout()
    assert client.get(url).status_code == 404
    assert CalendarFeedToken.objects.get(user=officer).revoked_at is not None


def test_replacing_the_address_retires_the_old_one(client, officer, assigned):
    old = feed_url(client, officer)
    new = feed_url(client, officer)
    assert old != new
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200
    assert CalendarFeedToken.objects.filter(user=officer, revoked_at__isnull=True).count() == 1


def test_unknown_tokens_and_departed_people_get_nothing(client, officer, assigned):
    assert client.get(reverse("tracker:calendar_feed", args=["x" * 43])).status_code == 404
    url = feed_url(client, officer)
    officer.is_active = False
    officer.save()
    assert client.get(url).status_code == 404


def test_the_address_is_shown_on_my_learning_page(client, officer, assigned):
    url = feed_url(client, officer)
    client.force_login(officer)
    page = client.get(reverse("tracker:my")).content.decode()
    assert f"http://testserver{url}" in page


def test_token_actions_need_sign_in_and_a_post(client, officer):
    target = reverse("tracker:calendar_token", args=["new"])
    assert client.post(target).status_code == 302
    assert not CalendarFeedToken.objects.exists()
    client.force_login(officer)
    assert client.get(target).status_code == 405
    assert client.post(reverse("tracker:calendar_token", args=["other"])).status_code == 404
