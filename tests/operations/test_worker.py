"""The task worker: runs queued tasks, queues again the tasks of a worker that died, and fails
a task whose workers keep dying."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from operations.worker import Liveness, lock_key, new_worker_id, requeue_orphaned_tasks
from quizzes.tasks import close_overdue_attempts
from reports.models import ExportJob

ROOT = Path(__file__).resolve().parents[2]
QUEUES = ["default", "exports", "reminders"]
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": QUEUES}}
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="worker liveness uses PostgreSQL advisory locks"
)


@pytest.fixture
def db_tasks(settings, monkeypatch):
    """The database backend; the worker runs in this test's transaction. (Between tasks it
    closes connections that are inside a transaction, which would close the test's own.)"""
    from django_tasks_db.management.commands import db_worker

    settings.TASKS = DB_TASKS
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    return settings


def _claimed(worker_id: str, *, losses: int = 0) -> DBTaskResult:
    result = close_overdue_attempts.enqueue()
    row = DBTaskResult.objects.get(pk=result.id)
    row.worker_ids = [f"dead-{n}" for n in range(losses)]
    row.claim(worker_id)
    return row


def test_worker_ids_are_unique_and_fit_the_column():
    first, second = new_worker_id(), new_worker_id()
    assert first != second and len(first) <= 64
    assert -(2**31) <= lock_key(first) < 2**31


@pytest.mark.django_db
def test_the_worker_runs_queued_tasks_of_every_queue(db_tasks):
    close_overdue_attempts.enqueue()
    call_command("run_worker", "--batch", "--queue-name", "*", "--no-startup-delay", "-v0")
    result = DBTaskResult.objects.get()
    assert result.status == "SUCCESSFUL"
    assert result.return_value == 0
    assert len(result.worker_ids) == 1


@pytest.mark.django_db
def test_the_worker_refuses_to_serve_another_backend(settings):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="not a database backend"):
        call_command("run_worker", "--batch", "-v0")


@postgresql_only
@pytest.mark.django_db
def test_a_task_whose_worker_died_is_queued_again_and_one_alive_is_left_alone(db_tasks):
    alive = Liveness("worker-alive")
    try:
        running = _claimed("worker-alive")
        orphan = _claimed("worker-killed")
        assert requeue_orphaned_tasks("default") == [str(orphan.pk)]
    finally:
        alive.close()
    orphan.refresh_from_db()
    running.refresh_from_db()
    assert orphan.status == "READY" and orphan.started_at is None
    assert running.status == "RUNNING"
    # Once its worker is gone too, the other one is queued again.
    assert requeue_orphaned_tasks("default") == [str(running.pk)]


@postgresql_only
@pytest.mark.django_db
def test_a_task_whose_workers_keep_dying_is_failed_for_an_administrator(db_tasks, settings):
    settings.TASKS_MAX_WORKER_LOSSES = 3
    orphan = _claimed("worker-killed", losses=2)
    requeue_orphaned_tasks("default")
    orphan.refresh_from_db()
    assert orphan.status == "FAILED"
    assert orphan.exception_class_path == "operations.worker.WorkerLost"
    assert "died 3 times" in orphan.traceback


@pytest.mark.django_db
def test_a_restarted_worker_finishes_the_task_its_predecessor_was_running(db_tasks):
    """The worker is killed mid-task (its task stays "running"); the next one runs it."""
    orphan = _claimed("killed-" + new_worker_id())
    call_command("run_worker", "--batch", "--queue-name", "*", "--no-startup-delay", "-v0")
    orphan.refresh_from_db()
    assert orphan.status == "SUCCESSFUL"
    assert len(orphan.worker_ids) == 2


@pytest.mark.django_db
def test_a_large_export_is_made_by_the_worker_with_its_progress(client, db_tasks, manager, org):
    db_tasks.REPORTS_EXPORT_INLINE_ROWS = 0
    client.force_login(manager)
    url = reverse("reports:manage_unit", args=[org.province_a.pk])
    response = client.get(url, {"export": "xlsx", "table": "officers"})
    job = ExportJob.objects.get()
    assert response["Location"] == reverse("reports:export_job", args=[job.token])
    assert job.status == ExportJob.Status.PENDING
    page = client.get(response["Location"]).content.decode()
    assert "reports/export_job.js" in page and 'http-equiv="refresh"' in page
    status = client.get(reverse("reports:export_job_status", args=[job.token])).json()
    assert status["status"] == "pending" and not status["finished"]

    call_command("run_worker", "--batch", "--queue-name", "exports", "--no-startup-delay", "-v0")
    job.refresh_from_db()
    assert job.status == ExportJob.Status.DONE and job.rows and job.percent == 100
    status = client.get(reverse("reports:export_job_status", args=[job.token])).json()
    assert status["finished"] and status["percent"] == 100
    page = client.get(reverse("reports:export_job", args=[job.token])).content.decode()
    assert reverse("reports:export_download", args=[job.token]) in page
    assert "export_job.js" not in page
    assert DBTaskResult.objects.get(task_path="reports.tasks.make_export").queue_name == "exports"


