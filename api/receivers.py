"""Keeping the results feed complete: a quiz attempt submitted or marked changes an
enrolment's best mark without touching the enrolment, so its changed_at is moved here."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from people.learner_stamps import renew_learner

MARK_FIELDS = {"state", "score", "percent"}


def attempt_saved(sender: Any, instance: Any, update_fields: Any = None, **kwargs: Any) -> None:
    if not instance.is_finished:
        return  # started, or answers saved during the attempt: no mark yet
    if update_fields is not None and not (set(update_fields) & MARK_FIELDS):
        return
    from wagtail.models import Page

    from courses.models import Enrolment
    from courses.queries import enrolment_for_item
    from quizzes.models import Attempt

    if Attempt.quiz.is_cached(instance):
        enrolments = enrolment_for_item(instance.user_id, instance.quiz)
    else:
        path = Page.objects.filter(pk=instance.quiz_id).values_list("path", flat=True).first()
        if not path:
            return
        enrolments = Enrolment.objects.filter(
            user_id=instance.user_id, course__path=path[: -Page.steplen]
        )
    enrolments.update(changed_at=timezone.now())
    renew_learner(instance.user_id)
