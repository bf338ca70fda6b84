"""The production topology, through nginx: two app servers, a worker, the scheduler, a
PostgreSQL primary and its streaming replica. Each step prints what it checked.

Run with `make topology-test` (starts the topology, runs this module, stops it).
"""

from __future__ import annotations

import io
import re
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest
import requests

pytestmark = pytest.mark.topology

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "topology" / "topology.sh"
STATE: dict[str, Any] = {}


def say(message: str) -> None:
    print(f"[topology test] {message}", flush=True)  # noqa: T201 - the steps say what they checked


def control(action: str, name: str) -> None:
    subprocess.run(["bash", str(SCRIPT), action, name], check=True, cwd=ROOT)  # noqa: S603, S607


def sql(url: str, query: str, params: tuple = ()) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(query, params)
        return cursor.fetchall() if cursor.description else []


class Browser:
    """A person's browser: cookies, CSRF, through nginx over TLS."""

    def __init__(self, topology: dict, base: str | None = None) -> None:
        self.base = base or topology["env"]["KNS_TOPOLOGY_URL"]
        self.session = requests.Session()
        # Per request: requests lets REQUESTS_CA_BUNDLE win over a session's own setting.
        self.ca = topology["env"]["KNS_TOPOLOGY_CA"]

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.session.get(self.base + path, timeout=30, verify=self.ca, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        headers = {
            "X-CSRFToken": self.session.cookies.get("csrftoken", ""),
            "Referer": self.base + path,
        }
        return self.session.post(
            self.base + path, headers=headers, timeout=30, verify=self.ca, **kwargs
        )

    def sign_in(self, email: str, password: str) -> None:
        page = self.get("/accounts/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        response = self.post(
            "/accounts/login/",
            data={"login": email, "password": password, "csrfmiddlewaretoken": token},
        )
        assert response.status_code == 200 and "sessionid" in self.session.cookies, email


def answer_for(snapshot: dict) -> Any:
    """A valid answer for questions a script can answer, as the attempt page sends it (options
    by their place in the attempt); None for the others."""
    count = len(snapshot.get("answers") or [])
    kind = snapshot.get("type")
    if kind == "single_choice" and count:
        return str(count - 1)
    if kind == "true_false":
        return "true"
    if kind == "multiple_choice" and count:
        return ["0"]
    if kind in ("short_answer", "numerical"):
        return "42"
    return None


def stored_form(snapshot: dict, sent: Any) -> Any:
    """What the server keeps for an answer the page sent: options as their ids."""
    ids = [str(a["id"]) for a in snapshot.get("answers") or []]
    kind = snapshot.get("type")
    if kind == "single_choice":
        return ids[int(sent)]
    if kind == "multiple_choice":
        return [ids[int(v)] for v in sent]
    return sent


def start_attempt(browser: Browser, quiz_url: str) -> int:
    page = browser.get(quiz_url)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = browser.post(quiz_url + "start/", data={"csrfmiddlewaretoken": token})
    # The start answers with the attempt's page, which names its own address.
    match = re.search(r'data-attempt-url="[^"]*/attempt/(\d+)/"', response.text)
    assert match, f"no attempt started: {response.status_code} {response.url}"
    return int(match.group(1))


def save(browser: Browser, url: str, primary: str, attempt: int, answers: dict) -> dict:
    """Autosave as the page's script does: retry until the answer is acknowledged."""
    for _ in range(60):
        sequence = sql(primary, "SELECT sequence FROM quizzes_attempt WHERE id = %s", (attempt,))
        try:
            response = browser.post(
                f"{url}attempt/{attempt}/save/",
                json={"sequence": sequence[0][0], "save_key": uuid.uuid4().hex,
                      "answers": answers},
            )  # fmt: skip
        except requests.RequestException:
            time.sleep(0.3)
            continue
        if response.status_code == 200:
            return response.json()
        if response.status_code in (409, 502, 503, 504):
            time.sleep(0.3)
            continue
        raise AssertionError(f"save answered {response.status_code}: {response.text[:200]}")
    raise AssertionError("the answer was never acknowledged")


def test_an_officer_leaves_a_timed_attempt_open(topology):
    env, quiz = topology["env"], topology["timed_quiz"]
    officer = Browser(topology)
    officer.sign_in(topology["officer"]["email"], topology["password"])
    attempt = start_attempt(officer, quiz["url"])
    deadline = sql(
        env["KNS_TOPOLOGY_PRIMARY"], "SELECT deadline FROM quizzes_attempt WHERE id = %s",
        (attempt,),
    )[0][0]  # fmt: skip
    STATE["abandoned"] = (attempt, deadline)
    say(f"officer started timed attempt {attempt} (deadline {deadline:%H:%M:%S} UTC) and left")


def test_no_acknowledged_answer_is_lost_while_an_app_server_is_killed_and_restarted(topology):
    env, quiz = topology["env"], topology["long_quiz"]
    primary = env["KNS_TOPOLOGY_PRIMARY"]
    officer = Browser(topology)
    officer.sign_in(topology["officer"]["email"], topology["password"])
    attempt = start_attempt(officer, quiz["url"])
    rows = sql(
        primary,
        "SELECT position, snapshot FROM quizzes_response WHERE attempt_id = %s ORDER BY position",
        (attempt,),
    )
    answerable = [(pos, answer_for(snap)) for pos, snap in rows if answer_for(snap) is not None]
    assert len(answerable) >= 3, "the quiz needs at least three scriptable questions"
    acknowledged: dict[int, Any] = {}
    third = max(1, len(answerable) // 3)
    for index, (position, value) in enumerate(answerable):
        if index == third:
            control("kill", "app1")
            say("app server 1 killed (kill -9) in the middle of the attempt")
        if index == 2 * third:
            control("start-one", "app1")
            say("app server 1 started again")
        save(officer, quiz["url"], primary, attempt, {str(position): value})
        acknowledged[position] = stored_form(dict(rows)[position], value)
    say(f"{len(acknowledged)} answers acknowledged by the servers, one of them down for a while")
    token = re.search(
        r'name="csrfmiddlewaretoken" value="([^"]+)"',
        officer.get(f"{quiz['url']}attempt/{attempt}/summary/").text,
    ).group(1)
    submitted = officer.post(
        f"{quiz['url']}attempt/{attempt}/submit/", data={"csrfmiddlewaretoken": token}
    )
    assert submitted.status_code == 200 and "/review/" in submitted.url
    stored = dict(
        sql(primary, "SELECT position, answer FROM quizzes_response WHERE attempt_id = %s",
            (attempt,))
    )  # fmt: skip
    lost = {pos: value for pos, value in acknowledged.items() if stored.get(pos) != value}
    assert not lost, f"acknowledged answers lost: {lost}"
    state = sql(primary, "SELECT state FROM quizzes_attempt WHERE id = %s", (attempt,))[0][0]
    assert state == "finished"
    say(
        f"attempt {attempt} submitted and graded; all {len(acknowledged)} acknowledged answers kept"
    )


def _export_status(browser: Browser, token: str) -> dict:
    for _ in range(20):
        try:
            response = browser.get(f"/manage/exports/{token}/status/")
            if response.status_code == 200:
                return response.json()
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise AssertionError("the export's status page never answered")


def test_a_large_export_survives_a_killed_worker_and_downloads_from_either_app_server(topology):
    env = topology["env"]
    primary = env["KNS_TOPOLOGY_PRIMARY"]
    manager = Browser(topology)
    manager.sign_in(topology["scale_manager"]["email"], topology["password"])
    response = manager.get(
        f"/manage/units/{topology['scale_root']}/",
        params={"export": "csv", "table": "records"},
        allow_redirects=False,
    )
    assert response.status_code == 302, response.status_code
    token = response.headers["Location"].rstrip("/").rsplit("/", 1)[-1]
    say(f"manager asked for the records of the whole country: export {token} queued")

    deadline = time.monotonic() + 120
    status = _export_status(manager, token)
    while status["status"] != "running" or not status["rows_written"]:
        assert status["status"] in ("pending", "running"), status
        assert time.monotonic() < deadline, "the worker never started the export"
        time.sleep(0.2)
        status = _export_status(manager, token)
    say(f"worker is making it: {status['message']}")
    control("kill", "worker")
    task = sql(
        primary,
        "SELECT id, status FROM django_tasks_database_dbtaskresult"
        " WHERE task_path = 'reports.tasks.make_export' ORDER BY enqueued_at DESC LIMIT 1",
    )[0]
    assert task[1] == "RUNNING"
    say(f"worker killed (kill -9) mid-task; task {task[0]} left marked running")
    control("start-one", "worker")
    while not status["finished"]:
        assert time.monotonic() < deadline + 120, "the export never finished"
        time.sleep(0.5)
        status = _export_status(manager, token)
    assert status["status"] == "done", status
    workers = sql(
        primary,
        "SELECT worker_ids, status FROM django_tasks_database_dbtaskresult WHERE id = %s",
        (task[0],),
    )[0]
    assert workers[1] == "SUCCESSFUL" and len(workers[0]) == 2
    say(f"restarted worker took the task over and finished it ({status['message']})")

    page = manager.get(f"/manage/exports/{token}/")
    assert f"/manage/exports/{token}/download/" in page.text
    bodies = []
    for name in ("KNS_TOPOLOGY_APP1", "KNS_TOPOLOGY_APP2"):
        # Straight to one app server, as nginx would pass it (TLS ends at nginx).
        download = requests.get(
            f"{env[name]}/manage/exports/{token}/download/",
            headers={
                "X-Forwarded-Proto": "https",
                "Host": "127.0.0.1",
                "Cookie": f"sessionid={manager.session.cookies['sessionid']}",
            },
            timeout=60,
        )
        assert download.status_code == 200, (name, download.status_code)
        assert "attachment" in download.headers["Content-Disposition"]
        bodies.append(download.content)
    assert bodies[0] == bodies[1]
    rows = io.StringIO(bodies[0].decode("utf-8-sig")).read().count("\n") - 1
    assert rows > 10_000
    say(f"both app servers hand out the same file: {rows:,} rows, {len(bodies[0]):,} bytes")


def test_reports_read_from_the_replica_and_a_writer_reads_from_the_primary(topology):
    env = topology["env"]
    primary, replica = env["KNS_TOPOLOGY_PRIMARY"], env["KNS_TOPOLOGY_REPLICA"]
    officer_user = topology["officer"]["id"]
    page_path = f"/manage/officers/{topology['officer']['officer_id']}/"
    manager = Browser(topology)
    manager.sign_in(topology["manager"]["email"], topology["password"])
    original = sql(primary, "SELECT first_name FROM people_user WHERE id = %s", (officer_user,))
    marker = f"Lan{uuid.uuid4().hex[:6]}"
    assert sql(replica, "SELECT pg_is_in_recovery()")[0][0]
    sql(replica, "SELECT pg_wal_replay_pause()")
    try:
        sql(primary, "UPDATE people_user SET first_name = %s WHERE id = %s", (marker, officer_user))
        say(f"replica replay paused; officer renamed to {marker} on the primary only")
        time.sleep(3.5)  # the manager's sign-in (a write) pins them to the primary this long
        page = manager.get(page_path)
        assert page.status_code == 200
        assert marker not in page.text and original[0][0] in page.text
        say("the manager's report shows the old name: it was read from the replica")

        officer = Browser(topology)
        officer.sign_in(topology["officer"]["email"], topology["password"])
        quiz = topology["timed_quiz"]
        attempt = start_attempt(officer, topology["long_quiz"]["url"])
        rows = sql(
            primary,
            "SELECT position, snapshot FROM quizzes_response WHERE attempt_id = %s"
            " ORDER BY position",
            (attempt,),
        )
        position, value = next((p, answer_for(s)) for p, s in rows if answer_for(s) is not None)
        save(officer, topology["long_quiz"]["url"], primary, attempt, {str(position): value})
        summary = officer.get(f"{topology['long_quiz']['url']}attempt/{attempt}/summary/")
        assert summary.status_code == 200
        stored = sql(
            replica, "SELECT count(*) FROM quizzes_response WHERE attempt_id = %s", (attempt,)
        )[0][0]
        assert stored == 0
        say(f"officer's just-saved answer is read back (attempt {attempt}) while the replica "
            "has not even seen the attempt")  # fmt: skip
        del quiz

        # The manager writes (chooses a language): from then on they read from the primary.
        token = re.search(
            r'name="csrfmiddlewaretoken" value="([^"]+)"', manager.get(page_path).text
        ).group(1)
        manager.post(
            "/i18n/setlang/",
            data={"language": "vi", "next": page_path, "csrfmiddlewaretoken": token},
        )
        page = manager.get(page_path)
        assert marker in page.text
        say("after writing, the manager reads the same report from the primary: new name")
    finally:
        sql(replica, "SELECT pg_wal_replay_resume()")
        sql(primary, "UPDATE people_user SET first_name = %s WHERE id = %s",
            (original[0][0], officer_user))  # fmt: skip


def test_the_scheduler_closes_an_attempt_whose_time_ran_out_with_nobody_connected(topology):
    env = topology["env"]
    primary = env["KNS_TOPOLOGY_PRIMARY"]
    attempt, deadline = STATE["abandoned"]
    limit = time.monotonic() + 200
    while True:
        state, closed = sql(
            primary, "SELECT state, closed_by_deadline FROM quizzes_attempt WHERE id = %s",
            (attempt,),
        )[0]  # fmt: skip
        if state != "in_progress":
            break
        assert time.monotonic() < limit, "the abandoned attempt was never closed"
        time.sleep(2)
    assert closed
    runs = sql(
        primary,
        "SELECT slot FROM operations_scheduledrun WHERE job = 'close_overdue_attempts'"
        " AND slot > %s ORDER BY slot",
        (deadline,),
    )
    assert runs, "no scheduled run after the deadline"
    duplicates = sql(
        primary,
        "SELECT count(*) FROM operations_scheduledrun GROUP BY job, slot HAVING count(*) > 1",
    )
    assert not duplicates
    say(f"attempt {attempt} closed at its deadline by the scheduler's run of "
        f"{runs[0][0]:%H:%M} UTC, through the worker, with nobody connected")  # fmt: skip
