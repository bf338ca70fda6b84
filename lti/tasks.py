"""Background work: sending scores to platforms' gradebooks. Tasks take ids, are idempotent
and safe to run again; ``retry_lti_scores`` (every five minutes, from the scheduler) sends the
scores a platform could not take before, once their pause is over."""

from __future__ import annotations

from django_tasks import task

from lti.grades import due_links, send_score


@task()
def send_lti_score(link_id: int) -> bool:
    return send_score(link_id)


@task()
def retry_lti_scores() -> int:
    return sum(send_score(link_id) for link_id in due_links())
