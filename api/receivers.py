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
    from courses.models import Enrolment
    from courses.queries import enrolment_for_item

    in_hand = instance.course_enrolment
    if in_hand is not None:  # the submitting request read it
        Enrolment.objects.filter(pk=in_hand.pk).update(changed_at=timezone.now())
    else:  # the quiz is in hand when the attempt was locked or closed with it (select_related)
        enrolment_for_item(instance.user_id, instance.quiz).update(changed_at=timezone.now())
    renew_learner(instance.user_id)
