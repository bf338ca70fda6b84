"""The question bank: a tree of categories and questions that go through review before use."""

from __future__ import annotations

import html
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django import forms
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Case, Exists, OuterRef, Value, When
from django.db.models.functions import Cast
from django.utils.functional import cached_property
from django.utils.html import linebreaks
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from treebeard.mp_tree import MP_Node
from wagtail.fields import RichTextField
from wagtail.models import (
    AbstractGroupApprovalTask,
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TaskState,
    WorkflowMixin,
)
from wagtail.rich_text import expand_db_html
from wagtail.search import index

from people.roles import ADMINISTRATOR
from quizzes import grading
from quizzes.question_types import (
    ANSWERED_TYPES,
    CHOICE_TYPES,
    AnswerNumbering,
    EssayFormat,
    QuestionType,
    TextFormat,
)

if TYPE_CHECKING:
    from django.http import HttpRequest

    from people.models import User


class QuestionCategory(MP_Node):
    """A folder of the question bank; random slots draw from one, optionally with its subtree."""

    # Annotated by hand: treebeard's MP_Node ships no types, so the plugin cannot infer them.
    name: models.CharField[str, str] = models.CharField(_("name"), max_length=255)
    description: models.TextField[str, str] = models.TextField(_("description"), blank=True)
    idnumber: models.CharField[str, str] = models.CharField(
        _("ID number"), max_length=100, blank=True
    )
    created_at: models.DateTimeField[datetime, datetime] = models.DateTimeField(
        _("created"), auto_now_add=True
    )

    node_order_by = ["name"]

    class Meta:
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        """The path from the top, "Parent / Child", for choosers and listings."""
        names = getattr(self, "_ancestor_names", None)
        if names is None:
            names = [a.name for a in self.get_ancestors()] + [self.name]
        return " / ".join(names)

    def path_names(self) -> list[str]:
        names = getattr(self, "_ancestor_names", None)
        if names is not None:
            return list(names)
        return [a.name for a in self.get_ancestors()] + [self.name]

    @property
    def indented_name(self) -> str:
        return "\u2003" * (self.depth - 1) + self.name

    def subtree_ids(self, with_subcategories: bool = True) -> list[int]:
        if not with_subcategories:
            return [self.pk]
        return list(
            QuestionCategory.objects.filter(path__startswith=self.path).values_list("pk", flat=True)
        )


def as_stored_html(text: str, text_format: str) -> str:
    """A text in any format as stored HTML; formats other than HTML become plain paragraphs.

    What the learner is shown, and what the question editor opens and saves as HTML."""
    if not text or text_format == TextFormat.HTML:
        return text
    return linebreaks(html.escape(text))


def render_text(text: str, text_format: str) -> str:
    """Question text as HTML to show; formats other than HTML are shown as plain paragraphs."""
    if not text:
        return ""
    if text_format == TextFormat.HTML:
        return expand_db_html(text)
    return as_stored_html(text, text_format)


class WeightField(models.DecimalField):
    """An answer's weight, a share of the question's mark (1 = 100%), kept to seven decimals.

    Its form field takes any number: the question validator judges weights in the editor as it
    does in imports, and the editor stores the Moodle grade a weight matched.
    """

    @cached_property
    def validators(self) -> list[Any]:
        # django-stubs leave out Field._validators, the validators given to this field.
        return [*self.default_validators, *self._validators]  # type: ignore[attr-defined]

    def formfield(
        self,
        form_class: type[forms.Field] | None = None,
        choices_form_class: type[forms.ChoiceField] | None = None,
        **kwargs: Any,
    ) -> forms.Field | None:
        return super(models.DecimalField, self).formfield(
            form_class=form_class or forms.DecimalField,
            choices_form_class=choices_form_class,
            **kwargs,
        )

    def deconstruct(self) -> Any:
        # Stored as a plain decimal column: migrations need not know this class.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.DecimalField", args, kwargs


class ReviewStatus(models.TextChoices):
    """Where a question stands in review, as the bank lists it."""

    DRAFT = "draft", _("Draft")
    IN_REVIEW = "review", _("Awaiting review")
    LIVE = "live", _("Approved")
    CHANGED = "changed", _("Approved, changed since")


