"""The exam-day load, run by locust (headless) from ``bench/exam.py``; not imported by Django.

Each simulated officer takes one session made beforehand, opens the quiz page (some time before
the opening, untimed) and waits there for the common start moment, starts the quiz (one POST,
answered with the attempt's page), changes an answer every 3 to 10 seconds and saves only what
changed, as the attempt page's script does, then submits. What the server acknowledged and
every request's time are written to the result file at the end. ``bench/exam.py`` passes the
plan, the result file, the start moment and the answering time as the command-line options
below. With ``--exam-floor-url`` each officer instead opens that view while waiting (untimed)
and again at the start moment: the burst's floor.
"""

from __future__ import annotations

import json
import random
import re
import secrets
import string
import time
from typing import Any

import gevent
from locust import events, task
from locust.contrib.fasthttp import FastHttpUser
from locust.exception import StopUser

SAVE_EVERY = (3.0, 10.0)
PLAN: dict[str, Any] = {}

timings: dict[str, list[float]] = {"start": [], "save": [], "submit": []}
server_errors: list[str] = []
acknowledged: dict[str, dict[str, Any]] = {}
lost_connections: list[str] = []
finished = {"count": 0}
officers: Any = iter(())


@events.init_command_line_parser.add_listener
def _options(parser: Any) -> None:
    parser.add_argument("--exam-plan", help="the officers' sessions and the quiz (JSON)")
    parser.add_argument("--exam-result", help="where to write timings and acknowledged answers")
    parser.add_argument("--exam-start-at", type=float, help="the common start (epoch seconds)")
    parser.add_argument("--exam-seconds", type=float, default=120.0, help="answering time")
    parser.add_argument(
        "--exam-floor-url",
        default="",
        help="instead of the exam: the same burst, one request of this (bare) view each",
    )


@events.init.add_listener
def _load(environment: Any, **kwargs: Any) -> None:
    global officers
    with open(environment.parsed_options.exam_plan, encoding="utf-8") as plan:
        PLAN.update(json.load(plan))
    officers = iter(PLAN["sessions"])


@events.request.add_listener
def _record(name: str, response_time: float, response: Any = None, **kwargs: Any) -> None:
    status = getattr(response, "status_code", 0) or 0
    if status >= 500:
        server_errors.append(f"{name} {status}")
    elif status == 0:
        lost_connections.append(name)


@events.quitting.add_listener
def _write(environment: Any, **kwargs: Any) -> None:
    with open(environment.parsed_options.exam_result, "w", encoding="utf-8") as out:
        json.dump(
            {
                "timings": timings,
                "server_errors": server_errors,
                "lost_connections": lost_connections,
                "acknowledged": acknowledged,
                "finished": finished["count"],
            },
            out,
        )


_TAG = re.compile(r"<(?:div|fieldset|input)\b[^>]*>")
_ATTR = re.compile(r'([a-z-]+)="([^"]*)"')


class _AttemptPage:
    """The save address and the questions (position, type, option values) of the page.

    Read with two regular expressions over the tags that matter rather than a full HTML
    parser: the load generator shares the two cores with the server, and parsing every
    officer's page at the start moment would take CPU from the server being measured."""

    def __init__(self, html: str) -> None:
        self.save_url = ""
        self.submit_url = ""
        self.sequence = 0
        self.questions: dict[str, dict[str, Any]] = {}
        current: dict[str, Any] | None = None
        for tag in _TAG.finditer(html):
            found = dict(_ATTR.findall(tag.group(0)))
            if "data-attempt" in found:
                self.save_url = found.get("data-save-url", "").replace("&amp;", "&")
                self.submit_url = found.get("data-submit-url", "").replace("&amp;", "&")
                self.sequence = int(found.get("data-sequence") or 0)
            if "data-question" in found:
                current = {"type": found.get("data-type"), "options": []}
                self.questions[found["data-question"]] = current
            is_option = tag.group(0).startswith("<input") and found.get("type") in (
                "radio",
                "checkbox",
            )
            if current is not None and is_option:
                current["options"].append(found.get("value"))


def _location(response: Any) -> str:
    """Where a redirect leads, or nothing."""
    headers = response.headers
    return str(headers.get("Location", "")) if headers is not None else ""


