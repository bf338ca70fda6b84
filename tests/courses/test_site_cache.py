"""What the site's structure cache keeps for course pages: no query for view restrictions
while no page has one, and a course's items without their search text."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from courses.models import LessonPage
from courses.queries import cached_course_items
from people.roles import MANAGER

pytestmark = pytest.mark.django_db


def test_without_any_restriction_a_pages_restrictions_cost_no_query(course, lessons):
    course.get_view_restrictions()  # whether any page is restricted is asked once, then kept
    with CaptureQueriesContext(connection) as queries:
        restrictions = lessons[0].get_view_restrictions()
        assert list(restrictions) == []
        assert not restrictions
    assert len(queries) == 0
    # Still a query set for the admin's uses of it.
    assert not restrictions.order_by("-page__depth").exists()


def test_a_restriction_is_found_as_soon_as_it_is_made(course, lessons):
    assert list(lessons[0].get_view_restrictions()) == []
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=MANAGER)])
    assert list(lessons[0].get_view_restrictions()) == [restriction]
    assert list(course.get_view_restrictions()) == [restriction]


def test_kept_items_leave_their_search_text_behind(course, lessons):
    items = cached_course_items(course)
    assert [item.pk for item in items] == [lesson.pk for lesson in lessons]
    assert all("search_text_plain" not in item.__dict__ for item in items)
    assert all(item.title and item.url_path for item in items)
    # Asked for anyway, the text is read from the database as a deferred field would be.
    expected = LessonPage.objects.get(pk=lessons[0].pk).search_text_plain
    assert expected
    with CaptureQueriesContext(connection) as queries:
        assert items[0].search_text_plain == expected
    assert len(queries) == 1


def test_kept_pages_and_a_lessons_course_leave_their_search_text_behind(course, lessons):
    from courses.site_cache import specific_page

    lesson = lessons[0]
    specific_page(lesson.pk, lesson.content_type_id)
    kept = specific_page(lesson.pk, lesson.content_type_id)
    assert isinstance(kept, LessonPage)
    assert "search_text_plain" not in kept.__dict__
    fresh = LessonPage.objects.get(pk=lesson.pk)
    assert list(kept.body.raw_data) == list(fresh.body.raw_data)
    assert fresh.course.pk == course.pk
    parent = LessonPage.objects.get(pk=lesson.pk).course  # the kept copy, this time
    assert "search_title_plain" not in parent.__dict__
    with CaptureQueriesContext(connection) as queries:
        assert kept.search_text_plain == fresh.search_text_plain
        assert parent.search_title_plain == course.search_title_plain
    assert len(queries) == 2


def test_a_kept_lesson_and_course_leave_behind_what_only_their_kept_part_shows(
    client, enrolled_officer, course, lessons
):
    from courses.site_cache import specific_page

    lesson = lessons[0]
    specific_page(lesson.pk, lesson.content_type_id)
    kept = specific_page(lesson.pk, lesson.content_type_id)
    assert "body" not in kept.__dict__ and kept.body_cacheable
    specific_page(course.pk, course.content_type_id)
    assert "objectives" not in specific_page(course.pk, course.content_type_id).__dict__
    assert "objectives" not in LessonPage.objects.get(pk=lesson.pk).course.__dict__
    # Asked for anyway, each is read from the database as a deferred field would be.
    fresh = LessonPage.objects.get(pk=lesson.pk)
    with CaptureQueriesContext(connection) as queries:
        assert list(kept.body.raw_data) == list(fresh.body.raw_data)
    assert len(queries) == 1
    # Shown in full, and a kept page's later views do not read them.
    client.force_login(enrolled_officer)
    for _ in range(2):
        page = client.get(lesson.url).content.decode()
        assert fresh.body.raw_data[0]["value"][:20] in page
    with CaptureQueriesContext(connection) as again:
        assert client.get(lesson.url).status_code == 200
    assert not [q for q in again.captured_queries if '"body"' in q["sql"]]


def test_a_kept_lesson_view_reads_its_courses_item_summaries_not_their_pages(
    client, enrolled_officer, course, lessons, monkeypatch
):
    import re

    from courses import services, site_cache
    from tests.factories.courses import LessonPageFactory

    services.mark_item_done(enrolled_officer, lessons[0])
    client.force_login(enrolled_officer)
    client.get(lessons[1].url)
    asked = []
    peek = site_cache.STRUCTURE.peek
    monkeypatch.setattr(site_cache.STRUCTURE, "peek", lambda name: asked.append(name) or peek(name))
    assert client.get(lessons[1].url).status_code == 200
    assert any(name.startswith("course-item-summaries:") for name in asked)
    assert not any(name.startswith("course-items:") for name in asked)
    # A lesson published since counts at once: one of five done.
    LessonPageFactory(parent=course, title="Bài mới", slug="bai-moi")
    html = client.get(lessons[1].url).content.decode()
    assert re.search(r'<progress[^>]*value="20"', html)
    assert "Bài mới" in client.get(course.url).content.decode()


def test_the_kept_site_carries_its_home_page_as_its_own_type(rf, course):
    from courses.site_cache import find_site
    from home.models import HomePage

    request = rf.get("/", HTTP_HOST="localhost")
    first = find_site(request)
    with CaptureQueriesContext(connection) as queries:
        kept = find_site(rf.get("/", HTTP_HOST="localhost"))
    assert len(queries) == 0
    assert kept.pk == first.pk
    assert isinstance(kept.root_page, HomePage)
    assert kept.root_page.specific is kept.root_page
    parts = course.url.strip("/").split("/")
    assert kept.root_page.route(request, parts).page.pk == course.pk
