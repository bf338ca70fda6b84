"""A real Learning Record Store for the xAPI tests: Ralph (Open edX's LRS, from PyPI), run from
its own virtualenv (``make ralph``) on a free loopback port, storing in a temporary folder."""

import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from base64 import b64encode
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
RALPH = Path(os.environ.get("RALPH_BIN", ROOT / ".venv-ralph" / "bin" / "ralph"))
USERNAME = "kns-lrs"
PASSWORD = "lrs-test-password"


class Lrs:
    def __init__(self, url):
        self.url = url
        self.auth = "Basic " + b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()

    def get(self, path):
        request = urllib.request.Request(  # noqa: S310  (the local LRS)
            self.url + path,
            headers={"Authorization": self.auth, "X-Experience-API-Version": "1.0.3"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            import json

            return json.loads(response.read())

    def statements(self):
        """Every statement the LRS holds, oldest first."""
        found = self.get("/statements?limit=500")["statements"]
        return sorted(found, key=lambda s: s["stored"])


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def lrs(tmp_path):
    if not RALPH.exists():
        pytest.fail(f"Ralph is missing at {RALPH}: run `make ralph` (make test does).")
    env = {
        **os.environ,
        "RALPH_APP_DIR": str(tmp_path / "app"),
        "RALPH_AUTH_FILE": str(tmp_path / "auth.json"),
        "RALPH_RUNSERVER_BACKEND": "fs",
    }
    subprocess.run(  # noqa: S603
        [
            str(RALPH),
            "auth",
            "-u",
            USERNAME,
            "-p",
            PASSWORD,
            "-s",
            "all",
            "-M",
            "mailto:lrs@example.org",
            "-w",
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [
            str(RALPH),
            "runserver",
            "-b",
            "fs",
            "--fs-default-directory-path",
            str(tmp_path / "data"),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    lrs = Lrs(f"http://127.0.0.1:{port}/xAPI")
    whoami = urllib.request.Request(
        f"http://127.0.0.1:{port}/whoami", headers={"Authorization": lrs.auth}
    )
    deadline = time.monotonic() + 60
    while True:  # wait for the server to answer (start-up, not test logic)
        try:
            with urllib.request.urlopen(whoami, timeout=5):  # noqa: S310
                break
        except (urllib.error.URLError, OSError):
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("Ralph did not start")
            time.sleep(0.2)
    yield lrs
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def xapi(settings, lrs):
    settings.XAPI_ENDPOINT = lrs.url
    settings.XAPI_USERNAME = USERNAME
    settings.XAPI_PASSWORD = PASSWORD
    settings.XAPI_ACTIVITY_BASE = "https://daotao.example.vn"
    return lrs
