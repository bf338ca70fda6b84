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


def test_the_demo_officer_has_an_overdue_and_a_coming_assignment(
    signing_settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
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


def test_loading_the_demo_twice_changes_nothing(
    signing_settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    first = snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    assert snapshot() == first


def test_without_a_signing_key_the_demo_loads_and_says_what_to_do(settings, tmp_path, capsys):
    settings.CERTIFICATE_SIGNING_KEY = str(tmp_path / "none.key")
    settings.CERTIFICATE_SIGNING_CERT = str(tmp_path / "none.crt")
    call_command("seed_demo", verbosity=2)
    assert "create_signing_key" in capsys.readouterr().out
    assert Assignment.objects.count() == 3
    assert not Certificate.objects.exists()
