"""Signed-in page throughput under production settings and gunicorn, as ratios.

For each database (SQLite, and PostgreSQL with Redis when they answer on this machine) the
demo is loaded into a throwaway database, gunicorn serves it with production settings and
BENCH_PAGES_WORKERS sync workers (2 by default), and wrk (BENCH_PAGES_SECONDS per page, 10 by
default) requests, as the demo officer signed in: a bare view that only reads the signed-in
user (``/bench/signed-in/``, from ``bench/urls.py``, never in the production URLconf), then the
lesson page, the course page, the catalogue, ``/my/`` and the home page. Each page's requests
per second are printed divided by the bare view's, measured in the same run on the same server,
so the figures compare across machines; the targets are the lesson page at 0.5 or more and the
others at 0.35 or more.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"lesson": 0.5, "course": 0.35, "catalogue": 0.35, "my": 0.35, "home": 0.35}
SESSION_SNIPPET = """
import json
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from courses.models import CoursePage, Enrolment
from people.models import User

user = User.objects.get(email="officer@example.org")
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
enrolment = (
    Enrolment.objects.filter(user=user, completed_at__isnull=True)
    .select_related("course").order_by("-last_activity_at").first()
)
course = enrolment.course
pages = course.get_children().live().specific()
lesson = [p for p in pages if p._meta.model_name == "lessonpage"][0]
print(json.dumps({
    "cookie": f"{settings.SESSION_COOKIE_NAME}={session.session_key}",
    "course": course.url, "lesson": lesson.url,
}))
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _postgres_answers() -> bool:
    for port in (5432, 6379):
        with socket.socket() as sock:
            sock.settimeout(1)
            if sock.connect_ex(("127.0.0.1", port)) != 0:
                return False
    return True


def _manage(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def _wrk(url: str, cookie: str, seconds: int) -> float:
    done = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", "-H", f"Cookie: {cookie}", url],
        capture_output=True,
        text=True,
        check=True,
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", done.stdout)
    if non_2xx:
        raise RuntimeError(f"{url}: {non_2xx.group(1)} answers were errors\n{done.stdout}")
    found = re.search(r"Requests/sec:\s+([\d.]+)", done.stdout)
    if not found:
        raise RuntimeError(f"wrk printed no rate for {url}:\n{done.stdout}")
    return float(found.group(1))


def _measure(label: str, env: dict[str, str], folder: Path) -> bool:
    import json

    print(f"  {label}")
    _manage({**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}, "migrate", "--noinput")
    _manage({**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}, "seed_demo", "-v0")
    _manage({**env}, "collectstatic", "--noinput", "-v0")
    out = _manage({**env}, "shell", "-c", SESSION_SNIPPET)
    found = json.loads(out.strip().splitlines()[-1])
    port = _free_port()
    workers = os.environ.get("BENCH_PAGES_WORKERS", "2")
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "bench.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            workers,
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=(folder / "gunicorn.log").open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=2)  # noqa: S310
                break
            except OSError:
                time.sleep(0.5)
        seconds = int(os.environ.get("BENCH_PAGES_SECONDS", "10"))
        urls = {
            "bare": "/bench/signed-in/",
            "lesson": found["lesson"],
            "course": found["course"],
            "catalogue": "/courses/",
            "my": "/my/",
            "home": "/",
        }
        rates = {}
        for name, path in urls.items():
            _wrk(base + path, found["cookie"], 2)  # warm-up
            rates[name] = _wrk(base + path, found["cookie"], seconds)
        ok = True
        print(f"    {'bare signed-in view':<28} {rates['bare']:>8.0f} req/s")
        for name, target in TARGETS.items():
            ratio = rates[name] / rates["bare"]
            met = ratio >= target
            ok = ok and met
            print(
                f"    {name + ' ' + urls[name]:<28} {rates[name]:>8.0f} req/s  "
                f"ratio {ratio:.2f}  target {target:.2f}: {'met' if met else 'MISSED'}"
            )
        return ok
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def run() -> bool:
    if not shutil.which("wrk"):
        print("Page throughput: wrk is missing (make bench installs it)")
        return False
    workers = os.environ.get("BENCH_PAGES_WORKERS", "2")
    print(f"Page throughput (production settings, gunicorn, {workers} sync workers)")
    ok = True
    with tempfile.TemporaryDirectory(prefix="kns-bench-pages-") as name:
        folder = Path(name)
        common = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "SECRET_KEY": "bench-only-" + secrets.token_hex(24),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_HSTS_SECONDS": "0",
            "SECURE_HSTS_PRELOAD": "false",
            "STORAGE_BACKEND": "filesystem",
            "MEDIA_ROOT": str(folder / "media"),
            "PRIVATE_MEDIA_ROOT": str(folder / "private"),
            "CERTIFICATE_SIGNING_KEY": str(folder / "signing.key"),
            "CERTIFICATE_SIGNING_CERT": str(folder / "signing.crt"),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "LOG_LEVEL": "WARNING",
            "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        }
        common.pop("REDIS_URL", None)
        _manage(
            {**common, "DJANGO_SETTINGS_MODULE": "config.settings.dev"},
            "create_signing_key",
            "--if-missing",
        )
        sqlite = {**common, "DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}"}
        ok = _measure("SQLite", sqlite, folder) and ok
        if _postgres_answers():
            database = f"kns_bench_{os.getpid()}"
            import psycopg

            admin = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{database}"')
            try:
                postgres = {
                    **common,
                    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
                    "REDIS_URL": "redis://127.0.0.1:6379/14",
                }
                ok = _measure("PostgreSQL + Redis", postgres, folder) and ok
            finally:
                with psycopg.connect(admin, autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        else:
            print("  PostgreSQL + Redis: not reachable on 127.0.0.1, skipped")
    return ok
