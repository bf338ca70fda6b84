"""Time on a lesson comes from heartbeats; the server caps what they credit."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from courses import services
from courses.models import Enrolment, ItemProgress

pytestmark = pytest.mark.django_db


@pytest.fixture
def clock():
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        yield traveller


def _beat_at(clock, user, lesson, seconds):
    clock.shift(timedelta(seconds=seconds))
    return services.record_heartbeat(user, lesson)


def test_the_first_beat_starts_the_clock_and_regular_beats_count(clock, enrolled_officer, lessons):
    credits = [_beat_at(clock, enrolled_officer, lessons[0], s) for s in (0, 20, 20, 20)]
    assert credits == [0, 20, 20, 20]
    progress = ItemProgress.objects.get(user=enrolled_officer, item=lessons[0])
    assert progress.seconds_spent == 60
    assert Enrolment.objects.get(user=enrolled_officer).seconds_spent == 60


def test_a_beat_credits_at_most_thirty_seconds(clock, enrolled_officer, lessons):
    _beat_at(clock, enrolled_officer, lessons[0], 0)
    assert _beat_at(clock, enrolled_officer, lessons[0], 40) == 30


def test_a_hidden_or_idle_tab_counts_nothing(clock, enrolled_officer, lessons):
    """The page sends no beats while hidden or idle; the first beat back credits nothing."""
    _beat_at(clock, enrolled_officer, lessons[0], 0)
    _beat_at(clock, enrolled_officer, lessons[0], 20)
    assert _beat_at(clock, enrolled_officer, lessons[0], 60 * 60) == 0
    assert _beat_at(clock, enrolled_officer, lessons[0], 20) == 20
    assert ItemProgress.objects.get(item=lessons[0]).seconds_spent == 40


def test_two_open_tabs_never_credit_more_than_a_minute_per_minute(clock, enrolled_officer, lessons):
    # Two lessons open in two tabs, each beating every 20 s, 10 s apart, for five minutes.
    _beat_at(clock, enrolled_officer, lessons[0], 0)
    _beat_at(clock, enrolled_officer, lessons[1], 10)
    credited = 0
    for _ in range(15):
        credited += _beat_at(clock, enrolled_officer, lessons[0], 10)
        credited += _beat_at(clock, enrolled_officer, lessons[1], 10)
    assert credited == 300  # 5 minutes of wall-clock time, not 10
    assert Enrolment.objects.get(user=enrolled_officer).seconds_spent == 300


def test_a_flood_of_beats_is_worth_only_the_time_that_passed(clock, enrolled_officer, lessons):
    _beat_at(clock, enrolled_officer, lessons[0], 0)
    credited = sum(_beat_at(clock, enrolled_officer, lessons[0], 1) for _ in range(60))
    assert credited == 60


def test_heartbeat_endpoint_credits_an_enrolled_learner(client, clock, enrolled_officer, lessons):
    client.force_login(enrolled_officer)
    url = lessons[0].url + "heartbeat/"
    assert client.post(url, HTTP_ACCEPT="application/json").json() == {"credited": 0}
    clock.shift(timedelta(seconds=25))
    assert client.post(url, HTTP_ACCEPT="application/json").json() == {"credited": 25}


def test_heartbeat_endpoint_refuses_get_and_people_not_enrolled(
    client, officer, other_officer, enrolled_officer, lessons
):
    url = lessons[0].url + "heartbeat/"
    assert client.post(url).status_code == 302  # anonymous: to the sign-in page
    client.force_login(other_officer)
    response = client.post(url)
    assert response.status_code == 302  # not enrolled: back to the course
    assert response["Location"] == lessons[0].get_parent().url
    client.force_login(enrolled_officer)
    assert client.get(url).status_code == 405
    assert not ItemProgress.objects.filter(user=other_officer).exists()
