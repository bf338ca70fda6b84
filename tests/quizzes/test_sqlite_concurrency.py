"""SQLite holds its own: 20 learners each sending 5 autosaves at the same moment, on a SQLite
file as a one-machine site runs, get no server error (writers wait their turn: IMMEDIATE
transactions), and every learner's answers are saved."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from people.roles import OFFICER
from quizzes.models import Attempt, Response
from quizzes.services.attempt_engine import start_attempt
from tests.factories import UserFactory
from tests.factories.quizzes import QuestionFactory, enrol, make_quiz

ROOT = Path(__file__).resolve().parents[2]
USERS = 20
SAVES = 5

SCRIPT = """
import json, sys, threading
import django
django.setup()
from django.contrib.auth import get_user_model
from django.test import Client

jobs = json.loads(sys.argv[1])
statuses = []
guard = threading.Lock()
start = threading.Barrier(len(jobs) * SAVES)


def run(user_id, url, save):
    client = Client(raise_request_exception=False)
    client.force_login(get_user_model().objects.get(pk=user_id))
    body = json.dumps({"sequence": 0, "save_key": f"k{save}",
                       "answers": {str(save): f"trả lời {save}"}})
    start.wait()
    response = client.post(url, data=body, content_type="application/json")
    with guard:
        statuses.append(response.status_code)


threads = [threading.Thread(target=run, args=(user_id, url, save))
           for user_id, url in jobs for save in range(SAVES)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(json.dumps(statuses))
""".replace("SAVES", str(SAVES))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_learners_saving_five_times_at_once_get_no_server_error(tmp_path, category, course):
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite case; PostgreSQL locks rows")
    questions = [QuestionFactory(category=category, qtype="short_answer") for _ in range(SAVES)]
    quiz = make_quiz(course, questions, questions_per_page=SAVES)
    jobs = []
    for n in range(USERS):
        user = UserFactory(email=f"hoc.vien.{n}@example.org", roles=[OFFICER])
        enrol(user, course)
        attempt = start_attempt(user, quiz)
        jobs.append((user.pk, quiz.url + quiz.reverse_subpage("save", args=(attempt.pk,))))
    # The test database, copied to a file: a one-machine site's database.
    path = tmp_path / "site.sqlite3"
    connection.ensure_connection()
    target = sqlite3.connect(path)
    connection.connection.backup(target)
    target.close()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{path}",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", SCRIPT, json.dumps(jobs)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    statuses = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(statuses) == USERS * SAVES
    assert not [s for s in statuses if s >= 500], statuses
    # One save of each learner's five wins; the others are told to reload (409), never lost.
    assert set(statuses) <= {200, 409}
    copy = sqlite3.connect(path)
    saved = copy.execute(
        f"SELECT COUNT(*) FROM {Response._meta.db_table} WHERE answer IS NOT NULL"  # noqa: S608
    ).fetchone()[0]
    sequences = copy.execute(
        f"SELECT sequence FROM {Attempt._meta.db_table}"  # noqa: S608
    ).fetchall()
    copy.close()
    assert saved == USERS
    assert sorted(s for (s,) in sequences) == [1] * USERS
