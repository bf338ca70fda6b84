"""A kept catalogue page asks the database only for the person's enrolments in the courses it
lists: the list itself comes from the site's structure cache, and the courses are read only
when the page's shared part is rendered. Each person still sees their own badges, a visitor
only public courses, and a change of the list or of a person's progress shows at once."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from courses import services
from courses.learner_state import read_enrolments
from courses.models import CoursePage, Enrolment
from courses.queries import CATALOGUE_PAGE_SIZE
from tests.factories.courses import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def _signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def _page(client, address="/courses/"):
    response = client.get(address)
    assert response.status_code == 200
    return response.content.decode()


def _badge(percent):
    with translation.override("vi"):
        return translation.gettext("In progress: %(percent)s%%") % {"percent": percent}


def _fields(instance):
    return {f.attname: getattr(instance, f.attname) for f in instance._meta.concrete_fields}


def test_a_kept_catalogue_reads_only_the_persons_enrolments(enrolled_officer, course, monkeypatch):
    from courses import site_cache

    client = _signed_in(enrolled_officer)
    first = _page(client)
    _page(client)
    asked = []
    peek = site_cache.STRUCTURE.peek
    monkeypatch.setattr(site_cache.STRUCTURE, "peek", lambda name: asked.append(name) or peek(name))
    with CaptureQueriesContext(connection) as queries:
        kept = _page(client)
    assert TOKEN.sub("", kept) == TOKEN.sub("", first)
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert Enrolment._meta.db_table in tables
    assert CoursePage._meta.db_table not in tables
    assert "wagtailcore_page" not in tables
    # The list's ids and its length, not its courses.
    listed = [name for name in asked if name.startswith("catalogue:")]
    assert listed and all(name.endswith((":ids", ":count")) for name in listed)


def test_each_person_sees_their_own_badges_from_a_kept_list(
    enrolled_officer, other_officer, course, lessons
):
    services.mark_item_done(enrolled_officer, lessons[0])
    mine = _signed_in(enrolled_officer)
    theirs = _signed_in(other_officer)
    assert _badge(25) in _page(mine)
    page = _page(theirs)
    assert course.title in page
    assert _badge(25) not in page and "status-badge" not in page
    assert enrolled_officer.get_full_name() not in page


def test_progress_and_a_new_enrolment_show_at_once(
    enrolled_officer, other_officer, course, lessons
):
    mine = _signed_in(enrolled_officer)
    theirs = _signed_in(other_officer)
    assert _badge(0) in _page(mine)
    assert "status-badge" not in _page(theirs)
    services.mark_item_done(enrolled_officer, lessons[0])
    services.enrol(other_officer, course)
    assert _badge(25) in _page(mine)
    assert _badge(0) in _page(theirs)


def test_a_course_unpublished_or_published_shows_at_once(officer, course):
    client = _signed_in(officer)
    assert course.title in _page(client)
    course.unpublish()
    assert course.title not in _page(client)
    new = CoursePageFactory(title="Khóa học mới đăng", slug="moi-dang")
    assert new.title in _page(client)


def test_each_page_of_the_list_is_kept_apart(officer, course):
    added = [
        CoursePageFactory(title=f"Khóa {n:02d}", slug=f"khoa-{n:02d}")
        for n in range(CATALOGUE_PAGE_SIZE)
    ]
    last = added[-1]  # the thirteenth course, alone on the second page
    client = _signed_in(officer)
    for _ in range(2):
        first = _page(client)
        second = _page(client, "/courses/?page=2")
        beyond = _page(client, "/courses/?page=9")  # the last page, as the paginator says
        assert course.title in first and last.title not in first
        assert last.title in second and course.title not in second
        assert re.findall(r"<h2>.*?</h2>", beyond) == re.findall(r"<h2>.*?</h2>", second)
    services.enrol(officer, last)
    assert _badge(0) in _page(client, "/courses/?page=2")
    assert _badge(0) not in _page(client)


def test_a_visitor_sees_only_public_courses_of_a_list_kept_for_officers(officer, course):
    from wagtail.models import PageViewRestriction

    restricted = CoursePageFactory(title="Khóa học nội bộ", slug="noi-bo")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    client = _signed_in(officer)
    _page(client)
    assert restricted.title in _page(client)
    visitor = _page(Client())
    assert course.title in visitor and restricted.title not in visitor


def test_enrolments_read_for_the_catalogue_are_what_the_orm_reads(
    enrolled_officer, other_officer, course, lessons
):
    other = CoursePageFactory(title="Khác", slug="khac")
    LessonPageFactory(parent=other, slug="khac-bai")
    services.mark_item_done(enrolled_officer, lessons[0])
    services.enrol(other_officer, other)
    with CaptureQueriesContext(connection) as queries:
        found = read_enrolments(enrolled_officer.pk, [course.pk, other.pk])
    assert len(queries) == 1
    assert set(found) == {course.pk}
    expected = Enrolment.objects.get(user=enrolled_officer, course=course)
    assert isinstance(found[course.pk], Enrolment)
    assert _fields(found[course.pk]) == _fields(expected)
    assert read_enrolments(other_officer.pk, [course.pk]) == {}
    with CaptureQueriesContext(connection) as none:
        assert read_enrolments(enrolled_officer.pk, []) == {}
    assert len(none) == 0
