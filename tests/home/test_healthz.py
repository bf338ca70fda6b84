"""/healthz checks every part the deployment uses and names the parts that are down; /livez
only says the application answers; with Redis unreachable every page still serves."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import caches

from operations.worker import beat

ROOT = Path(__file__).resolve().parents[2]
CLOSED_REDIS = "redis://127.0.0.1:1/0"  # nothing listens on port 1


def fail_open_cache(location):
    return {
        "default": {
            "BACKEND": "config.cache.FailOpenRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": "kns-test",
        }
    }


@pytest.mark.django_db
def test_healthz_answers_200_when_every_part_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "database": "ok",
        "cache": "ok",
        "worker": "not used",
        "storage": "ok",
    }


def test_livez_answers_without_touching_anything(client):
    response = client.get("/livez")  # no database access allowed in this test
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_healthz_answers_503_when_the_database_is_unreachable():
    # A real unreachable server (nothing listens on port 1), in a separate process.
    script = (
        "import django, json; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/healthz');"
        "print(json.dumps({'status': r.status_code, 'body': r.json()}))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/unreachable",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["status"] == 503
    assert answer["body"]["status"] == "error"
    assert answer["body"]["down"] == ["database"]
    assert answer["body"]["database"] == "unavailable"


@pytest.fixture
def redis_down(settings):
    settings.CACHES = fail_open_cache(CLOSED_REDIS)
    yield
    caches["default"].close()


@pytest.mark.django_db
@pytest.mark.usefixtures("redis_down")
def test_with_redis_unreachable_main_pages_serve_and_healthz_names_the_cache(
    client, officer, course
):
    for path in ["/", "/accounts/login/", "/verify/"]:
        assert client.get(path).status_code == 200, path
    client.force_login(officer)
    for path in ["/", "/my/", course.url]:
        assert client.get(path).status_code == 200, path
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["down"] == ["cache"]
    assert body["cache"] == "unavailable" and body["database"] == "ok"


@pytest.mark.django_db
@pytest.mark.usefixtures("redis_down")
def test_signing_in_works_with_redis_unreachable(client, officer):
    officer.set_password("mat-khau-dai-12")
    officer.save()
    response = client.post(
        "/accounts/login/", {"login": officer.email, "password": "mat-khau-dai-12"}
    )
    assert response.status_code == 302
    assert client.get("/my/").status_code == 200


@pytest.mark.django_db
def test_healthz_uses_the_real_redis_when_it_answers(client, settings):
    settings.CACHES = fail_open_cache("redis://127.0.0.1:6379/15")
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["cache"] == "ok"
    caches["default"].close()


@pytest.mark.django_db
def test_healthz_reports_the_worker_down_until_it_beats(client, settings):
    settings.TASKS = {
        "default": {"BACKEND": settings.DATABASE_TASKS_BACKEND, "QUEUES": settings.TASK_QUEUES}
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["down"] == ["worker"]
    beat("worker-1")
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["worker"] == "ok"
