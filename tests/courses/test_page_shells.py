"""Lesson, course, catalogue and home pages are rendered once for everyone who sees the same
thing: each person's own parts (their name, their progress, their messages, their form tokens)
are theirs on every request, and an editor's change shows at once."""

import re

import pytest
from django.test import Client
from django.utils import translation
from wagtail.models import PageViewRestriction

from courses import services
from courses.models import ItemProgress, LessonPage
from home import page_shell
from tests.factories.courses import CoursePageFactory

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _signed_in(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def _page(client, page):
    response = client.get(page if isinstance(page, str) else page.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def both(officer, other_officer, course, lessons):
    services.enrol(officer, course)
    services.enrol(other_officer, course)
    # The first officer has done another lesson: their progress differs, this lesson's state not.
    services.mark_item_done(officer, lessons[1])
    return officer, other_officer


def test_each_officer_sees_their_own_name_and_progress(both, lessons):
    officer, other = both
    first, second = _signed_in(officer), _signed_in(other)
    mine = _page(first, lessons[0])
    theirs = _page(second, lessons[0])
    again = _page(first, lessons[0])
    assert len(page_shell._shells) == 1  # rendered once, filled three times
    for page in (mine, again):
        assert officer.get_full_name() in page
        assert other.get_full_name() not in page
    assert other.get_full_name() in theirs
    assert officer.get_full_name() not in theirs
    assert mine.count("<progress") == theirs.count("<progress") == 1
    assert re.search(r'<progress[^>]*value="25"', mine)
    assert re.search(r'<progress[^>]*value="0"', theirs)


def test_each_officer_gets_their_own_form_token(both, lessons):
    officer, other = both
    first, second = _signed_in(officer), _signed_in(other)
    _page(first, lessons[0])
    page = _page(second, lessons[0])
    tokens = set(TOKEN.findall(page))
    assert tokens and not any("kns" in token for token in tokens)
    done_url = lessons[0].url + "done/"
    # Another person's token is refused; the officer's own page's token works.
    stolen = TOKEN.search(_page(first, lessons[0])).group(1)
    assert second.post(done_url, {"csrfmiddlewaretoken": stolen}).status_code == 403
    answered = second.post(done_url, {"csrfmiddlewaretoken": tokens.pop()})
    assert answered.status_code in (200, 302)
    assert ItemProgress.objects.get(user=other, item_id=lessons[0].pk).done_at is not None


def test_a_message_is_shown_only_to_its_reader(both, lessons):
    officer, other = both
    first, second = _signed_in(officer), _signed_in(other)
    _page(second, lessons[1])  # the shared part is kept before the message exists
    token = TOKEN.search(_page(first, lessons[0])).group(1)
    answered = first.post(lessons[0].url + "done/", {"csrfmiddlewaretoken": token})
    assert answered.status_code == 302
    with translation.override("vi"):
        message = translation.gettext("Lesson marked as done.")
    mine = first.get(answered["Location"]).content.decode()
    assert message in mine
    assert answered["Location"] == lessons[1].url
    assert message not in _page(second, lessons[1])
    assert message not in first.get(answered["Location"]).content.decode()  # shown once


def test_a_published_change_shows_at_once(both, lessons):
    officer, other = both
    first = _signed_in(officer)
    _page(first, lessons[0])
    page = LessonPage.objects.get(pk=lessons[0].pk)
    page.title = "Bài một, bản mới"
    page.save_revision().publish()
    assert "Bài một, bản mới" in _page(_signed_in(other), lessons[0])


def test_each_language_and_each_state_has_its_own_copy(both, lessons):
    officer, other = both
    vietnamese = _page(_signed_in(officer), lessons[0])
    other.language = "en"
    other.save(update_fields=["language"])
    english = _page(_signed_in(other), lessons[0])
    with translation.override("vi"):
        outline_vi = translation.gettext("Course outline")
        mark_vi = translation.gettext("Mark as done")
    assert outline_vi in vietnamese and "Course outline" not in vietnamese
    assert "Course outline" in english and outline_vi not in english
    # Done for one officer, not for the other: each sees their own state.
    services.mark_item_done(officer, lessons[0])
    assert mark_vi not in _page(_signed_in(officer), lessons[0])
    other.language = "vi"
    other.save(update_fields=["language"])
    assert mark_vi in _page(_signed_in(other), lessons[0])


def test_the_shared_part_is_never_kept_with_a_persons_own_details(rf, officer):
    request = rf.get("/")
    request.user = officer
    assert page_shell._leaks(f"<p>{officer.get_full_name()}</p>", request)
    assert page_shell._leaks(f"<p>{officer.email}</p>", request)
    assert not page_shell._leaks("<p>Bài học</p>", request)


def test_course_page_shows_each_officer_their_own_outline_and_progress(both, course, lessons):
    officer, other = both
    mine = _page(_signed_in(officer), course)
    theirs = _page(_signed_in(other), course)
    assert mine.count("is-done") == 1 and theirs.count("is-done") == 0
    assert re.search(r'<progress[^>]*value="25"', mine)
    assert re.search(r'<progress[^>]*value="0"', theirs)
    assert officer.get_full_name() in mine and officer.get_full_name() not in theirs
    # Two officers at the same point share the page's copy; their progress panels stay theirs.
    services.mark_item_done(other, lessons[1])
    page_shell.clear()
    _page(_signed_in(officer), course)
    again = _page(_signed_in(other), course)
    assert len(page_shell._shells) == 1
    assert other.get_full_name() in again and officer.get_full_name() not in again


def test_catalogue_cards_show_each_officer_their_own_state(both, course, lessons):
    officer, other = both
    mine = _page(_signed_in(officer), "/courses/")
    theirs = _page(_signed_in(other), "/courses/")
    with translation.override("vi"):
        mine_badge = translation.gettext("In progress: %(percent)s%%") % {"percent": 25}
        their_badge = translation.gettext("In progress: %(percent)s%%") % {"percent": 0}
    assert mine_badge in mine and their_badge not in mine
    assert their_badge in theirs and mine_badge not in theirs
    assert officer.get_full_name() in mine and officer.get_full_name() not in theirs


def test_catalogue_shows_a_change_at_once(both, course, topic):
    officer, _other = both
    client = _signed_in(officer)
    assert topic.name in _page(client, "/courses/")
    topic.name = "Bảo mật thông tin"
    topic.save()
    assert "Bảo mật thông tin" in _page(client, "/courses/")
    new = CoursePageFactory(title="Khóa học vừa xuất bản", slug="vua-xuat-ban", topic=topic)
    assert new.title in _page(client, "/courses/")
    assert new.title in _page(client, f"/courses/?topic={topic.slug}")


def test_home_page_welcomes_each_person_by_name(both):
    officer, other = both
    mine = _page(_signed_in(officer), "/")
    theirs = _page(_signed_in(other), "/")
    assert officer.get_full_name() in mine and other.get_full_name() not in mine
    assert other.get_full_name() in theirs and officer.get_full_name() not in theirs
    assert len(page_shell._shells) == 1


def test_the_header_follows_a_change_of_name_at_once(both, lessons):
    officer, _other = both
    client = _signed_in(officer)
    assert officer.get_full_name() in _page(client, lessons[0])
    officer.first_name = "Lan Anh"
    officer.save(update_fields=["first_name"])
    page = _page(client, lessons[0])
    assert "Lan Anh" in page


def test_each_host_name_has_its_own_copy(both, lessons):
    officer, _other = both
    client = _signed_in(officer)
    assert client.get(lessons[0].url).status_code == 200
    assert client.get(lessons[0].url, HTTP_HOST="daotao.example.vn").status_code == 200
    assert len(page_shell._shells) == 2


def test_a_kept_lesson_still_refuses_whoever_may_not_open_it(both, course, lessons, manager):
    officer, _other = both
    kept = _page(_signed_in(officer), lessons[0])  # the lesson's shared part is now kept
    assert len(page_shell._shells) == 1
    anonymous = Client().get(lessons[0].url)
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    not_enrolled = _signed_in(manager).get(lessons[0].url)
    assert not_enrolled.status_code == 302 and not_enrolled["Location"] == course.url
    assert lessons[0].title in kept
    assert lessons[0].title.encode() not in anonymous.content + not_enrolled.content


def test_a_catalogue_kept_for_officers_shows_visitors_only_public_courses(both, course):
    officer, _other = both
    restricted = CoursePageFactory(title="Khóa học nội bộ", slug="noi-bo")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    assert restricted.title in _page(_signed_in(officer), "/courses/")
    visitor = _page(Client(), "/courses/")
    assert course.title in visitor
    assert restricted.title not in visitor
    assert officer.get_full_name() not in visitor


def test_each_person_is_served_their_own_page_with_redis_unreachable(both, lessons, settings):
    from django.core.cache import caches

    from tests.home.test_healthz import CLOSED_REDIS, fail_open_cache

    officer, other = both
    settings.CACHES = {**settings.CACHES, **fail_open_cache(CLOSED_REDIS)}
    try:
        for page in (lessons[0], "/courses/"):
            mine = _page(_signed_in(officer), page)
            theirs = _page(_signed_in(other), page)
            assert officer.get_full_name() in mine and officer.get_full_name() not in theirs
            assert other.get_full_name() in theirs and other.get_full_name() not in mine
    finally:
        caches["default"].close()
