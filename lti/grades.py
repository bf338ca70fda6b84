"""Sending a learner's course result to a platform's gradebook (LTI Assignment and Grade
Services): the score owed on a GradeLink is posted once; a platform that cannot take it is
tried again later, after a growing pause. Called by the ``send_lti_score`` task only."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

import requests
from django.db import transaction
from django.utils import timezone
from pylti1p3.assignments_grades import AssignmentsGradesService
from pylti1p3.contrib.django.service_connector import DjangoServiceConnector
from pylti1p3.exception import LtiException
from pylti1p3.grade import Grade
from pylti1p3.lineitem import LineItem

from lti.models import GradeLink
from lti.tool_config import registration_for

logger = logging.getLogger(__name__)

TIMEOUT_SECONDS = 10
MAX_ATTEMPTS = 12


class _TimedSession(requests.Session):
    """Every call to a platform gives up after TIMEOUT_SECONDS, so a worker never hangs."""

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", TIMEOUT_SECONDS)
        return super().request(*args, **kwargs)


def backoff(attempts: int) -> timedelta:
    return timedelta(minutes=min(2 ** min(attempts, 10), 24 * 60))


def _post(link: GradeLink) -> None:
    if link.score_percent is None or link.scored_at is None:
        raise ValueError("No score is waiting on this link.")
    session = _TimedSession()
    connector = DjangoServiceConnector(registration_for(link.platform), requests_session=session)
    service = AssignmentsGradesService(connector, link.ags_endpoint)
    grade = (
        Grade()
        .set_score_given(float(link.score_percent))
        .set_score_maximum(100)
        .set_activity_progress("Completed")
        .set_grading_progress("FullyGraded")
        .set_timestamp(link.scored_at.isoformat())
        .set_user_id(link.subject)
    )
    lineitem = None
    if not link.ags_endpoint.get("lineitem"):
        # The launch named no line item: use the course's own (made the first time).
        wanted = (
            LineItem()
            .set_resource_id(f"kns-course-{link.course_id}")
            .set_tag("kns-course")
            .set_score_maximum(100)
            .set_label(link.course.title)
        )
        if link.resource_link_id:
            wanted.set_resource_link_id(link.resource_link_id)
        lineitem = service.find_or_create_lineitem(wanted, find_by="resource_id")
    service.put_grade(grade, lineitem)


def send_score(link_id: int, *, now: datetime | None = None) -> bool:
    """Post the score owed on one link; True when the platform took it. Safe to run twice: the
    row is locked while it is sent and a score already sent is not sent again."""
    now = now or timezone.now()
    with transaction.atomic():
        link = (
            GradeLink.objects.select_for_update(skip_locked=True)
            .select_related("platform", "course")
            .filter(pk=link_id, sent_at__isnull=True, score_percent__isnull=False)
            .first()
        )
        if link is None or not link.platform.send_grades or not link.platform.is_active:
            return False
        try:
            _post(link)
        except (LtiException, requests.RequestException, OSError, ValueError) as error:
            link.attempts += 1
            link.last_error = str(error)[:500]
            link.next_try_at = now + backoff(link.attempts)
            link.save(update_fields=["attempts", "last_error", "next_try_at"])
            logger.warning(
                "Platform %s did not take score %s: %s", link.platform_id, link.pk, error
            )
            return False
        link.attempts += 1
        link.sent_at = now
        link.last_error = ""
        link.next_try_at = None
        link.save(update_fields=["attempts", "sent_at", "last_error", "next_try_at"])
        return True


def due_links(*, now: datetime | None = None) -> list[int]:
    """Scores waiting to be sent whose pause is over (those tried too often wait for a person)."""
    now = now or timezone.now()
    return list(
        GradeLink.objects.filter(
            sent_at__isnull=True, score_percent__isnull=False, attempts__lt=MAX_ATTEMPTS
        )
        .exclude(next_try_at__gt=now)
        .values_list("pk", flat=True)
    )
