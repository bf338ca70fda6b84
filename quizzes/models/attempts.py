"""Learners' records: attempts at a quiz, the question snapshots they were shown, and marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from quizzes.models.pages import QuizPage

if TYPE_CHECKING:
    from courses.models import Enrolment


class AttemptManager(models.Manager["Attempt"]):
    """Attempts learners have started: prepared ones are left out, so no list, count or report
    can show them (``Attempt.with_prepared`` has them all)."""

    def get_queryset(self) -> models.QuerySet[Attempt]:
        return super().get_queryset().exclude(state="prepared")


class Attempt(models.Model):
    """One learner's attempt at a quiz. Written only by ``quizzes.services``.

    ``sequence`` grows by one with every accepted save, so a save carrying an older number
    (another tab, a repeated click) is refused instead of overwriting newer answers.

    A *prepared* attempt was drawn before the quiz opened, so that starting it is a change of
    state: it is not started, not an attempt used and shown nowhere. Until it starts its
    ``number`` is 0 and ``started_at`` is when it was prepared.
    """

    class State(models.TextChoices):
        PREPARED = "prepared", pgettext_lazy("attempt state", "Prepared")
        IN_PROGRESS = "in_progress", pgettext_lazy("attempt state", "In progress")
        FINISHED = "finished", _("Finished")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    quiz = models.ForeignKey(
        QuizPage, verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="attempts"
    )
    number = models.PositiveIntegerField(_("attempt number"))
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.IN_PROGRESS
    )
    started_at = models.DateTimeField(_("started"))
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    closed_by_deadline = models.BooleanField(_("closed at the deadline"), default=False)
    sequence = models.PositiveIntegerField(_("save sequence"), default=0)
    last_save_key = models.CharField(max_length=64, blank=True, editable=False)
    current_page = models.PositiveIntegerField(_("current page"), default=0)
    page_count = models.PositiveIntegerField(pgettext_lazy("count", "pages"), default=1)
    max_score = models.DecimalField(_("maximum mark"), max_digits=9, decimal_places=2, default=0)
    # Null until every question is marked (an essay may be waiting for a trainer).
    score = models.DecimalField(_("mark"), max_digits=9, decimal_places=2, null=True, blank=True)
    percent = models.DecimalField(
        _("grade (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    needs_marking = models.BooleanField(_("needs marking"), default=False)

    objects = AttemptManager()
    with_prepared = models.Manager()  # noqa: DJ012 - a manager, after the default one

    # Not a column: the learner's enrolment in the quiz's course when the code closing the
    # attempt has it in hand (the submitting request read it to let the learner in), so the
    # quiz grade and the receivers of the attempt's save need not read it again.
    course_enrolment: Enrolment | None = None

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["quiz", "user", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(state="in_progress"),
                name="quizzes_one_attempt_in_progress",
            ),
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(state="prepared"),
                name="quizzes_one_attempt_prepared",
            ),
            models.UniqueConstraint(
                fields=["user", "quiz", "number"], name="quizzes_attempt_number_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["state", "deadline"], name="quizzes_attempt_state_deadline"),
            models.Index(fields=["quiz", "state"], name="quizzes_attempt_quiz_state"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.quiz_id} · #{self.number}"

    @property
    def is_finished(self) -> bool:
        return self.state == self.State.FINISHED


class Response(models.Model):
    """One question as an attempt showed it (its frozen snapshot), the answer saved and its mark."""

    attempt = models.ForeignKey(
        Attempt, verbose_name=_("attempt"), on_delete=models.CASCADE, related_name="responses"
    )
    position = models.PositiveIntegerField(pgettext_lazy("place in the attempt", "position"))
    page = models.PositiveIntegerField(_("page"))
    question = models.ForeignKey(
        "quizzes.Question",
        verbose_name=_("question"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="responses",
    )
    snapshot = models.JSONField(_("question as shown"))
    max_mark = models.DecimalField(_("maximum mark"), max_digits=7, decimal_places=2)
    answer = models.JSONField(_("answer"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    mark = models.DecimalField(_("mark"), max_digits=7, decimal_places=2, null=True, blank=True)
    state = models.CharField(_("outcome"), max_length=20, blank=True)
    needs_marking = models.BooleanField(_("needs marking"), default=False)
    comment = models.TextField(_("marker's comment"), blank=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    marked_at = models.DateTimeField(_("marked"), null=True, blank=True)

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "position"], name="quizzes_response_position_unique"
            )
        ]
        indexes = [
            models.Index(fields=["needs_marking"], name="quizzes_response_to_mark"),
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id} · {self.position}"

    @property
    def question_type(self) -> str:
        return str(self.snapshot.get("type", ""))


class MarkChange(models.Model):
    """A mark given or changed by a person: who, when, from what, to what and why."""

    response = models.ForeignKey(
        Response, verbose_name=_("response"), on_delete=models.CASCADE, related_name="mark_changes"
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed"), auto_now_add=True)
    old_mark = models.DecimalField(
        _("previous mark"), max_digits=7, decimal_places=2, null=True, blank=True
    )
    new_mark = models.DecimalField(_("new mark"), max_digits=7, decimal_places=2)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("mark change")
        verbose_name_plural = _("mark changes")
        ordering = ["-changed_at"]

    def __str__(self) -> str:
        return f"{self.response_id}: {self.old_mark} → {self.new_mark}"


class QuizGrade(models.Model):
    """A learner's grade on a quiz by its grading method, kept current for dashboards."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="quiz_grades",
    )
    quiz = models.ForeignKey(
        QuizPage, verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="grades"
    )
    percent = models.DecimalField(
        _("grade (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    passed = models.BooleanField(_("passed"), default=False)
    passed_at = models.DateTimeField(_("passed at"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("finished attempts"), default=0)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("quiz grade")
        verbose_name_plural = _("quiz grades")
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz"], name="quizzes_one_grade_per_quiz")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.quiz_id}: {self.percent}"
