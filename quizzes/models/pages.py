"""The quiz page: an item of a course with its settings and its question slots."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from courses.admin_forms import PlainSlugPageForm
from courses.models import CourseItemMixin
from courses.site_cache import CachedViewRestrictionsMixin
from quizzes.models.bank import Question, QuestionCategory

if TYPE_CHECKING:
    from people.http import AuthenticatedHttpRequest


class GradingMethod(models.TextChoices):
    HIGHEST = "highest", _("Highest grade")
    AVERAGE = "average", _("Average grade")
    FIRST = "first", _("First attempt")
    LAST = "last", _("Last attempt")


class ReviewWhen(models.TextChoices):
    NEVER = "never", _("Never")
    IMMEDIATELY = "immediately", _("As soon as the attempt is submitted")
    AFTER_CLOSE = "after_close", _("After the quiz closes")


def _review_field(label: Any, default: str) -> models.CharField:
    return models.CharField(label, max_length=12, choices=ReviewWhen.choices, default=default)


class QuizPage(CachedViewRestrictionsMixin, CourseItemMixin, RoutablePageMixin, Page):
    """A quiz inside a course: fixed and random question slots, timing, attempts and review."""

    base_form_class = PlainSlugPageForm

    # Page fields are annotated by hand: Wagtail ships no types, so the plugin cannot infer them.
    intro = RichTextField(_("introduction"), blank=True)
    shuffle_questions: models.BooleanField[bool, bool] = models.BooleanField(
        _("shuffle questions"), default=False
    )
    shuffle_answers: models.BooleanField[bool, bool] = models.BooleanField(
        _("shuffle answers"),
        default=True,
        help_text=_("Within each question that allows it."),
    )
    pass_mark_percent: models.DecimalField[Decimal, Decimal] = models.DecimalField(
        _("pass mark (%)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("80"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    time_limit_minutes: models.PositiveIntegerField[int | None, int | None] = (
        models.PositiveIntegerField(
            _("time limit (minutes)"),
            null=True,
            blank=True,
            validators=[MinValueValidator(1)],
            help_text=_("Leave empty for no time limit."),
        )
    )
    attempts_allowed: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(
        _("attempts allowed"), default=0, help_text=_("0 means unlimited.")
    )
    wait_between_attempts_minutes: models.PositiveIntegerField[int, int] = (
        models.PositiveIntegerField(_("wait between attempts (minutes)"), default=0)
    )
    grading_method: models.CharField[str, str] = models.CharField(
        _("grading method"),
        max_length=10,
        choices=GradingMethod.choices,
        default=GradingMethod.HIGHEST,
    )
    open_at: models.DateTimeField[datetime | None, datetime | None] = models.DateTimeField(
        _("opens"), null=True, blank=True
    )
    close_at: models.DateTimeField[datetime | None, datetime | None] = models.DateTimeField(
        _("closes"), null=True, blank=True
    )
    questions_per_page: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(
        _("questions per page"), default=1, help_text=_("0 puts every question on one page.")
    )
    review_mark = _review_field(_("show the mark"), ReviewWhen.IMMEDIATELY)
    review_correctness = _review_field(_("show right or wrong"), ReviewWhen.IMMEDIATELY)
    review_correct_answers = _review_field(_("show the right answers"), ReviewWhen.AFTER_CLOSE)
    review_feedback = _review_field(_("show feedback"), ReviewWhen.IMMEDIATELY)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("required"),
        InlinePanel("slots", label=_("Questions"), heading=_("Questions")),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("open_at"), FieldPanel("close_at")]),
                FieldPanel("time_limit_minutes"),
                FieldRowPanel(
                    [FieldPanel("attempts_allowed"), FieldPanel("wait_between_attempts_minutes")]
                ),
                FieldRowPanel([FieldPanel("grading_method"), FieldPanel("pass_mark_percent")]),
                FieldRowPanel(
                    [
                        FieldPanel("questions_per_page"),
                        FieldPanel("shuffle_questions"),
                        FieldPanel("shuffle_answers"),
                    ]
                ),
            ],
            heading=_("Quiz settings"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("review_mark"),
                FieldPanel("review_correctness"),
                FieldPanel("review_correct_answers"),
                FieldPanel("review_feedback"),
            ],
            heading=_("Review after the attempt"),
        ),
        *Page.settings_panels,
    ]

    template = "quizzes/quiz_page.html"

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def clean(self) -> None:
        super().clean()
        if self.open_at and self.close_at and self.close_at <= self.open_at:
            raise ValidationError({"close_at": _("The quiz must close after it opens.")})

    # Timing -------------------------------------------------------------------------------

    def is_open(self, now: datetime | None = None) -> bool:
        now = now or timezone.now()
        if self.open_at and now < self.open_at:
            return False
        return not (self.close_at and now >= self.close_at)

    def is_closed(self, now: datetime | None = None) -> bool:
        now = now or timezone.now()
        return bool(self.close_at and now >= self.close_at)

    # Routes -------------------------------------------------------------------------------

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from quizzes.views import quiz_context

        context = super().get_context(request, *args, **kwargs)
        context.update(quiz_context(request, self))
        return context

    @path("start/", name="start")
    def start_view(self, request: AuthenticatedHttpRequest) -> HttpResponse:
        from quizzes import views

        return views.start(request, self)

    @path("attempt/<id:attempt_id>/", name="attempt")
    def attempt_view(self, request: AuthenticatedHttpRequest, attempt_id: int) -> HttpResponse:
        from quizzes import views

        return views.attempt(request, self, attempt_id)

    @path("attempt/<id:attempt_id>/save/", name="save")
    def save_view(self, request: AuthenticatedHttpRequest, attempt_id: int) -> HttpResponse:
        from quizzes import views

        return views.save(request, self, attempt_id)

    @path("attempt/<id:attempt_id>/summary/", name="summary")
    def summary_view(self, request: AuthenticatedHttpRequest, attempt_id: int) -> HttpResponse:
        from quizzes import views

        return views.summary(request, self, attempt_id)

    @path("attempt/<id:attempt_id>/submit/", name="submit")
    def submit_view(self, request: AuthenticatedHttpRequest, attempt_id: int) -> HttpResponse:
        from quizzes import views

        return views.submit(request, self, attempt_id)

    @path("attempt/<id:attempt_id>/review/", name="review")
    def review_view(self, request: AuthenticatedHttpRequest, attempt_id: int) -> HttpResponse:
        from quizzes import views

        return views.review(request, self, attempt_id)


class SlotKind(models.TextChoices):
    FIXED = "fixed", _("A chosen question")
    RANDOM = "random", _("Random questions from a category")


class QuizSlot(Orderable):
    """One place in the quiz: a chosen question, or N questions drawn at random from a category."""

    page = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="slots")
    kind: models.CharField[str, str] = models.CharField(
        _("kind"), max_length=10, choices=SlotKind.choices, default=SlotKind.FIXED
    )
    question: models.ForeignKey[Question | None, Question | None] = models.ForeignKey(
        Question,
        verbose_name=_("question"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="quiz_slots",
    )
    category: models.ForeignKey[QuestionCategory | None, QuestionCategory | None] = (
        models.ForeignKey(
            QuestionCategory,
            verbose_name=_("category"),
            null=True,
            blank=True,
            on_delete=models.PROTECT,
            related_name="quiz_slots",
        )
    )
    count: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(
        _("how many"),
        default=1,
        validators=[MinValueValidator(1)],
        help_text=_("Random: how many questions to draw."),
    )
    include_subcategories: models.BooleanField[bool, bool] = models.BooleanField(
        _("include subcategories"), default=False
    )
    mark: models.DecimalField[Decimal | None, Decimal | None] = models.DecimalField(
        _("mark"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Leave empty to use each question's default mark."),
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("question"),
        FieldRowPanel(
            [FieldPanel("category"), FieldPanel("count"), FieldPanel("include_subcategories")]
        ),
        FieldPanel("mark"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question slot")
        verbose_name_plural = _("question slots")

    def __str__(self) -> str:
        if self.kind == SlotKind.RANDOM:
            return f"{self.count} × {self.category}"
        return str(self.question)

    def clean(self) -> None:
        super().clean()
        if self.kind == SlotKind.FIXED:
            if not self.question_id:
                raise ValidationError({"question": _("Choose a question.")})
            if not Question.objects.filter(pk=self.question_id, live=True).exists():
                raise ValidationError(
                    {
                        "question": _(
                            "This question is not approved yet; quizzes use approved questions only."  # noqa: E501
                        )
                    }
                )
        elif not self.category_id:
            raise ValidationError({"category": _("Choose the category to draw from.")})