def with_review_status(questions: models.QuerySet[Question]) -> models.QuerySet[Question]:
    """Annotate ``review_status``: draft, awaiting review, approved, or changed since."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import WorkflowState

    in_review = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Question),
        object_id=Cast(OuterRef("pk"), models.CharField()),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    return questions.annotate(
        review_status=Case(
            When(Exists(in_review), then=Value(ReviewStatus.IN_REVIEW)),
            When(live=False, then=Value(ReviewStatus.DRAFT)),
            When(has_unpublished_changes=True, then=Value(ReviewStatus.CHANGED)),
            default=Value(ReviewStatus.LIVE),
            output_field=models.CharField(),
        )
    )


class TaggedQuestion(TaggedItemBase):
    content_object = ParentalKey(
        "quizzes.Question", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Question(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """One question of the bank. Only its approved, live version is ever drawn into a quiz.

    While a question is live, edits wait in revisions; the row keeps the approved content, and
    every attempt keeps its own snapshot, so editing never changes past results.
    """

    # Fields are annotated by hand: modelcluster and Wagtail ship no types, so the plugin cannot
    # infer them (the same holds for the answers and pairs below).
    category: models.ForeignKey[QuestionCategory, QuestionCategory] = models.ForeignKey(
        QuestionCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="questions",
    )
    qtype: models.CharField[str, str] = models.CharField(
        _("type"), max_length=20, choices=QuestionType.choices
    )
    name: models.CharField[str, str] = models.CharField(_("name"), max_length=255)
    text = RichTextField(_("question text"), blank=True)
    text_format: models.CharField[str, str] = models.CharField(
        _("text format"), max_length=10, choices=TextFormat.choices, default=TextFormat.HTML
    )
    general_feedback = RichTextField(
        _("general feedback"),
        blank=True,
        help_text=_("Shown to every learner after the attempt, whatever they answered."),
    )
    general_feedback_format: models.CharField[str, str] = models.CharField(
        _("general feedback format"),
        max_length=10,
        choices=TextFormat.choices,
        default=TextFormat.HTML,
    )
    correct_feedback: models.TextField[str, str] = models.TextField(
        _("feedback for a right answer"), blank=True
    )
    partially_correct_feedback: models.TextField[str, str] = models.TextField(
        _("feedback for a partly right answer"), blank=True
    )
    incorrect_feedback: models.TextField[str, str] = models.TextField(
        _("feedback for a wrong answer"), blank=True
    )
    show_standard_instruction: models.BooleanField[bool, bool] = models.BooleanField(
        _('show "choose one/more" instruction'), default=True
    )
    show_num_correct: models.BooleanField[bool, bool] = models.BooleanField(
        _("show the number of right choices"), default=False
    )
    hints = models.JSONField(
        _("hints"),
        default=list,
        blank=True,
        help_text=_("Kept for exchange with Moodle: hints between tries."),
    )
    default_mark: models.DecimalField[Decimal, Decimal] = models.DecimalField(
        _("default mark"),
        max_digits=7,
        decimal_places=2,
        default=Decimal("1"),
    )
    penalty: models.DecimalField[Decimal, Decimal] = models.DecimalField(
        _("penalty"),
        max_digits=8,
        decimal_places=7,
        default=Decimal("0"),
        help_text=_("Kept for exchange with Moodle; quizzes here give one try per attempt."),
    )
    idnumber: models.CharField[str, str] = models.CharField(
        _("ID number"), max_length=100, blank=True
    )
    shuffle_answers: models.BooleanField[bool, bool] = models.BooleanField(
        _("shuffle the answers"), default=True
    )
    answer_numbering: models.CharField[str, str] = models.CharField(
        _("answer numbering"),
        max_length=5,
        choices=AnswerNumbering.choices,
        default=AnswerNumbering.LOWER,
    )
    case_sensitive: models.BooleanField[bool, bool] = models.BooleanField(
        _("case sensitive"),
        default=False,
        help_text=_("Short answer: upper and lower case differ."),
    )
    ignore_diacritics: models.BooleanField[bool, bool] = models.BooleanField(
        _("ignore diacritics"),
        default=False,
        help_text=_('Short answer: accept "an toan" for "an toàn". Diacritics count otherwise.'),
    )
    essay_response_format: models.CharField[str, str] = models.CharField(
        _("essay response format"),
        max_length=20,
        choices=EssayFormat.choices,
        default=EssayFormat.PLAIN,
    )
    essay_response_required: models.BooleanField[bool, bool] = models.BooleanField(
        _("essay text required"), default=True
    )
    essay_min_words: models.PositiveIntegerField[int | None, int | None] = (
        models.PositiveIntegerField(_("minimum words"), null=True, blank=True)
    )
    essay_max_words: models.PositiveIntegerField[int | None, int | None] = (
        models.PositiveIntegerField(
            _("word limit"), null=True, blank=True, help_text=_("Essay: the most words accepted.")
        )
    )
    essay_response_template: models.TextField[str, str] = models.TextField(
        _("response template"), blank=True
    )
    essay_grader_info: models.TextField[str, str] = models.TextField(
        _("information for markers"), blank=True, help_text=_("Never shown to learners.")
    )
    essay_options = models.JSONField(
        _("other essay options"),
        default=dict,
        blank=True,
        help_text=_("Kept for exchange with Moodle: box lines, attachments, file types, formats."),
    )
    tags = ClusterTaggableManager(_("tags"), through=TaggedQuestion, blank=True)
    created_by: models.ForeignKey[User | None, User | None] = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at: models.DateTimeField[datetime, datetime] = models.DateTimeField(
        _("created"), auto_now_add=True
    )
    updated_at: models.DateTimeField[datetime, datetime] = models.DateTimeField(
        _("updated"), auto_now=True
    )

    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="question",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="question",
        for_concrete_model=False,
    )

    search_fields = [
        index.SearchField("name"),
        index.SearchField("text"),
        index.AutocompleteField("name"),
        index.FilterField("qtype"),
        index.FilterField("category_id"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["category__path", "name"]
        indexes = [models.Index(fields=["category", "live"])]

    def __str__(self) -> str:
        return self.name

    @property
    def review_status_label(self) -> str:
        """The question's place in review, from the listing's annotation when there is one."""
        status = getattr(self, "review_status", None)
        if status is None:
            if self.workflow_in_progress:
                status = ReviewStatus.IN_REVIEW
            elif not self.live:
                status = ReviewStatus.DRAFT
            else:
                status = ReviewStatus.CHANGED if self.has_unpublished_changes else ReviewStatus.LIVE
        return str(ReviewStatus(status).label)

    # Snapshots ------------------------------------------------------------------------------

    def to_snapshot(self) -> dict[str, Any]:
        """Everything an attempt needs to show and grade this question, as plain JSON data."""
        snapshot: dict[str, Any] = {
            "question_id": self.pk,
            "revision_id": self.live_revision_id,
            "type": self.qtype,
            "name": self.name,
            "text": render_text(self.text, self.text_format),
            "general_feedback": render_text(self.general_feedback, self.general_feedback_format),
            "default_mark": str(self.default_mark),
            "shuffle_answers": self.shuffle_answers,
            "numbering": self.answer_numbering,
            "answers": [],
            "pairs": [],
        }
        if self.qtype in ANSWERED_TYPES:
            snapshot["answers"] = [a.to_snapshot(self.qtype) for a in self.answers.all()]
        if self.qtype == QuestionType.SHORT_ANSWER:
            snapshot["case_sensitive"] = self.case_sensitive
            snapshot["ignore_diacritics"] = self.ignore_diacritics
        if self.qtype == QuestionType.MATCHING:
            pairs = list(self.pairs.all())
            snapshot["pairs"] = [
                {
                    "id": str(p.pk),
                    "prompt": render_text(p.prompt, p.prompt_format),
                    "answer": p.answer,
                }
                for p in pairs
                if p.prompt.strip()
            ]
            choices: list[str] = []
            for pair in pairs:
                if pair.answer not in choices:
                    choices.append(pair.answer)
            snapshot["choices"] = choices
        if self.qtype == QuestionType.ESSAY:
            snapshot["essay"] = {
                "format": self.essay_response_format,
                "required": self.essay_response_required,
                "min_words": self.essay_min_words,
                "max_words": self.essay_max_words,
                "template": self.essay_response_template,
                "grader_info": self.essay_grader_info,
            }
        return snapshot

    # Preview: the question as a learner sees it -------------------------------------------

    preview_modes = [("", _("As a learner sees it")), ("answers", _("With answers and feedback"))]

    def get_preview_template(self, request: HttpRequest, mode_name: str) -> str:
        return "quizzes/question_preview.html"

    def get_preview_context(self, request: HttpRequest, mode_name: str) -> dict[str, Any]:
        from quizzes.presentation import question_for_display

        context = super().get_preview_context(request, mode_name)
        snapshot = self.to_snapshot()
        context["item"] = question_for_display(snapshot, number=1, response=None)
        context["show_answers"] = mode_name == "answers"
        context["snapshot"] = snapshot
        context["correct"] = grading.correct_response_text(snapshot)
        return context


class QuestionAnswer(Orderable):
    """A choice, an accepted short answer or a numerical value, with its weight and feedback."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="answers")
    text: models.TextField[str, str] = models.TextField(_("answer"))
    fraction = WeightField(
        _("weight"),
        max_digits=8,
        decimal_places=7,
        default=Decimal("0"),
        help_text=_("Share of the mark, from -1 to 1 (1 = 100%)."),
    )
    feedback: models.TextField[str, str] = models.TextField(_("feedback"), blank=True)
    text_format: models.CharField[str, str] = models.CharField(
        _("answer format"), max_length=10, choices=TextFormat.choices, default=TextFormat.PLAIN
    )
    feedback_format: models.CharField[str, str] = models.CharField(
        _("feedback format"), max_length=10, choices=TextFormat.choices, default=TextFormat.MOODLE
    )
    tolerance: models.DecimalField[Decimal | None, Decimal | None] = models.DecimalField(
        _("tolerance"),
        max_digits=20,
        decimal_places=10,
        null=True,
        blank=True,
        help_text=_(
            'Numerical: accepted error either side. For a range write "1..5" as the answer.'
        ),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self) -> str:
        return self.text

    def to_snapshot(self, qtype: str) -> dict[str, Any]:
        text = self.text
        if qtype in CHOICE_TYPES:
            text = render_text(self.text, self.text_format)
        data = {
            "id": str(self.pk),
            "text": text,
            "fraction": str(self.fraction),
            "feedback": render_text(self.feedback, self.feedback_format),
        }
        if qtype == QuestionType.NUMERICAL:
            data["tolerance"] = str(self.tolerance or 0)
        if qtype == QuestionType.TRUE_FALSE:
            data["id"] = "true" if self.text.strip().lower() in ("true", "đúng") else "false"
        return data


