"""Background work: sending the xAPI outbox (takes no ids: it sends whatever is due, in order,
and is safe to run twice at once, since each run locks the rows it sends)."""

from __future__ import annotations

from django_tasks import task

from interop.xapi.outbox import send_pending


@task()
def send_xapi_statements() -> int:
    return send_pending()