def _answer(question: dict[str, Any], rng: random.Random) -> Any:
    kind, options = question["type"], question["options"]
    if kind in ("single_choice", "true_false") and options:
        return rng.choice(options)
    if kind == "multiple_choice" and options:
        return sorted(rng.sample(options, rng.randint(1, len(options))))
    if kind in ("short_answer", "numerical"):
        return str(rng.randint(1, 10_000))
    return None


class Officer(FastHttpUser):
    # The C-based client: the load generator shares the two cores with the server, so what it
    # costs per request is taken from the server. One connection per officer, no retries, and
    # no time limit of its own (gunicorn's applies).
    concurrency = 1
    max_retries = 0
    network_timeout = 600.0
    connection_timeout = 600.0

    def on_start(self) -> None:
        try:
            self.session_key = next(officers)
        except StopIteration as error:
            raise StopUser from error
        self.csrf = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(32))
        self.cookie = f"{PLAN['cookie_name']}={self.session_key}; csrftoken={self.csrf}"
        self.rng = random.Random(self.session_key)

    def _headers(self, **extra: str) -> dict[str, str]:
        return {"Cookie": self.cookie, "X-CSRFToken": self.csrf, **extra}

    @task
    def take_the_exam(self) -> None:
        options = self.environment.parsed_options
        # Waiting for the opening, each officer opens the quiz page (not timed), up to 5 seconds
        # before it; for the floor, the bare view instead.
        waiting = max(0.0, options.exam_start_at - time.time() - 5)
        gevent.sleep(self.rng.uniform(0, waiting))
        quiz_url = PLAN["start_url"].removesuffix("start/")
        opened = options.exam_floor_url or quiz_url
        self.client.get(opened, headers=self._headers(), name="waiting")
        gevent.sleep(max(0.0, options.exam_start_at - time.time()))
        if options.exam_floor_url:
            self._floor(options.exam_floor_url)
        began = time.perf_counter()
        # The start answers with the attempt's page itself.
        with self.client.post(
            PLAN["start_url"],
            headers=self._headers(),
            name="start",
            allow_redirects=False,
            catch_response=True,
        ) as reply:
            if reply.status_code != 200 or "data-attempt" not in reply.text:
                reply.failure(f"start: {reply.status_code}")
                self._done()
            timings["start"].append(time.perf_counter() - began)
        page = _AttemptPage(reply.text)
        attempt = re.search(r"/attempts/(\d+)/save/", page.save_url)
        key = attempt.group(1) if attempt else page.save_url
        acked: dict[str, Any] = acknowledged.setdefault(key, {})
        sequence = page.sequence
        answerable = [p for p, q in page.questions.items() if _answer(q, self.rng) is not None]
        ends = time.time() + options.exam_seconds
        while time.time() < ends and answerable:
            gevent.sleep(self.rng.uniform(*SAVE_EVERY))
            position = self.rng.choice(answerable)
            value = _answer(page.questions[position], self.rng)
            if acked.get(position) == value:
                continue
            body = json.dumps(
                {
                    "sequence": sequence,
                    "save_key": secrets.token_hex(8),
                    "page": 0,
                    "answers": {position: value},
                }
            )
            began = time.perf_counter()
            with self.client.post(
                page.save_url,
                data=body,
                headers=self._headers(**{"Content-Type": "application/json"}),
                name="save",
                catch_response=True,
            ) as saved:
                if saved.status_code == 200:
                    timings["save"].append(time.perf_counter() - began)
                    sequence = saved.json()["sequence"]
                    acked[position] = value
                else:
                    saved.failure(f"save: {saved.status_code}")
        began = time.perf_counter()
        with self.client.post(
            page.submit_url,
            headers=self._headers(),
            name="submit",
            allow_redirects=False,
            catch_response=True,
        ) as submitted:
            if submitted.status_code == 302 and "/review/" in _location(submitted):
                timings["submit"].append(time.perf_counter() - began)
            else:
                submitted.failure(f"submit: {submitted.status_code}")
        self._done()

    def _floor(self, url: str) -> None:
        """The floor of the start burst: one bare signed-in request per officer, all at once
        (a start is one request)."""
        began = time.perf_counter()
        reply = self.client.get(url, headers=self._headers(), name="floor")
        if reply.status_code == 200:
            timings["start"].append(time.perf_counter() - began)
        self._done()

    def _done(self) -> None:
        finished["count"] += 1
        if finished["count"] >= len(PLAN["sessions"]):
            gevent.spawn_later(0.1, self.environment.runner.quit)
        raise StopUser
