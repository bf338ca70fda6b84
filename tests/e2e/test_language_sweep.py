"""Every page each demo role can reach speaks one language: no English interface word and no raw
value (True, None, ['38']) on a Vietnamese page, no Vietnamese interface word on an English one.

The sweep follows same-site links from each role's start pages, one page of each kind (numbers in
the address do not make a new kind), to a bounded depth; course content is left out."""

import time
from collections import deque

import pytest
from django.conf import settings

from home.demo import DEMO_PASSWORD
from tests.e2e.language_sweep import (
    CONTENT_SELECTORS,
    ENGLISH_PAGE_CONTENT_SELECTORS,
    excerpt,
    findings,
    pattern_of,
    same_site_links,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROLES = {
    "officer@example.org": [
        "/",
        "/my/",
        "/courses/",
        "/accounts/profile/",
        "/courses/an-toan-thong-tin/",
        "/courses/an-toan-thong-tin/mat-khau-manh-va-trinh-quan-ly-mat-khau/",
        "/courses/an-toan-thong-tin/bai-kiem-tra-cuoi-khoa/",
    ],
    "trainer@example.org": ["/", "/admin/", "/admin/quizzes/questions/"],
    "manager@example.org": ["/", "/manage/", "/manage/exports/"],
    "admin@example.org": ["/", "/admin/", "/manage/", "/admin/groups/", "/admin/workflows/list/"],
}
DEPTH = 2
PAGES_PER_ROLE = 45
ENGLISH_PAGES_PER_ROLE = 12

# Wagtail's own screens whose wording our catalogue overrides cannot reach: (path prefix, word).
# The page choosers of Wagtail's workflow and group forms carry Django's default label ("Page"),
# made from the field's name where no catalogue can reach it.
ALLOWED: set[tuple[str, str]] = {("/admin/workflows/", "Page"), ("/admin/groups/", "Page")}

READ_PAGE = """(selectors) => {
    const hrefs = Array.from(document.querySelectorAll('a[href]'), a => a.getAttribute('href'));
    document.querySelectorAll(selectors).forEach(e => e.remove());
    const labels = Array.from(
        document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]'),
        e => [e.getAttribute('aria-label'), e.getAttribute('title'),
              e.getAttribute('placeholder'), e.getAttribute('alt')].filter(Boolean).join(' ')
    );
    return {hrefs, text: document.body.innerText + '\\n' + labels.join('\\n')};
}"""


def _sign_in(page, live_server, email, language):
    """Through the sign-in form, so that only the server writes to the database."""
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/")
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
    )


def _read(page, path, language):
    response = page.goto(path, wait_until="load")
    if (
        response is None
        or response.status >= 400
        or "text/html" not in response.headers.get("content-type", "")
    ):
        return None
    selectors = CONTENT_SELECTORS if language == "vi" else ENGLISH_PAGE_CONTENT_SELECTORS
    return page.evaluate(READ_PAGE, selectors)


def _sweep(page, live_server, starts, language, limit):
    """Visit up to `limit` kinds of page breadth-first; {path: [(word, excerpt)]} of problems."""
    problems: dict[str, list[tuple[str, str]]] = {}
    queue = deque((path, 0) for path in starts)
    seen = {pattern_of(path) for path in starts}
    visited = 0
    while queue and visited < limit:
        path, depth = queue.popleft()
        read = _read(page, path, language)
        visited += 1
        if read is None:
            continue
        bad = [
            (word, excerpt(read["text"], word))
            for word in findings(read["text"], language)
            if not any(path.startswith(p) and word == w for p, w in ALLOWED)
        ]
        if bad:
            problems[path] = bad
        if depth >= DEPTH:
            continue
        for link in same_site_links(live_server.url + path, read["hrefs"]):
            kind = pattern_of(link)
            if kind not in seen:
                seen.add(kind)
                queue.append((link, depth + 1))
    return problems, visited


def test_every_page_of_every_role_speaks_one_language(page, live_server, demo):
    started = time.monotonic()
    report = []
    for email, starts in ROLES.items():
        for language, limit in (("vi", PAGES_PER_ROLE), ("en", ENGLISH_PAGES_PER_ROLE)):
            _sign_in(page, live_server, email, language)
            problems, visited = _sweep(page, live_server, starts, language, limit)
            assert visited >= min(limit, 5), f"{email} reached only {visited} pages"
            for path, bad in problems.items():
                for word, context in bad[:5]:
                    report.append(f"[{language}] {email} {path}: {word!r} in “{context}”")
    elapsed = time.monotonic() - started
    assert report == [], f"{len(report)} problems in {elapsed:.0f}s:\n" + "\n".join(report)
