"""The scheduler: every job declared once, each handed to the worker once per slot however many
schedulers run."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django_tasks.base import Task
from django_tasks_db.models import DBTaskResult

from operations.models import ScheduledRun
from operations.schedule import JOBS, Job, job_named
from operations.scheduler import build_scheduler, fire, resolve, slot_for

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
DB_TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "exports", "reminders"],
    }
}


def test_every_job_has_a_unique_name_and_a_task_or_is_marked_optional():
    assert len({job.name for job in JOBS}) == len(JOBS)
    for job in JOBS:
        task = resolve(job)
        assert task is not None or job.optional, job.name
        assert task is None or isinstance(task, Task)


def test_the_periodic_jobs_of_the_product_are_declared_at_their_times():
    assert job_named("close_overdue_attempts").cron == "* * * * *"
    assert job_named("refresh_report_snapshots").cron == "*/15 * * * *"
    assert job_named("send_reminders").cron == "0 6 * * *"
    assert job_named("publish_scheduled").task == "operations.tasks.publish_scheduled"
    assert {"deactivate_inactive_accounts", "apply_retention"} <= {job.name for job in JOBS}


def test_a_job_whose_task_does_not_exist_is_refused_unless_optional():
    with pytest.raises(ImportError):
        resolve(Job("x", "operations.tasks.no_such_task", "* * * * *", "x"))
    assert (
        resolve(Job("x", "operations.tasks.no_such_task", "* * * * *", "x", optional=True)) is None
    )


def test_the_scheduler_skips_optional_jobs_whose_task_is_missing():
    scheduler, skipped = build_scheduler()
    names = {job.id for job in scheduler.get_jobs()}
    assert "close_overdue_attempts" in names
    assert all(job.name not in names for job in skipped)
    assert all(job.optional for job in skipped)


def test_two_schedulers_a_little_apart_agree_on_the_slot():
    job = job_named("close_overdue_attempts")
    early = datetime.datetime(2026, 6, 1, 9, 59, 58, tzinfo=ZONE)
    late = datetime.datetime(2026, 6, 1, 10, 0, 3, tzinfo=ZONE)
    assert slot_for(job, early) == slot_for(job, late)
    assert slot_for(job, late) == datetime.datetime(2026, 6, 1, 3, 0, tzinfo=ZoneInfo("UTC"))


def test_a_quarter_hourly_job_fired_late_keeps_its_slot():
    job = job_named("refresh_report_snapshots")
    now = datetime.datetime(2026, 6, 1, 10, 15, 20, tzinfo=ZONE)
    assert slot_for(job, now) == datetime.datetime(2026, 6, 1, 10, 15, tzinfo=ZONE)


@pytest.mark.django_db
def test_a_job_is_handed_to_the_worker_once_per_slot(settings):
    settings.TASKS = DB_TASKS
    job = job_named("close_overdue_attempts")
    slot = datetime.datetime(2026, 6, 1, 3, 0, tzinfo=ZoneInfo("UTC"))
    first = fire(job, slot, scheduler="one")
    second = fire(job, slot, scheduler="two")
    assert first.enqueued and not second.enqueued
    run = ScheduledRun.objects.get()
    assert (run.job, run.slot, run.scheduler) == (job.name, slot, "one")
    task = DBTaskResult.objects.get()
    assert str(task.pk) == run.task_result_id
    assert task.task_path == "quizzes.tasks.close_overdue_attempts"
    assert task.status == "READY"
    third = fire(job, slot + datetime.timedelta(minutes=1), scheduler="two")
    assert third.enqueued and DBTaskResult.objects.count() == 2


@pytest.mark.django_db
def test_reminders_go_to_their_own_queue(settings):
    settings.TASKS = DB_TASKS
    fire(job_named("send_reminders"), datetime.datetime(2026, 6, 1, tzinfo=ZoneInfo("UTC")))
    assert DBTaskResult.objects.get().queue_name == "reminders"


@pytest.mark.django_db
def test_run_scheduler_lists_jobs_and_fires_one_by_hand(settings, capsys):
    settings.TASKS = DB_TASKS
    call_command("run_scheduler", "--list")
    listing = capsys.readouterr().out
    assert "close_overdue_attempts" in listing and "thiếu tác vụ" not in listing
    assert "people.tasks.deactivate_inactive_accounts (sẵn sàng)" in listing
    call_command("run_scheduler", "--now", "refresh_report_snapshots")
    assert "đã giao cho tiến trình xử lý" in capsys.readouterr().out
    call_command("run_scheduler", "--now", "refresh_report_snapshots")
    assert "không giao" in capsys.readouterr().out
    assert DBTaskResult.objects.get().task_path == "reports.tasks.refresh_snapshots_task"


@pytest.mark.django_db
def test_a_scheduled_job_run_in_process_does_its_work(settings):
    """With in-process tasks (make run) a fired job runs at once: scheduled publishing here."""
    result = fire(
        job_named("publish_scheduled"), datetime.datetime(2026, 6, 1, tzinfo=ZoneInfo("UTC"))
    )
    assert result.enqueued
    assert ScheduledRun.objects.filter(job="publish_scheduled").count() == 1
