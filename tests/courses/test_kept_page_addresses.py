"""A kept lesson or course page works out the addresses only its shared part shows (done,
heartbeat, enrol) when that part is rendered, and shows them right every time."""

import pytest
from django.test import Client

from courses import services
from courses.models import CoursePage, LessonPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def reversals(monkeypatch):
    """How many times a page's own routes were turned into addresses."""
    counted = []
    for model in (LessonPage, CoursePage):
        original = model.reverse_subpage

        def counting(self, name, *args, _original=original, **kwargs):
            counted.append(name)
            return _original(self, name, *args, **kwargs)

        monkeypatch.setattr(model, "reverse_subpage", counting)
    return counted


def _signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_kept_lesson_asks_for_its_addresses_only_when_first_rendered(
    enrolled_officer, other_officer, course, lessons, reversals
):
    services.enrol(other_officer, course)
    first = _signed_in(enrolled_officer).get(lessons[0].url).content.decode()
    assert sorted(reversals) == ["done", "heartbeat"]
    reversals.clear()
    again = _signed_in(other_officer).get(lessons[0].url).content.decode()
    assert reversals == []
    for html in (first, again):
        assert f'data-done-url="{lessons[0].url}done/"' in html
        assert f'data-heartbeat-url="{lessons[0].url}heartbeat/"' in html
        assert f'action="{lessons[0].url}done/"' in html


def test_the_enrol_form_posts_to_the_course_and_enrolled_learners_do_not_ask(
    officer, other_officer, course, lessons, reversals
):
    page = _signed_in(officer).get(course.url).content.decode()
    assert f'<form method="post" action="{course.url}enrol/">' in page
    assert reversals == ["enrol"]
    reversals.clear()
    services.enrol(other_officer, course)
    enrolled = _signed_in(other_officer).get(course.url).content.decode()
    assert "enrol/" not in enrolled
    assert reversals == []


def test_a_visitor_is_still_sent_to_sign_in_and_an_outsider_back_to_the_course(
    client, outsider, course, lessons
):
    to_sign_in = client.get(lessons[0].url)
    assert to_sign_in.status_code == 302
    assert "/accounts/login/" in to_sign_in["Location"]
    refused = _signed_in(outsider).get(lessons[0].url)
    assert refused.status_code == 302
    assert refused["Location"] == course.url
