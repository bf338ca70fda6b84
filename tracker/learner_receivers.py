"""Every row /my/ and the home page's welcome panel show, saved or deleted one by one, renews
its person's learner stamp (``people.learner_stamps``); a change of an assignment itself (its
due date, its note, withdrawn) renews every learner's. Bulk writes renew where they are made.
Deleting rows through a query sends these signals too (Django collects them one by one once a
receiver listens)."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save

from people.learner_stamps import renew_every_learner, renew_learner


def _row_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    renew_learner(getattr(instance, "user_id", None))


def _attempt_saved(sender: Any, instance: Any, **kwargs: Any) -> None:
    """Only finished attempts show: the saves of an attempt in progress (every answer kept
    while the learner works) change nothing of these pages."""
    if instance.state == instance.State.FINISHED:
        renew_learner(instance.user_id)


def _learner_models() -> list[type]:
    from certificates.models import Certificate
    from courses.models import Enrolment, EnrolmentCycle, ItemProgress, ScormTrack
    from people.models import Officer
    from quizzes.models import QuizGrade
    from tracker.models import AssignmentTarget, CalendarFeedToken, CourseFeedback

    return [
        Enrolment,
        EnrolmentCycle,
        ItemProgress,
        ScormTrack,
        AssignmentTarget,
        CalendarFeedToken,
        CourseFeedback,
        QuizGrade,
        Certificate,
        Officer,
    ]


def connect() -> None:
    from people.models import OrgUnit
    from quizzes.models import Attempt
    from tracker.models import Assignment

    for model in _learner_models():
        for signal in (post_save, post_delete):
            signal.connect(_row_changed, sender=model, dispatch_uid=f"learner-{signal}-{model}")
    post_save.connect(_attempt_saved, sender=Attempt, dispatch_uid="learner-attempt-saved")
    post_delete.connect(_row_changed, sender=Attempt, dispatch_uid="learner-attempt-deleted")
    for model in (Assignment, OrgUnit):
        for signal in (post_save, post_delete):
            signal.connect(
                renew_every_learner, sender=model, dispatch_uid=f"learners-{signal}-{model}"
            )
