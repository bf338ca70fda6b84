"""Trying the LTI tool by hand: the test platform (platform.py) on a fixed port, with pages a
person can click through. Start the site (``make run``), then

    .venv/bin/python -m tests.lti.demo            # platform on http://127.0.0.1:8200/

register the platform in the admin with the values it prints, and open its page."""

from __future__ import annotations

import argparse
import sys
from html import escape
from typing import Any
from urllib.parse import parse_qs

from tests.lti.platform import INSTRUCTOR, LEARNER, PendingLaunch, TestPlatform


def browser_page(platform: TestPlatform, path: str, query: str) -> tuple[int, str, str]:
    params = {k: v[0] for k, v in parse_qs(query).items()}
    if path == "/start":
        course = params.get("course", "")
        pending = PendingLaunch(
            sub=params.get("sub") or "demo-learner",
            roles=[INSTRUCTOR if params.get("role") == "instructor" else LEARNER],
            course_id=int(course) if course.isdigit() else None,
            deep_link=params.get("deep") == "1",
            name=params.get("name") or "Trần Văn Học",
        )
        return 302, "", platform.login_url(pending)
    if path == "/scores":
        rows = "".join(
            f"<li>{escape(str(s.get('userId')))}: {escape(str(s.get('scoreGiven')))} / "
            f"{escape(str(s.get('scoreMaximum')))} ({escape(str(s.get('lineitem')))})</li>"
            for s in platform.scores
        )
        return 200, f"<!doctype html><h1>Scores received</h1><ul>{rows}</ul>", ""
    page = """<!doctype html><meta charset="utf-8"><title>Test LTI platform</title>
<h1>Test LTI 1.3 platform</h1>
<form action="/start"><fieldset><legend>Launch a course</legend>
<label>Course id <input name="course" required></label>
<label>User id <input name="sub" value="demo-learner"></label>
<label>Role <select name="role"><option value="learner">Learner</option>
<option value="instructor">Instructor</option></select></label>
<button>Launch</button></fieldset></form>
<form action="/start"><input type="hidden" name="deep" value="1">
<input type="hidden" name="role" value="instructor">
<input type="hidden" name="sub" value="demo-teacher">
<button>Choose a course (deep linking)</button></form>
<p><a href="/scores">Scores received</a></p>"""
    return 200, page, ""


def placed_page(items: list[dict[str, Any]]) -> str:
    links = "".join(
        f'<li>{escape(item.get("title", ""))}: <a href="/start?course='
        f'{escape(str(item.get("custom", {}).get("course_id", "")))}">launch it</a></li>'
        for item in items
    )
    return f"<!doctype html><meta charset='utf-8'><h1>Placed</h1><ul>{links}</ul>"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tool", default="http://127.0.0.1:8000", help="the site's address")
    parser.add_argument("--port", type=int, default=8200)
    args = parser.parse_args()
    platform = TestPlatform(args.tool, port=args.port, browser=True)
    sys.stdout.write("Register this platform in the admin (LTI platforms → Add):" + "\n")
    sys.stdout.write(f"  issuer:                     {platform.issuer}" + "\n")
    sys.stdout.write(f"  client ID:                  {platform.client_id}" + "\n")
    sys.stdout.write(f"  deployment IDs:             {platform.deployment_id}" + "\n")
    sys.stdout.write(f"  authentication request URL: {platform.auth_login_url}" + "\n")
    sys.stdout.write(f"  access token URL:           {platform.token_url}" + "\n")
    sys.stdout.write(f"  public keyset URL:          {platform.keyset_url}" + "\n")
    sys.stdout.write(f"Then open {platform.url}/ (Ctrl+C to stop)." + "\n")
    try:
        platform.server.serve_forever()
    except KeyboardInterrupt:
        platform.server.server_close()


if __name__ == "__main__":
    main()
