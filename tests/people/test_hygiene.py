"""The daily hygiene jobs: unused accounts are deactivated (results kept, owner told how to get
back in, logged), and audit entries older than the retention period are deleted."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from people.models import Officer
from people.tasks import apply_retention, deactivate_inactive_accounts
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db


def _days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def _unused(user, days=50):
    type(user).objects.filter(pk=user.pk).update(
        last_login=_days_ago(days), date_joined=_days_ago(200)
    )


def test_an_account_unused_for_45_days_is_deactivated_by_the_daily_job(officer, trainer):
    _unused(officer)
    _unused(trainer, days=10)
    result = deactivate_inactive_accounts.enqueue()
    assert result.return_value["deactivated"] == 1
    assert result.return_value["emails"] == [officer.email]
    officer.refresh_from_db()
    trainer.refresh_from_db()
    assert not officer.is_active
    assert trainer.is_active
    assert not Officer.objects.get(user=officer).active
    entry = ModelLogEntry.objects.get(action="people.deactivated")
    assert entry.object_id == str(officer.pk)
    assert entry.user is None


def test_the_owner_is_told_how_to_get_back_in_in_their_language(officer):
    _unused(officer)
    deactivate_inactive_accounts.enqueue()
    message = mail.outbox[-1]
    assert message.to == [officer.email]
    assert "ngừng kích hoạt" in message.subject
    assert "/accounts/login/" in message.body
    assert "quản trị viên" in message.body


def test_an_account_never_used_counts_from_the_day_it_was_given(officer):
    type(officer).objects.filter(pk=officer.pk).update(last_login=None, date_joined=_days_ago(10))
    assert deactivate_inactive_accounts.enqueue().return_value["deactivated"] == 0


def test_a_reactivated_account_gets_a_new_period(officer):
    _unused(officer)
    deactivate_inactive_accounts.enqueue()
    officer.refresh_from_db()
    officer.is_active = True
    officer.save()
    assert officer.reactivated_at is not None
    assert deactivate_inactive_accounts.enqueue().return_value["deactivated"] == 0
    officer.refresh_from_db()
    assert officer.is_active


def test_superusers_and_a_zero_setting_are_left_alone(settings, officer):
    root = UserFactory(is_superuser=True)
    _unused(root)
    assert deactivate_inactive_accounts.enqueue().return_value["deactivated"] == 0
    _unused(officer)
    settings.ACCOUNT_INACTIVE_DAYS = 0
    assert deactivate_inactive_accounts.enqueue().return_value["deactivated"] == 0


def test_audit_entries_older_than_the_retention_period_are_deleted(officer, administrator):
    old = log(instance=officer, action="people.sign_in", user=officer)
    recent = log(instance=officer, action="people.sign_out", user=officer)
    ModelLogEntry.objects.filter(pk=old.pk).update(timestamp=_days_ago(400))
    result = apply_retention.enqueue()
    assert result.return_value["model_entries"] == 1
    assert not ModelLogEntry.objects.filter(pk=old.pk).exists()
    assert ModelLogEntry.objects.filter(pk=recent.pk).exists()


def test_both_jobs_are_on_the_schedule_for_real():
    from operations.schedule import job_named
    from operations.scheduler import resolve

    for name in ("deactivate_inactive_accounts", "apply_retention"):
        job = job_named(name)
        assert not job.optional
        assert resolve(job) is not None
