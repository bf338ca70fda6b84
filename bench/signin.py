"""The sign-in burst before an exam: sign-ins a second per core, and what each one costs.

BENCH_SIGNIN_USERS officers (300 by default, one office) are created with a password hashed by
the production hasher, gunicorn serves production settings with BENCH_SIGNIN_WORKERS sync
workers (2), and BENCH_SIGNIN_CONCURRENCY clients (8) sign every officer in once, each
opening the sign-in page and posting the form, all from one client address as an office
behind its NAT does. Printed: sign-ins a second, a second per core, the app servers'
CPU-seconds per sign-in (mostly password hashing), the posts' p50/p95, and how many were
refused; the target is that none is (the per-address limit, SIGNIN_PER_MINUTE_PER_ADDRESS).
On PostgreSQL when it answers on this machine, SQLite otherwise; Redis as the cache.
"""

from __future__ import annotations

import concurrent.futures
import http.client
import os
import re
import secrets
import statistics
import tempfile
import time
import urllib.parse
from pathlib import Path

from bench.serving import answers, gunicorn, manage, production_env, throwaway_postgres

PASSWORD = "bench-" + secrets.token_urlsafe(12)
OFFICE_ADDRESS = "198.51.100.7"
USERS_SNIPPET = """
import os
from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from people.models import User

count, password = int(os.environ["BENCH_SIGNIN_USERS"]), os.environ["BENCH_SIGNIN_PASSWORD"]
hashed = make_password(password)
users = User.objects.bulk_create(
    User(email=f"canbo{n:05d}@donvi.example.vn", first_name="Cán bộ", last_name=f"{n}",
         password=hashed)
    for n in range(count)
)
EmailAddress.objects.bulk_create(
    EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users
)
print(hashed.split("$", 1)[0])
"""


def _cpu_seconds(group: int) -> float:
    """User and system CPU time of every process in the process group (gunicorn and workers)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # After the command: state ppid pgrp ... utime (12th) stime (13th).
        if int(fields[2]) == group:
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def _sign_in(port: int, email: str) -> tuple[int, float]:
    """Open the sign-in page and post it; (status or 0 for a refusal, seconds the post took)."""
    headers = {
        "X-Forwarded-Proto": "https",
        "X-Forwarded-For": OFFICE_ADDRESS,
        "Host": "127.0.0.1",
    }
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request("GET", "/accounts/login/", headers=headers)
        page = connection.getresponse()
        body = page.read().decode()
        cookie = re.search(r"csrftoken=([^;]+)", page.getheader("Set-Cookie") or "")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
        if page.status != 200 or not cookie or not token:
            return page.status, 0.0
        form = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token.group(1), "login": email, "password": PASSWORD}
        )
        started = time.perf_counter()
        connection.request(
            "POST",
            "/accounts/login/",
            body=form,
            headers={
                **headers,
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"csrftoken={cookie.group(1)}",
                "Origin": "https://127.0.0.1",
                "Referer": "https://127.0.0.1/accounts/login/",
            },
        )
        answer = connection.getresponse()
        answer.read()
        took = time.perf_counter() - started
        location = answer.getheader("Location") or ""
        signed_in = answer.status == 302 and "/accounts/login/" not in location
        return (answer.status if signed_in else -answer.status), took
    finally:
        connection.close()


def _burst(label: str, env: dict[str, str], folder: Path) -> bool:
    users = int(os.environ.get("BENCH_SIGNIN_USERS", "300"))
    workers = int(os.environ.get("BENCH_SIGNIN_WORKERS", "2"))
    concurrency = int(os.environ.get("BENCH_SIGNIN_CONCURRENCY", "8"))
    manage({**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput", "-v0")
    created = manage(
        {**env, "BENCH_SIGNIN_USERS": str(users), "BENCH_SIGNIN_PASSWORD": PASSWORD},
        "shell",
        "-c",
        USERS_SNIPPET,
    )
    hasher = created.strip().splitlines()[-1]
    with gunicorn(env, workers, folder / "gunicorn-signin.log") as server:
        port = server.port  # type: ignore[attr-defined]
        _sign_in(port, "nobody@donvi.example.vn")  # warm every import of the sign-in path
        emails = [f"canbo{n:05d}@donvi.example.vn" for n in range(users)]
        cpu_before = _cpu_seconds(server.pid)
        started = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
            results = list(pool.map(lambda email: _sign_in(port, email), emails))
        wall = time.perf_counter() - started
        cpu = _cpu_seconds(server.pid) - cpu_before
    refused = [status for status, _took in results if status <= 0 or status >= 400]
    posts = sorted(took for _status, took in results if took)
    cores = min(workers, os.cpu_count() or 1)
    rate = users / wall
    print(f"  {label}: {users} officers, one address, {concurrency} clients, {workers} workers")
    print(f"    password hasher           {hasher}")
    print(f"    sign-ins a second         {rate:8.1f}  ({rate / cores:.1f} a second per core)")
    print(f"    CPU-seconds per sign-in   {cpu / users:8.3f}")
    if posts:
        p95 = posts[min(len(posts) - 1, int(len(posts) * 0.95))]
        print(f"    post p50 / p95            {statistics.median(posts):8.3f} s / {p95:.3f} s")
    met = not refused
    if refused:
        print(f"    refusals by answer        {sorted(set(refused))}")
        print((folder / "gunicorn-signin.log").read_text()[-3000:])
    verdict = "met" if met else "MISSED"
    print(f"    refused                   {len(refused):8d}  target 0: {verdict}")
    return met


def run() -> bool:
    if not answers(6379):
        print("Sign-in burst: needs Redis on 127.0.0.1:6379 (production settings require it)")
        return False
    print("Sign-in burst (production settings, gunicorn)")
    with tempfile.TemporaryDirectory(prefix="kns-bench-signin-") as name:
        folder = Path(name)
        env = production_env(folder, "redis://127.0.0.1:6379/12", MFA_REQUIRED_ROLES="none")
        if not answers(5432):
            env["DATABASE_URL"] = f"sqlite:///{folder / 'signin.sqlite3'}"
            return _burst("SQLite + Redis", env, folder)
        with throwaway_postgres("signin") as url:
            return _burst("PostgreSQL + Redis", {**env, "DATABASE_URL": url}, folder)
