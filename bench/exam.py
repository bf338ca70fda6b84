"""Exam day: N officers start a timed quiz at the same moment, save every 3 to 10 seconds, and
submit, against production settings and gunicorn (BENCH_EXAM_WORKERS sync workers, 4 by
default), on SQLite and on PostgreSQL when it answers on this machine (Redis as the cache).

The demo is loaded into a throwaway database; BENCH_EXAM_OFFICERS officers (1,000 by default)
are enrolled in the demo quiz's course, each with a session made directly (no password is
hashed); with BENCH_EXAM_PREPARED (on by default) their attempts are prepared first, as the
worker does before a quiz opens. locust (headless, ``bench/exam_locustfile.py``) plays the
officers for BENCH_EXAM_SECONDS of answering (120 by default). Printed: start (the POST that
answers with the attempt page) p50/p95, save p50/p95/p99, submit p95 and the count of 5xx
answers; then the database is checked: every answer the server acknowledged is stored, and
every attempt is finished and graded once. Each figure is compared with its target. Before the
exam, the same officers make the same burst against the bare signed-in view (one request each,
as a start is one: it answers with the attempt's page): its p50/p95 are the floor this machine
and load generator allow, printed with each start figure as a multiple of it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.serving import ROOT, answers, gunicorn, manage, production_env, throwaway_postgres

TARGETS = {"start p95": 3.0, "save p95": 0.3, "submit p95": 1.0}

SETUP_SNIPPET = """
import json
from datetime import timedelta
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.hashers import make_password
from django.contrib.sessions.backends.cached_db import SessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone
from courses.models import Enrolment
from people.models import User
from quizzes import sessions as quiz_sessions
from quizzes.models import QuizPage
from quizzes.services.preparation import prepare_attempts

count = COUNT
quiz = QuizPage.objects.live().filter(time_limit_minutes__gt=0).order_by("pk").first()
course = quiz.course
unusable = make_password(None)
users = User.objects.bulk_create(
    User(email=f"thi-sinh-{n}@bench.example.org", first_name="Thí sinh", last_name=str(n),
         password=unusable)
    for n in range(count)
)
Enrolment.objects.bulk_create(Enrolment(user=user, course=course) for user in users)
now = timezone.now()
store = SessionStore()
rows, keys = [], []
for user in users:
    key = store._get_new_session_key()
    data = {SESSION_KEY: str(user.pk),
            BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend",
            HASH_SESSION_KEY: user.get_session_auth_hash(),
            quiz_sessions.SAVED_AT: int(now.timestamp())}
    rows.append(Session(session_key=key, session_data=store.encode(data),
                        expire_date=now + timedelta(seconds=settings.SESSION_COOKIE_AGE)))
    keys.append(key)
Session.objects.bulk_create(rows, batch_size=500)
prepared = 0
if PREPARE:
    # An exam has an opening time, and its attempts are prepared before it (by the worker, in
    # the half hour before; here at once): the quiz opens now, before the officers arrive.
    quiz.open_at = now
    quiz.save_revision().publish()
    prepared = prepare_attempts(quiz)  # the demo's own learners are prepared for too
print(json.dumps({
    "cookie_name": settings.SESSION_COOKIE_NAME,
    "start_url": quiz.url + quiz.reverse_subpage("start"),
    "quiz_id": quiz.pk, "sessions": keys, "users": [user.pk for user in users],
    "prepared": prepared,
}))
"""

CHECK_SNIPPET = """
import json
from collections import Counter
from quizzes.models import Attempt, QuizGrade, Response
from quizzes.page_answers import answer_from_page
from quizzes.services.attempt_engine import clean_answer

plan = json.load(open(PLAN_FILE))
result = json.load(open(RESULT_FILE))
lost = 0
for attempt_id, answers in result["acknowledged"].items():
    stored = {r.position: r for r in Response.objects.filter(attempt_id=int(attempt_id))}
    for position, value in answers.items():
        response = stored.get(int(position))
        expected = None
        if response is not None:
            expected = clean_answer(response.snapshot, answer_from_page(
                response.snapshot, value, number=int(position) + 1))
        if response is None or response.answer != expected:
            lost += 1
