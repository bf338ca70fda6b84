"""Signed-in page throughput under production settings and gunicorn, as ratios.

For each database (SQLite, and PostgreSQL when it answers on this machine; Redis as the cache,
which production settings require, for both) the
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

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from bench.serving import answers, gunicorn, manage, production_env, throwaway_postgres

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
    print(f"  {label}")
    manage({**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}, "migrate", "--noinput")
    manage({**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}, "seed_demo", "-v0")
    manage({**env}, "collectstatic", "--noinput", "-v0")
    found = json.loads(manage({**env}, "shell", "-c", SESSION_SNIPPET).strip().splitlines()[-1])
    workers = int(os.environ.get("BENCH_PAGES_WORKERS", "2"))
    with gunicorn(env, workers, folder / "gunicorn.log") as server:
        base = f"http://127.0.0.1:{server.port}"  # type: ignore[attr-defined]
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


def run() -> bool:
    if not shutil.which("wrk"):
        print("Page throughput: wrk is missing (make bench installs it)")
        return False
    if not answers(6379):
        print("Page throughput: needs Redis on 127.0.0.1:6379 (production settings require it)")
        return False
    workers = os.environ.get("BENCH_PAGES_WORKERS", "2")
    print(f"Page throughput (production settings, gunicorn, {workers} sync workers)")
    ok = True
    with tempfile.TemporaryDirectory(prefix="kns-bench-pages-") as name:
        folder = Path(name)
        # Production refuses a cache kept in each process: both runs use Redis, each in a
        # database of its own emptied first.
        common = production_env(folder, "redis://127.0.0.1:6379/13")
        manage(
            {**common, "DJANGO_SETTINGS_MODULE": "config.settings.dev"},
            "create_signing_key",
            "--if-missing",
        )
        sqlite = {**common, "DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}"}
        ok = _measure("SQLite + Redis", sqlite, folder) and ok
        if answers(5432):
            with throwaway_postgres("pages") as url:
                postgres = production_env(folder, "redis://127.0.0.1:6379/14", DATABASE_URL=url)
                ok = _measure("PostgreSQL + Redis", postgres, folder) and ok
        else:
            print("  PostgreSQL: not reachable on 127.0.0.1:5432, skipped")
    return ok
