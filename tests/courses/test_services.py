"""Enrolment, item progress and the completion rule, through courses.services."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from courses import services
from courses.models import Enrolment, EnrolmentMode, ItemProgress
from courses.queries import build_outline
from courses.signals import course_completed
from tests.factories.courses import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def completions():
    """Enrolment ids announced as completed (sent after commit: wrap the calls in
    django_capture_on_commit_callbacks(execute=True))."""
    received = []

    def receiver(sender, enrolment, **kwargs):
        received.append(enrolment.pk)

    course_completed.connect(receiver)
    yield received
    course_completed.disconnect(receiver)


def _enrolment(user, course):
    return Enrolment.objects.get(user=user, course=course)


# Enrolment


def test_officer_enrols_in_an_open_course_once(officer, course):
    first = services.enrol(officer, course)
    again = services.enrol(officer, course)
    assert first.pk == again.pk
    assert first.status == Enrolment.Status.ENROLLED
    assert first.source == Enrolment.Source.SELF
    assert Enrolment.objects.filter(user=officer).count() == 1


def test_self_enrolment_in_an_assignment_only_course_is_refused(officer, course):
    course.enrolment_mode = EnrolmentMode.ASSIGNMENT_ONLY
    course.save()
    with pytest.raises(services.SelfEnrolmentNotAllowed):
        services.enrol(officer, course)
    assert not Enrolment.objects.filter(user=officer).exists()


def test_assignment_enrols_in_an_assignment_only_course(officer, course):
    course.enrolment_mode = EnrolmentMode.ASSIGNMENT_ONLY
    course.save()
    enrolment = services.enrol(officer, course, source="assignment")
    assert enrolment.source == Enrolment.Source.ASSIGNMENT


def test_assignment_of_a_self_enrolled_course_marks_it_assigned(officer, course):
    services.enrol(officer, course)
    enrolment = services.enrol(officer, course, source=Enrolment.Source.ASSIGNMENT)
    assert enrolment.source == Enrolment.Source.ASSIGNMENT
    assert services.enrol(officer, course).source == Enrolment.Source.ASSIGNMENT


def test_enrolment_in_an_unpublished_course_is_refused(officer, course):
    course.unpublish()
    with pytest.raises(services.CourseNotAvailable):
        services.enrol(officer, course)


def test_an_unknown_enrolment_source_is_a_programming_error(officer, course):
    with pytest.raises(ValueError, match="source"):
        services.enrol(officer, course, source="magic")


# Item progress


def test_opening_a_lesson_records_first_and_last_opened_and_where_i_am(officer, course, lessons):
    services.enrol(officer, course)
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        progress = services.open_item(officer, lessons[1])
    with time_machine.travel(start + timedelta(hours=1), tick=False):
        services.open_item(officer, lessons[1])
    progress.refresh_from_db()
    assert progress.first_opened_at == start
    assert progress.last_opened_at == start + timedelta(hours=1)
    assert progress.done_at is None
    enrolment = _enrolment(officer, course)
    assert enrolment.last_item_id == lessons[1].pk
    assert enrolment.status == Enrolment.Status.IN_PROGRESS
    assert enrolment.started_at == start


def test_progress_on_a_course_i_am_not_enrolled_in_is_refused(officer, lessons):
    with pytest.raises(services.NotEnrolled):
        services.open_item(officer, lessons[0])
    with pytest.raises(services.NotEnrolled):
        services.mark_item_done(officer, lessons[0])
    with pytest.raises(services.NotEnrolled):
        services.record_heartbeat(officer, lessons[0])
    assert not ItemProgress.objects.exists()


def test_a_page_that_is_not_a_course_item_is_refused(officer, course):
    services.enrol(officer, course)
    with pytest.raises(services.NotACourseItem):
        services.mark_item_done(officer, course)


def test_marking_done_twice_keeps_the_first_time(officer, course, lessons):
    services.enrol(officer, course)
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        services.mark_item_done(officer, lessons[0])
    with time_machine.travel(start + timedelta(days=1), tick=False):
        progress = services.mark_item_done(officer, lessons[0])
    assert progress.done_at == start


def test_a_failed_attempt_records_the_visit_but_not_done(officer, course, lessons):
    services.enrol(officer, course)
    progress = services.mark_item_done(officer, lessons[0], passed=False)
    assert progress.first_opened_at is not None
    assert progress.done_at is None
    services.mark_item_done(officer, lessons[0])
    assert services.mark_item_done(officer, lessons[0], passed=False).done_at is not None


# The completion rule and recomputation


def test_progress_rises_with_each_required_lesson_and_completes_at_the_last(
    officer, course, lessons, completions, django_capture_on_commit_callbacks
):
    services.enrol(officer, course)
    percents = []
    for lesson in lessons:
        with django_capture_on_commit_callbacks(execute=True):
            services.mark_item_done(officer, lesson)
        percents.append(_enrolment(officer, course).progress_percent)
    assert percents == [25, 50, 75, 100]
    enrolment = _enrolment(officer, course)
    assert enrolment.status == Enrolment.Status.COMPLETED
    assert enrolment.completed_at is not None
    assert completions == [enrolment.pk]


def test_optional_lessons_do_not_hold_a_course_back(officer, course, lessons):
    optional = LessonPageFactory(parent=course, title="Đọc thêm", slug="doc-them", required=False)
    services.enrol(officer, course)
    for lesson in lessons:
        services.mark_item_done(officer, lesson)
    enrolment = _enrolment(officer, course)
    assert enrolment.is_completed
    assert enrolment.progress_percent == 100
    services.mark_item_done(officer, optional)
    assert _enrolment(officer, course).progress_percent == 100


def test_unpublished_lessons_do_not_count(officer, course, lessons):
    lessons[3].unpublish()
    services.enrol(officer, course)
    for lesson in lessons[:3]:
        services.mark_item_done(officer, lesson)
    assert _enrolment(officer, course).is_completed


def test_a_course_without_lessons_is_not_completed_by_enrolling(officer, course):
    enrolment = services.enrol(officer, course)
    services.recompute_enrolment(enrolment)
    assert not enrolment.is_completed
    assert enrolment.progress_percent == 0


def test_completion_is_recorded_once_even_when_a_lesson_is_added_later(
    officer, course, lessons, completions, django_capture_on_commit_callbacks
):
    services.enrol(officer, course)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons:
            services.mark_item_done(officer, lesson)
    completed_at = _enrolment(officer, course).completed_at

    new_lesson = LessonPageFactory(parent=course, title="Bài mới", slug="bai-moi", live=False)
    with (
        time_machine.travel(timezone.now() + timedelta(days=30)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        new_lesson.save_revision().publish()

    enrolment = _enrolment(officer, course)
    assert enrolment.completed_at == completed_at
    assert enrolment.status == Enrolment.Status.COMPLETED
    assert enrolment.progress_percent == 80  # recomputed when the lesson was published
    outline = build_outline(course, officer, enrolment)
    shown = {item.page.pk: item for item in outline.items}
    assert shown[new_lesson.pk].is_new and not shown[new_lesson.pk].done
    assert not any(shown[lesson.pk].is_new for lesson in lessons)
    assert outline.next_item.page.pk == new_lesson.pk

    with django_capture_on_commit_callbacks(execute=True):
        services.mark_item_done(officer, new_lesson)
    assert _enrolment(officer, course).completed_at == completed_at
    assert len(completions) == 1


def test_recompute_course_updates_every_learner_in_a_fixed_number_of_queries(
    django_assert_max_num_queries,
    django_capture_on_commit_callbacks,
    course,
    lessons,
    officer,
    other_officer,
):
    learners = [officer, other_officer]
    for learner in learners:
        services.enrol(learner, course)
        services.mark_item_done(learner, lessons[0])
    with django_capture_on_commit_callbacks(execute=True):
        lessons[3].unpublish()  # three required lessons left: 1 of 3 done
    for learner in learners:
        assert _enrolment(learner, course).progress_percent == 33

    LessonPageFactory(parent=course, title="Bài 5", slug="bai-5")
    with django_assert_max_num_queries(8):
        changed = services.recompute_course(course)
    assert changed == 2
    assert {_enrolment(u, course).progress_percent for u in learners} == {25}


def test_recompute_of_a_course_item_change_completes_learners_who_are_now_done(
    officer, course, lessons, completions, django_capture_on_commit_callbacks
):
    services.enrol(officer, course)
    for lesson in lessons[:3]:
        services.mark_item_done(officer, lesson)
    assert not _enrolment(officer, course).is_completed
    with django_capture_on_commit_callbacks(execute=True):
        lessons[3].unpublish()  # the remaining required lesson is withdrawn
    assert _enrolment(officer, course).is_completed
    assert len(completions) == 1


def test_other_courses_progress_is_untouched(officer, course, lessons):
    other = CoursePageFactory(title="Khóa khác", slug="khoa-khac")
    other_lesson = LessonPageFactory(parent=other)
    services.enrol(officer, course)
    services.enrol(officer, other)
    services.mark_item_done(officer, other_lesson)
    assert _enrolment(officer, other).is_completed
    assert _enrolment(officer, course).progress_percent == 0


def test_deleting_or_moving_a_required_lesson_recomputes_its_courses(
    officer, course, lessons, django_capture_on_commit_callbacks
):
    other = CoursePageFactory(title="Khóa khác", slug="khoa-khac")
    LessonPageFactory(parent=other, slug="khac-1")
    services.enrol(officer, course)
    services.enrol(officer, other)
    for lesson in lessons[:2]:
        services.mark_item_done(officer, lesson)
    assert _enrolment(officer, course).progress_percent == 50

    with django_capture_on_commit_callbacks(execute=True):
        lessons[3].delete()
    assert _enrolment(officer, course).progress_percent == 66

    with django_capture_on_commit_callbacks(execute=True):
        lessons[2].move(other, pos="last-child")
    assert _enrolment(officer, course).is_completed
    assert _enrolment(officer, other).progress_percent == 0
