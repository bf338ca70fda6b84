"""The API reference page runs in the browser under its Content-Security-Policy, from the
site's own files: the operations are listed and nothing is refused or fetched elsewhere."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_reference_page_lists_the_operations_with_nothing_refused(page, live_server):
    refused, elsewhere = [], []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.on(
        "request",
        lambda request: (
            elsewhere.append(request.url) if not request.url.startswith(live_server.url) else None
        ),
    )
    page.goto("/api/v1/docs/")
    page.wait_for_selector(".opblock", timeout=20_000)
    assert page.locator(".opblock").count() > 10
    assert page.get_by_text("/api/v1/results/enrolments/").first.is_visible()
    assert refused == []
    assert elsewhere == []
