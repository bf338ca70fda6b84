"""The tracker's demo data: an overdue assignment for the demo officer, one due next week, a
certificate for a completed course and some feedback; loading twice changes nothing."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from certificates.models import Certificate
from tracker.models import Assignment, AssignmentTarget, CourseFeedback, TargetStatus

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        sorted(Assignment.objects.values_list("course__slug", "unit__code", "due_on")),
        AssignmentTarget.objects.count(),
        sorted(Certificate.objects.values_list("user__email", "course__slug")),
        CourseFeedback.objects.count(),
    )


def test_the_demo_officer_has_an_overdue_and_a_coming_assignment(shared_demo):
    today = timezone.localdate()
    targets = {
        t.course.slug: t
        for t in AssignmentTarget.objects.filter(user__email="officer@example.org").select_related(
            "course"
        )
    }
    assert targets["an-toan-thong-tin"].due_on == today - datetime.timedelta(days=5)
    assert targets["an-toan-thong-tin"].status == TargetStatus.OVERDUE
    assert targets["ky-nang-du-lieu"].due_on == today + datetime.timedelta(days=7)
    certificate = Certificate.objects.get(user__email="officer@example.org")
    assert certificate.course.slug == "phan-tich-va-tong-hop"
    assert certificate.mark is not None
    assert CourseFeedback.objects.filter(skipped=False).count() == 4


def test_loading_the_demo_twice_changes_nothing(shared_demo, django_capture_on_commit_callbacks):
    first = snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    assert snapshot() == first