class MatchingPair(Orderable):
    """A matching prompt and its answer; a pair without a prompt is an extra wrong answer."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="pairs")
    prompt: models.TextField[str, str] = models.TextField(_("prompt"), blank=True)
    prompt_format: models.CharField[str, str] = models.CharField(
        _("prompt format"), max_length=10, choices=TextFormat.choices, default=TextFormat.HTML
    )
    answer: models.CharField[str, str] = models.CharField(_("matching answer"), max_length=255)

    class Meta(Orderable.Meta):
        verbose_name = _("matching pair")
        verbose_name_plural = _("matching pairs")

    def __str__(self) -> str:
        return f"{self.prompt} → {self.answer}"


# Set on the approving user for the one action that publishes a question after review.
APPROVING_REVIEW = "_approving_question_review"


class PeerApprovalTask(AbstractGroupApprovalTask):
    """Approval by the chosen groups, but never by the person who asked for it.

    A trainer submits a question; a second trainer or an administrator approves it.
    """

    def _may_moderate(self, obj: Any, user: User) -> bool:
        if user.is_superuser or user.groups.filter(name=ADMINISTRATOR).exists():
            return True
        state = getattr(obj, "current_workflow_state", None)
        requested_by = getattr(state, "requested_by_id", None)
        return requested_by != user.pk

    def get_actions(self, obj: Any, user: User) -> list[tuple[str, Any, bool]]:
        if not self._may_moderate(obj, user):
            return []
        return super().get_actions(obj, user)

    def user_can_access_editor(self, obj: Any, user: User) -> bool:
        return super().user_can_access_editor(obj, user)

    def get_task_states_user_can_moderate(self, user: User, **kwargs: Any) -> Any:
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        if user.is_superuser or user.groups.filter(name=ADMINISTRATOR).exists():
            return states
        return states.exclude(workflow_state__requested_by=user)

    def on_action(self, task_state: TaskState, user: User, action_name: str, **kwargs: Any) -> Any:
        obj = task_state.workflow_state.content_object
        if action_name == "approve" and not self._may_moderate(obj, user):
            raise PermissionDenied
        # Approving the last step publishes the question: allowed to the approver for this
        # action only (trainers may not publish otherwise; see QuestionPermissionPolicy).
        # setattr, not the instance's __dict__: request.user's lazy wrapper passes it on.
        setattr(user, APPROVING_REVIEW, True)
        try:
            return super().on_action(task_state, user, action_name, **kwargs)
        finally:
            setattr(user, APPROVING_REVIEW, False)

    @classmethod
    def get_description(cls) -> Any:
        return _("Members of the chosen groups approve, except the person who submitted")

    class Meta:
        verbose_name = _("peer approval task")
        verbose_name_plural = _("peer approval tasks")
