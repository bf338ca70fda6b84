"""Background tasks in the Wagtail admin: administrators see every task and retry failed ones;
nobody else sees them."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from wagtail.models import ModelLogEntry

from quizzes.tasks import close_overdue_attempts

pytestmark = pytest.mark.django_db
QUEUES = ["default", "exports", "reminders"]


@pytest.fixture
def tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": QUEUES}}
    done = DBTaskResult.objects.get(pk=close_overdue_attempts.enqueue().id)
    done.claim("worker-1")
    done.set_successful(0)
    failed = DBTaskResult.objects.get(pk=close_overdue_attempts.enqueue().id)
    failed.claim("worker-1")
    failed.set_failed(RuntimeError("SMTP server refused the connection"))
    queued = DBTaskResult.objects.get(pk=close_overdue_attempts.enqueue().id)
    return {"done": done, "failed": failed, "queued": queued}


def test_an_administrator_sees_every_task_with_its_state(client, administrator, tasks):
    client.force_login(administrator)
    client.cookies["kns_language"] = "en"
    page = client.get(reverse("operations_tasks:index"))
    assert page.status_code == 200
    text = page.content.decode()
    for label in ("Queued", "Finished", "Failed", "RuntimeError", "close_overdue_attempts"):
        assert label in text
    failed_only = client.get(reverse("operations_tasks:index"), {"status": "FAILED"})
    assert failed_only.content.decode().count("RuntimeError") >= 1
    assert "Finished" not in failed_only.content.decode().split("<tbody")[-1]


def test_the_failed_task_shows_its_error_and_a_retry_button(client, administrator, tasks):
    client.force_login(administrator)
    client.cookies["kns_language"] = "en"
    page = client.get(reverse("operations_tasks:inspect", args=[tasks["failed"].pk]))
    text = page.content.decode()
    assert "SMTP server refused the connection" in text
    assert reverse("operations_tasks:retry", args=[tasks["failed"].pk]) in text
    done = client.get(reverse("operations_tasks:inspect", args=[tasks["done"].pk]))
    assert "/retry/" not in done.content.decode()


def test_retrying_queues_the_task_again_and_logs_it(client, administrator, tasks):
    client.force_login(administrator)
    failed = tasks["failed"]
    response = client.post(reverse("operations_tasks:retry", args=[failed.pk]))
    assert response.status_code == 302
    failed.refresh_from_db()
    assert failed.status == "READY" and not failed.traceback and failed.worker_ids == []
    entry = ModelLogEntry.objects.get(action="operations.retry_task")
    assert entry.user == administrator
    assert entry.data["error"] == "builtins.RuntimeError"


def test_only_a_failed_task_can_be_retried(client, administrator, tasks):
    client.force_login(administrator)
    response = client.post(reverse("operations_tasks:retry", args=[tasks["done"].pk]), follow=True)
    assert response.status_code == 200
    tasks["done"].refresh_from_db()
    assert tasks["done"].status == "SUCCESSFUL"
    assert not ModelLogEntry.objects.filter(action="operations.retry_task").exists()


def test_retry_is_a_post(client, administrator, tasks):
    client.force_login(administrator)
    response = client.get(reverse("operations_tasks:retry", args=[tasks["failed"].pk]))
    assert response.status_code == 405


@pytest.mark.parametrize("persona", ["trainer", "manager", "officer", "outsider"])
def test_nobody_else_sees_or_retries_tasks(client, request, persona, tasks):
    client.force_login(request.getfixturevalue(persona))
    index = client.get(reverse("operations_tasks:index"))
    assert index.status_code in (302, 403)
    inspect = client.get(reverse("operations_tasks:inspect", args=[tasks["failed"].pk]))
    assert inspect.status_code in (302, 403)
    retry = client.post(reverse("operations_tasks:retry", args=[tasks["failed"].pk]))
    assert retry.status_code in (302, 403)
    tasks["failed"].refresh_from_db()
    assert tasks["failed"].status == "FAILED"


def test_signed_out_visitors_are_sent_to_sign_in(client, tasks):
    response = client.post(reverse("operations_tasks:retry", args=[tasks["failed"].pk]))
    assert response.status_code in (302, 403)
    tasks["failed"].refresh_from_db()
    assert tasks["failed"].status == "FAILED"
