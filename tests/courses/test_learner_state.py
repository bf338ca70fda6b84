"""A learner's enrolment and item progress, read together in one query, are what the ORM
would give: the same rows, the same values, nobody else's and nothing outside the items."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses import services
from courses.learner_state import read_learner_state
from courses.models import Enrolment, ItemProgress
from tests.factories.courses import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db


def _fields(instance):
    return {f.attname: getattr(instance, f.attname) for f in instance._meta.concrete_fields}


def _read(user, course, items):
    with CaptureQueriesContext(connection) as queries:
        found = read_learner_state(user.pk, course.pk, [item.pk for item in items])
    assert len(queries) == 1
    return found


def test_enrolment_and_progress_match_what_the_orm_reads(enrolled_officer, course, lessons):
    services.mark_item_done(enrolled_officer, lessons[0])
    services.open_item(enrolled_officer, lessons[1])
    enrolment, progress = _read(enrolled_officer, course, lessons)
    expected = Enrolment.objects.get(user=enrolled_officer, course=course)
    assert isinstance(enrolment, Enrolment)
    assert _fields(enrolment) == _fields(expected)
    assert not enrolment._state.adding
    assert set(progress) == {lessons[0].pk, lessons[1].pk}
    for item_id, state in progress.items():
        assert isinstance(state, ItemProgress)
        assert _fields(state) == _fields(ItemProgress.objects.get(pk=state.pk))
        assert state.item_id == item_id
    assert timezone.is_aware(progress[lessons[0].pk].done_at)
    assert progress[lessons[1].pk].done_at is None


def test_an_enrolment_without_progress_has_none(enrolled_officer, course, lessons):
    enrolment, progress = _read(enrolled_officer, course, lessons)
    assert enrolment is not None and enrolment.user_id == enrolled_officer.pk
    assert progress == {}


def test_a_course_without_items_still_finds_the_enrolment(officer):
    empty = CoursePageFactory(title="Trống", slug="trong")
    services.enrol(officer, empty)
    enrolment, progress = _read(officer, empty, [])
    assert enrolment is not None and enrolment.course_id == empty.pk
    assert progress == {}


def test_someone_not_enrolled_gets_nothing(officer, course, lessons):
    assert _read(officer, course, lessons) == (None, {})


def test_progress_outside_the_items_asked_for_is_left_out(enrolled_officer, course, lessons):
    services.mark_item_done(enrolled_officer, lessons[0])
    services.mark_item_done(enrolled_officer, lessons[2])
    _enrolment, progress = _read(enrolled_officer, course, lessons[1:])
    assert set(progress) == {lessons[2].pk}


def test_another_learners_rows_are_never_read(
    enrolled_officer, other_officer, outsider, course, lessons
):
    services.enrol(other_officer, course)
    services.mark_item_done(other_officer, lessons[0])
    other_course = CoursePageFactory(title="Khác", slug="khac")
    other_lesson = LessonPageFactory(parent=other_course, slug="khac-bai")
    services.enrol(enrolled_officer, other_course)
    services.mark_item_done(enrolled_officer, other_lesson)
    enrolment, progress = _read(enrolled_officer, course, lessons)
    assert enrolment is not None and enrolment.course_id == course.pk
    assert progress == {}
    assert _read(outsider, course, lessons) == (None, {})


def test_read_values_are_the_stored_moments(enrolled_officer, course, lessons, time_machine):
    moment = timezone.now().replace(microsecond=123456) - timedelta(days=3)
    time_machine.move_to(moment, tick=False)
    services.open_item(enrolled_officer, lessons[0])
    enrolment, progress = _read(enrolled_officer, course, lessons)
    assert enrolment is not None
    assert enrolment.started_at == moment
    assert enrolment.last_item_id == lessons[0].pk
    assert progress[lessons[0].pk].first_opened_at == moment
