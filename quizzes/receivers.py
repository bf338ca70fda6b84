"""How quizzes hear about courses' events (courses never calls this app)."""

from __future__ import annotations

from typing import Any


def course_round_started(sender: Any, enrolment: Any, **kwargs: Any) -> None:
    """A completed course was opened for another round: its quizzes' grades start afresh from
    the new round's attempts, so a pass must be earned again (attempts stay as history)."""
    from quizzes.models import QuizGrade, QuizPage
    from quizzes.services.marking import update_quiz_grade

    quizzes = QuizPage.objects.child_of(enrolment.course)
    for grade in QuizGrade.objects.filter(
        user_id=enrolment.user_id, quiz__in=quizzes
    ).select_related("quiz", "user"):
        update_quiz_grade(grade.user, grade.quiz)


def quiz_published(sender: Any, instance: Any, **kwargs: Any) -> None:
    """A quiz published again: attempts prepared from its earlier version are drawn afresh."""
    from quizzes.services.preparation import drop_prepared

    drop_prepared(quiz_id=instance.pk)


def question_published(sender: Any, instance: Any, **kwargs: Any) -> None:
    """A question published again: prepared attempts showing its earlier version are dropped."""
    from quizzes.services.preparation import drop_prepared

    drop_prepared(question_id=instance.pk)
