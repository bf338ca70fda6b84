"""Another round of a completed course (training that recurs), through courses.services:
the earlier completion is kept, the course can be done and completed again."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from courses import services
from courses.models import Enrolment, EnrolmentCycle, ItemProgress
from courses.queries import course_context
from courses.signals import course_completed, cycle_started
from tests.factories.courses import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
FIRST = datetime.datetime(2026, 1, 10, 9, 0, tzinfo=HCM)
NEXT_YEAR = datetime.datetime(2027, 1, 5, 8, 0, tzinfo=HCM)


@pytest.fixture
def signals():
    """What courses announces: completions (after commit) and new rounds (at once)."""
    received = {"completed": [], "rounds": []}

    def on_completed(sender, enrolment, **kwargs):
        received["completed"].append((enrolment.pk, enrolment.completed_at))

    def on_round(sender, enrolment, previous, **kwargs):
        received["rounds"].append((enrolment.pk, enrolment.cycle, previous.number))

    course_completed.connect(on_completed)
    cycle_started.connect(on_round)
    yield received
    course_completed.disconnect(on_completed)
    cycle_started.disconnect(on_round)


def do_lessons(user, lessons, when):
    for minute, lesson in enumerate(lessons):
        services.mark_item_done(user, lesson, now=when + datetime.timedelta(minutes=minute))


@pytest.fixture
def completed(enrolled_officer, course, lessons, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        do_lessons(enrolled_officer, lessons, FIRST)
    enrolment = Enrolment.objects.get(user=enrolled_officer, course=course)
    assert enrolment.completed_at is not None
    return enrolment


def test_a_new_round_keeps_the_earlier_completion_and_resets_the_course(
    completed, lessons, signals
):
    first_completion = completed.completed_at
    enrolment = services.start_new_cycle(completed, now=NEXT_YEAR)

    enrolment.refresh_from_db()
    assert (enrolment.cycle, enrolment.cycle_started_at) == (2, NEXT_YEAR)
    assert enrolment.status == Enrolment.Status.ENROLLED
    assert (enrolment.progress_percent, enrolment.completed_at, enrolment.started_at) == (
        0,
        None,
        None,
    )
    assert not ItemProgress.objects.filter(enrolment=enrolment, done_at__isnull=False).exists()
    kept = EnrolmentCycle.objects.get(enrolment=enrolment)
    assert (kept.number, kept.completed_at, kept.progress_percent) == (1, first_completion, 100)
    assert kept.started_at == FIRST
    assert kept.closed_at == NEXT_YEAR
    assert signals["rounds"] == [(enrolment.pk, 2, 1)]


def test_the_course_can_be_completed_again_and_the_completion_is_announced_anew(
    completed, officer, lessons, signals, django_capture_on_commit_callbacks
):
    services.start_new_cycle(completed, now=NEXT_YEAR)
    with django_capture_on_commit_callbacks(execute=True):
        do_lessons(officer, lessons[:2], NEXT_YEAR)
    enrolment = Enrolment.objects.get(pk=completed.pk)
    assert (enrolment.status, enrolment.progress_percent) == (Enrolment.Status.IN_PROGRESS, 50)
    assert enrolment.started_at == NEXT_YEAR

    later = NEXT_YEAR + datetime.timedelta(days=2)
    with django_capture_on_commit_callbacks(execute=True):
        do_lessons(officer, lessons[2:], later)
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.COMPLETED
    assert enrolment.completed_at == later + datetime.timedelta(minutes=1)
    assert signals["completed"] == [(enrolment.pk, enrolment.completed_at)]


def test_time_spent_keeps_adding_up_across_rounds(completed, officer, lessons):
    Enrolment.objects.filter(pk=completed.pk).update(seconds_spent=600)
    services.start_new_cycle(completed, now=NEXT_YEAR)
    enrolment = Enrolment.objects.get(pk=completed.pk)
    assert enrolment.seconds_spent == 600
    assert EnrolmentCycle.objects.get(enrolment=enrolment).seconds_spent == 600


def test_an_enrolment_not_completed_gets_no_new_round(enrolled_officer, course, lessons, signals):
    services.mark_item_done(enrolled_officer, lessons[0], now=FIRST)
    enrolment = Enrolment.objects.get(user=enrolled_officer, course=course)
    services.start_new_cycle(enrolment, now=NEXT_YEAR)
    enrolment.refresh_from_db()
    assert (enrolment.cycle, enrolment.progress_percent) == (1, 25)
    assert not EnrolmentCycle.objects.exists()
    assert signals["rounds"] == []


def test_opening_a_round_twice_opens_one(completed, signals):
    services.start_new_cycle(completed, now=NEXT_YEAR)
    services.start_new_cycle(completed, now=NEXT_YEAR + datetime.timedelta(minutes=5))
    assert Enrolment.objects.get(pk=completed.pk).cycle == 2
    assert EnrolmentCycle.objects.count() == 1
    assert len(signals["rounds"]) == 1


def test_a_caller_late_by_a_round_opens_none(completed, officer, lessons, signals):
    enrolment = services.start_new_cycle(completed, now=NEXT_YEAR)
    do_lessons(officer, lessons, NEXT_YEAR + datetime.timedelta(days=1))
    # Another worker read the enrolment before the new round and asks for a completion newer
    # than the first one: the second round's completion is, so nothing is reset.
    services.start_new_cycle(
        completed, completed_before=FIRST + datetime.timedelta(days=1), now=NEXT_YEAR
    )
    enrolment.refresh_from_db()
    assert (enrolment.cycle, enrolment.status) == (2, Enrolment.Status.COMPLETED)
    assert len(signals["rounds"]) == 1


def test_a_course_done_in_an_earlier_round_still_counts_as_a_prerequisite(
    completed, officer, course, rf
):
    advanced = CoursePageFactory(title="An toàn thông tin nâng cao", slug="nang-cao")
    LessonPageFactory(parent=advanced, title="Bài nâng cao", slug="bai-nang-cao")
    advanced.prerequisite_links.create(prerequisite=course)
    services.start_new_cycle(completed, now=NEXT_YEAR)
    request = rf.get("/")
    request.user = officer
    context = course_context(advanced, request)
    assert context["missing_prerequisites"] == []
