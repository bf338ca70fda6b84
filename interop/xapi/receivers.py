"""Turning the apps' events into xAPI statements.

Courses tell us through their signals (an item opened or done, a course completed). Quizzes
and certificates are read from their models' own save signals: an attempt saved as finished,
a certificate created. Every receiver records statements in the outbox only; nothing here
waits for the LRS.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from courses.signals import course_completed, item_done, item_opened
from interop.xapi import outbox
from interop.xapi.statements import Activity, result, statement


def _activity(kind: str, path: str, name: str) -> Activity:
    return Activity(kind=kind, iri=f"{outbox.activity_base()}/xapi/{path}", name=name)


def _course(course: Any) -> Activity:
    return _activity("course", f"course/{course.pk}", course.title)


def _item(item: Any) -> Activity:
    specific = item.specific
    kind = "assessment" if specific._meta.model_name == "quizpage" else "lesson"
    return _activity(kind, f"item/{item.pk}", item.title)


@receiver(item_opened)
def item_was_opened(
    sender: Any, user: Any, item: Any, enrolment: Any, at: Any, **kwargs: Any
) -> None:
    if not outbox.is_enabled():
        return
    outbox.record(
        [
            statement(
                key=("launched", user.pk, item.pk, at.isoformat()),
                agent=outbox.agent_for(user),
                verb="launched",
                activity=_item(item),
                parent=_course(enrolment.course),
                at=at,
            )
        ]
    )


@receiver(item_done)
def item_was_done(
    sender: Any,
    user: Any,
    item: Any,
    enrolment: Any,
    at: Any,
    score_percent: Any = None,
    **kwargs: Any,
) -> None:
    if not outbox.is_enabled() or item.specific._meta.model_name == "quizpage":
        return  # quizzes are reported from their attempts
    scorm = item.specific._meta.model_name == "scormlessonpage"
    outbox.record(
        [
            statement(
                key=("done", user.pk, item.pk, enrolment.cycle),
                agent=outbox.agent_for(user),
                verb="completed" if scorm else "experienced",
                activity=_item(item),
                parent=_course(enrolment.course),
                at=at,
                outcome=result(completion=True, score_percent=score_percent) if scorm else None,
            )
        ]
    )


@receiver(course_completed)
def course_was_completed(sender: Any, enrolment: Any, **kwargs: Any) -> None:
    if not outbox.is_enabled():
        return
    outbox.record(
        [
            statement(
                key=("course", enrolment.pk, enrolment.cycle),
                agent=outbox.agent_for(enrolment.user),
                verb="completed",
                activity=_course(enrolment.course),
                at=enrolment.completed_at or timezone.now(),
                outcome=result(completion=True),
            )
        ]
    )


def _answer_text(answer: Any) -> str:
    if answer in (None, "", [], {}):
        return ""
    return answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)


@receiver(post_save, sender="quizzes.Attempt")
def attempt_was_saved(
    sender: Any, instance: Any, created: bool, update_fields: Any = None, **kwargs: Any
) -> None:
    """An attempt finished (its state saved as finished), or marked later by a trainer."""
    if created or kwargs.get("raw") or not instance.is_finished or not outbox.is_enabled():
        return
    fields = set(update_fields or ())
    finishing = "state" in fields
    if not finishing and "percent" not in fields:
        return
    attempt = instance
    quiz = attempt.quiz
    agent = outbox.agent_for(attempt.user)
    at = attempt.submitted_at or timezone.now()
    quiz_activity = _item(quiz)
    statements = []
    if finishing:
        for response in attempt.responses.select_related(None).order_by("position"):
            if response.snapshot.get("type") == "description":
                continue
            score = None
            if response.mark is not None and response.max_mark:
                score = Decimal(response.mark) * 100 / Decimal(response.max_mark)
            statements.append(
                statement(
                    key=("answered", attempt.pk, response.position),
                    agent=agent,
                    verb="answered",
                    activity=_activity(
                        "question",
                        f"question/{response.question_id or f'{attempt.pk}-{response.position}'}",
                        str(response.snapshot.get("name") or response.snapshot.get("text") or "")[
                            :250
                        ]
                        or "?",
                    ),
                    parent=quiz_activity,
                    at=response.answered_at or at,
                    outcome=result(
                        score_percent=score,
                        success=None if response.needs_marking else response.state == "correct",
                        response=_answer_text(response.answer),
                    ),
                )
            )
        statements.append(
            statement(
                key=("attempt", attempt.pk, "completed"),
                agent=agent,
                verb="completed",
                activity=quiz_activity,
                at=at,
                outcome=result(completion=True, score_percent=attempt.percent),
            )
        )
    if attempt.percent is not None and not attempt.needs_marking:
        passed = attempt.percent >= quiz.pass_mark_percent
        statements.append(
            statement(
                key=("attempt", attempt.pk, "result"),
                agent=agent,
                verb="passed" if passed else "failed",
                activity=quiz_activity,
                at=at,
                outcome=result(success=passed, score_percent=attempt.percent, completion=True),
            )
        )
    outbox.record(statements)


@receiver(post_save, sender="certificates.Certificate")
def certificate_was_issued(sender: Any, instance: Any, created: bool, **kwargs: Any) -> None:
    if not created or kwargs.get("raw") or not outbox.is_enabled():
        return
    outbox.record(
        [
            statement(
                key=("certificate", instance.pk),
                agent=outbox.agent_for(instance.user),
                verb="earned",
                activity=_activity(
                    "certificate", f"certificate/{instance.course_id}", instance.course_title
                ),
                at=instance.issued_at,
            )
        ]
    )