@postgresql_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_under_production_settings_the_worker_makes_a_queued_export(
    django_db_blocker, manager, org, tmp_path
):
    """The acceptance path: production settings, the database backend, `manage.py run_worker`."""
    from reports.services import ExportSpec
    from tests.factories.reports import ExportLogFactory

    spec = ExportSpec(view="unit", format="csv", table="officers", unit_id=org.province_a.pk)
    log = ExportLogFactory(user=manager, unit=org.province_a, background=True)
    job = ExportJob.objects.create(user=manager, log=log, request=spec.as_dict(), title="x")
    DBTaskResult.objects.create(
        args_kwargs={"args": [job.pk], "kwargs": {}},
        task_path="reports.tasks.make_export",
        queue_name="exports",
        backend_name="default",
        run_after="9999-01-01T00:00:00Z",
    )
    settings_dict = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "worker-test-" + "x" * 50,
        "ALLOWED_HOSTS": "example.org",
        "SITE_URL": "https://example.org",
        "DATABASE_URL": (
            f"postgres://{settings_dict['USER']}@{settings_dict['HOST'] or '127.0.0.1'}:"
            f"{settings_dict['PORT'] or 5432}/{settings_dict['NAME']}"
        ),
        "REDIS_URL": "redis://127.0.0.1:6379/15",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
    }
    env.pop("TASKS_BACKEND", None)
    completed = subprocess.run(
        [sys.executable, "manage.py", "run_worker", "--batch", "--queue-name", "*",
         "--no-startup-delay"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    job.refresh_from_db()
    assert job.status == ExportJob.Status.DONE, job.error
    assert (tmp_path / "private" / job.file.name).read_bytes().startswith(b"\xef\xbb\xbf")
    assert not (tmp_path / "media" / job.file.name).exists()  # never in the public folder
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


@pytest.mark.django_db
def test_only_the_person_who_asked_sees_how_far_an_export_is(client, db_tasks, manager, org):
    from tests.factories.people import UserFactory

    db_tasks.REPORTS_EXPORT_INLINE_ROWS = 0
    client.force_login(manager)
    url = reverse("reports:manage_unit", args=[org.province_a.pk])
    client.get(url, {"export": "csv", "table": "officers"})
    job = ExportJob.objects.get()
    ExportJob.objects.filter(pk=job.pk).update(status="running", rows_written=3, rows_expected=4)
    client.cookies["kns_language"] = "en"
    status = client.get(reverse("reports:export_job_status", args=[job.token])).json()
    assert status["percent"] == 75
    assert status["message"] == "Being made: 3 of about 4 rows (75%)."
    client.force_login(UserFactory())
    assert client.get(reverse("reports:export_job_status", args=[job.token])).status_code == 404
    client.logout()
    response = client.get(reverse("reports:export_job_status", args=[job.token]))
    assert response.status_code == 302


@postgresql_only
@pytest.mark.django_db
def test_the_watch_while_running_waits_for_a_second_look_before_queueing_again(db_tasks):
    orphan = _claimed("worker-gone")
    suspects: set[str] = set()
    assert requeue_orphaned_tasks("default", confirmed=suspects) == []
    assert suspects == {str(orphan.pk)}
    assert requeue_orphaned_tasks("default", confirmed=suspects) == [str(orphan.pk)]
    orphan.refresh_from_db()
    assert orphan.status == "READY"


@postgresql_only
@pytest.mark.django_db
def test_a_worker_takes_its_lock_again_after_losing_its_connection(db_tasks):
    alive = Liveness("worker-blinked")
    try:
        running = _claimed("worker-blinked")
        alive.connection.close()
        alive.ensure()
        assert requeue_orphaned_tasks("default") == []
        running.refresh_from_db()
        assert running.status == "RUNNING"
    finally:
        alive.close()