attempts = list(
    Attempt.with_prepared.filter(quiz_id=plan["quiz_id"], user_id__in=plan["users"])
)
started = [a for a in attempts if a.state != Attempt.State.PREPARED]
per_user = Counter(a.user_id for a in started)
ungraded = Response.objects.filter(
    attempt__in=started, mark__isnull=True, needs_marking=False
).exclude(snapshot__type="description").count()
grades = QuizGrade.objects.filter(quiz_id=plan["quiz_id"], user_id__in=per_user)
print(json.dumps({
    "acknowledged": sum(len(a) for a in result["acknowledged"].values()),
    "lost": lost,
    "attempts": len(started),
    "finished": sum(1 for a in started if a.state == Attempt.State.FINISHED),
    "more_than_one": sum(1 for n in per_user.values() if n > 1),
    "ungraded_answers": ungraded,
    "grades_not_once": sum(1 for g in grades if g.attempts != 1) + len(per_user) - len(grades),
}))
"""


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def _measure(label: str, env: dict[str, str], folder: Path, officers: int) -> bool:
    print(f"  {label}")
    dev = {**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    manage(dev, "migrate", "--noinput")
    manage(dev, "seed_demo", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    plan_file = folder / f"plan-{label.split()[0]}.json"
    result_file = folder / f"result-{label.split()[0]}.json"
    prepare = os.environ.get("BENCH_EXAM_PREPARED", "1") == "1"
    setup = SETUP_SNIPPET.replace("COUNT", str(officers)).replace("PREPARE", str(prepare))
    out = manage(env, "shell", "-c", setup)
    plan = json.loads(out.strip().splitlines()[-1])
    plan_file.write_text(json.dumps(plan), encoding="utf-8")
    print(f"    {officers} officers with sessions, {plan['prepared']} attempts prepared")
    workers = int(os.environ.get("BENCH_EXAM_WORKERS", "4"))
    options = ("--backlog", "4096", "--timeout", "120")
    floor_file = folder / f"floor-{label.split()[0]}.json"
    with gunicorn(env, workers, folder / "gunicorn.log", *options) as server:
        base = f"http://127.0.0.1:{server.port}"  # type: ignore[attr-defined]
        # The floor first: the same burst of one bare signed-in view per officer.
        _locust(base, env, officers, plan_file, floor_file, 0.0, "/bench/signed-in/")
        seconds = float(os.environ.get("BENCH_EXAM_SECONDS", "120"))
        _locust(base, env, officers, plan_file, result_file, seconds, "")
    if not result_file.exists():
        print("    locust wrote no result")
        return False
    result = json.loads(result_file.read_text(encoding="utf-8"))
    check = CHECK_SNIPPET.replace("PLAN_FILE", repr(str(plan_file)))
    check_out = manage(env, "shell", "-c", check.replace("RESULT_FILE", repr(str(result_file))))
    check = json.loads(check_out.strip().splitlines()[-1])
    floor: list[float] = []
    if floor_file.exists():
        floor = json.loads(floor_file.read_text(encoding="utf-8"))["timings"]["start"]
    return _report(result, check, officers, floor)


def _locust(
    base: str,
    env: dict[str, str],
    officers: int,
    plan_file: Path,
    result_file: Path,
    seconds: float,
    floor_url: str,
) -> None:
    """Play the officers (or, with ``floor_url``, the floor's burst) against ``base``."""
    spawn_seconds = max(5.0, officers / 100)
    # Before the opening every officer opens the quiz page once (untimed), spread over a window
    # long enough for those views to be served before the start: officers open the page over
    # minutes before an exam, and the start burst is what is measured, not a queue of page
    # views left over from the wait. The window ends 5 seconds before the opening.
    waiting_seconds = max(10.0, officers / 40)
    start_at = time.time() + spawn_seconds + waiting_seconds
    run_time = int(spawn_seconds + waiting_seconds + seconds + 180)
    subprocess.run(
        [
            str(Path(sys.executable).parent / "locust"),
            "-f",
            str(ROOT / "bench" / "exam_locustfile.py"),
            "--headless",
            "--host",
            base,
            "--users",
            str(officers),
            "--spawn-rate",
            str(max(1, int(officers / spawn_seconds) + 1)),
            "--run-time",
            f"{run_time}s",
            "--only-summary",
            "--loglevel",
            "ERROR",
            "--exam-plan",
            str(plan_file),
            "--exam-result",
            str(result_file),
            "--exam-start-at",
            str(start_at),
            "--exam-seconds",
            str(seconds),
            "--exam-floor-url",
            floor_url,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=run_time + 120,
    )


def _report(result: dict, check: dict, officers: int, floor: list[float]) -> bool:
    t = result["timings"]
    floor_p95 = _percentile(floor, 0.95)
    print(
        f"    floor: the same burst of one bare signed-in view per officer, "
        f"p50 {_percentile(floor, 0.5) * 1000:.0f} ms, p95 {floor_p95 * 1000:.0f} ms"
    )
    figures = {
        "start p50": _percentile(t["start"], 0.50),
        "start p95": _percentile(t["start"], 0.95),
        "save p50": _percentile(t["save"], 0.50),
        "save p95": _percentile(t["save"], 0.95),
        "save p99": _percentile(t["save"], 0.99),
        "submit p95": _percentile(t["submit"], 0.95),
    }
    print(
        f"    started {len(t['start'])}/{officers}, saves {len(t['save'])}, "
        f"submitted {len(t['submit'])}/{officers}"
    )
    ok = len(t["start"]) == officers and len(t["submit"]) == officers
    for name, seconds in figures.items():
        line = f"    {name:<11} {seconds * 1000:>9.0f} ms"
        if name in TARGETS:
            met = seconds <= TARGETS[name]
            ok = ok and met
            line += f"  target {TARGETS[name] * 1000:.0f} ms: {'met' if met else 'MISSED'}"
        if name.startswith("start") and floor:
            line += f"  ({seconds / _percentile(floor, float(name[-2:]) / 100):.1f}× the floor)"
        print(line)
    errors = len(result["server_errors"])
    lost = check["lost"]
    ok = ok and errors == 0 and lost == 0
    print(f"    5xx answers {errors:>7}  target 0: {'met' if errors == 0 else 'MISSED'}")
    if result["lost_connections"]:
        print(f"    requests without an answer: {len(result['lost_connections'])}")
    print(
        f"    lost answers {lost:>6} of {check['acknowledged']} acknowledged  target 0: "
        f"{'met' if lost == 0 else 'MISSED'}"
    )
    graded_once = (
        check["finished"] == check["attempts"] == officers
        and check["more_than_one"] == 0
        and check["ungraded_answers"] == 0
        and check["grades_not_once"] == 0
    )
    ok = ok and graded_once
    print(
        f"    attempts {check['attempts']}, finished {check['finished']}, graded once: "
        f"{'yes' if graded_once else 'NO ' + json.dumps(check)}"
    )
    return ok


def run() -> bool:
    if not answers(6379):
        print("Exam day: needs Redis on 127.0.0.1:6379 (production settings require it)")
        return False
    officers = int(os.environ.get("BENCH_EXAM_OFFICERS", "1000"))
    workers = os.environ.get("BENCH_EXAM_WORKERS", "4")
    databases = os.environ.get("BENCH_EXAM_DATABASES", "sqlite,postgresql")
    print(f"Exam day ({officers} officers, production settings, gunicorn, {workers} sync workers)")
    ok = True
    with tempfile.TemporaryDirectory(prefix="kns-bench-exam-") as name:
        folder = Path(name)
        common = production_env(folder, "redis://127.0.0.1:6379/11")
        manage(
            {**common, "DJANGO_SETTINGS_MODULE": "config.settings.dev"},
            "create_signing_key",
            "--if-missing",
        )
        if "sqlite" in databases:
            sqlite = {**common, "DATABASE_URL": f"sqlite:///{folder / 'exam.sqlite3'}"}
            ok = _measure("SQLite + Redis", sqlite, folder, officers) and ok
        if "postgresql" not in databases:
            return ok
        if not answers(5432):
            print("  PostgreSQL: not reachable on 127.0.0.1:5432, skipped")
            return ok
        with throwaway_postgres("exam") as url:
            postgres = production_env(folder, "redis://127.0.0.1:6379/12", DATABASE_URL=url)
            ok = _measure("PostgreSQL + Redis", postgres, folder, officers) and ok
    return ok
