"""How the LTI tool hears of results: a course completed (courses' ``course_completed``), or a
quiz attempt marked later by a trainer in a course already completed. Either way the learner's
course mark (quizzes.course_marks) is owed to the platforms that launched them into the course,
and sent by the task worker after the transaction commits."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from courses.signals import course_completed

logger = logging.getLogger(__name__)


def course_score(enrolment: Any) -> Decimal:
    """The course mark in percent; a course without marked quizzes counts as 100 once done."""
    from quizzes.course_marks import compute_figures

    figures = compute_figures([enrolment]).get(enrolment.pk)
    if figures is None or figures.best_mark is None:
        return Decimal(100)
    return Decimal(figures.best_mark)


def owe_score(enrolment: Any) -> None:
    from lti.models import GradeLink
    from lti.services import record_course_score
    from lti.tasks import send_lti_score

    if not GradeLink.objects.filter(
        user_id=enrolment.user_id, course_id=enrolment.course_id
    ).exists():
        return
    due = record_course_score(enrolment, course_score(enrolment))

    def enqueue() -> None:
        for link_id in due:
            try:
                send_lti_score.enqueue(link_id)
            except Exception:  # a task backend that is down must not break the page
                logger.exception("Could not queue the sending of LTI score %s", link_id)

    transaction.on_commit(enqueue)


@receiver(course_completed, dispatch_uid="lti.course_completed")
def course_was_completed(sender: Any, enrolment: Any, **kwargs: Any) -> None:
    owe_score(enrolment)


@receiver(post_save, sender="quizzes.Attempt", dispatch_uid="lti.attempt_marked")
def attempt_was_marked(
    sender: Any, instance: Any, created: bool, update_fields: Any = None, **kwargs: Any
) -> None:
    """A trainer marked an attempt after the course was completed: the course mark changed."""
    if created or kwargs.get("raw") or "percent" not in set(update_fields or ()):
        return
    from courses.queries import enrolment_for_item

    # The enrolment the submitting request read, when it did.
    enrolment = (
        instance.course_enrolment or enrolment_for_item(instance.user_id, instance.quiz).first()
    )
    if enrolment is not None and enrolment.completed_at is not None:
        transaction.on_commit(lambda: owe_score(enrolment))
