"""The LTI tests run against a real platform on a loopback port (see platform.py)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
import requests

from tests.lti.platform import LEARNER, PendingLaunch, TestPlatform


@pytest.fixture(autouse=True)
def _certificates_can_be_signed(signing_settings):
    """Courses in these tests issue certificates on completion: give them a key."""


@pytest.fixture
def platform():
    running = TestPlatform("http://testserver").start()
    yield running
    running.stop()


@pytest.fixture
def registered(db, client, platform):
    """The platform as an administrator registers it here, and the tool's keys as the
    platform's administrator copies them from the tool's JWKS address."""
    from lti.models import Platform

    record = Platform.objects.create(
        name="Nền tảng học tập thử nghiệm",
        issuer=platform.issuer,
        client_id=platform.client_id,
        deployment_ids=f"other-deployment\n{platform.deployment_id}\n",
        auth_login_url=platform.auth_login_url,
        auth_token_url=platform.token_url,
        keyset_url=platform.keyset_url,
    )
    platform.tool_keyset = client.get("/lti/jwks.json").json()
    return record


def local(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def browser_launch(client, platform, pending: PendingLaunch, *, keep: dict | None = None):
    """What a browser does: the platform's login initiation, the tool's redirect to the
    platform, the platform's signed answer posted to the tool. ``keep`` receives the posted
    form (to post it again)."""
    started = client.get(local(platform.login_url(pending)))
    assert started.status_code == 302, started.content
    assert started["Location"].startswith(platform.auth_login_url)
    answer = requests.get(started["Location"], timeout=10)
    assert answer.status_code == 200, answer.text
    data = answer.json()
    form = {"id_token": data["id_token"], "state": data["state"]}
    if keep is not None:
        keep.update(form, launch_url=data["launch_url"])
    return client.post(local(data["launch_url"]), form)


def learner(sub: str = "learner-42", **kwargs) -> PendingLaunch:
    return PendingLaunch(sub=sub, roles=[LEARNER], **kwargs)
