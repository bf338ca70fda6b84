"""The question bank, marking and quiz results in the Wagtail admin."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import django_filters
from django.urls import include, path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from config.replica import reads_from_replica
from quizzes import admin_views, bulk_actions, permissions
from quizzes.choosers import CheckQuestionChooserViewSet, check_question_chooser_viewset
from quizzes.forms import QuestionCategoryForm, QuestionForm
from quizzes.models import Question, QuestionCategory
from quizzes.models.bank import APPROVING_REVIEW, ReviewStatus, with_review_status

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
    from django.db.models import QuerySet
    from django.http import HttpRequest

    from people.models import User


class QuestionPermissionPolicy(ModelPermissionPolicy):
    """Trainers edit and submit questions; publishing without review is for administrators."""

    def user_has_permission(self, user: User | AnonymousUser, action: str) -> bool:
        if action == "publish" and not (
            permissions.can_publish_questions(user) or getattr(user, APPROVING_REVIEW, False)
        ):
            return False
        return super().user_has_permission(user, action)


# Registered before the snippet so Wagtail does not create its default policy first.
register_permission_policy(Question, QuestionPermissionPolicy(Question))

Question.base_form_class = QuestionForm
QuestionCategory.base_form_class = QuestionCategoryForm


class QuestionCategoryViewSet(ModelViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    add_to_admin_menu = False
    url_prefix = "quizzes/categories"
    list_display = [Column("indented_name", label=_("name")), "idnumber"]
    search_fields = ["name", "description"]
    panels = [
        FieldPanel("parent"),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("idnumber"),
    ]
    copy_view_enabled = False

    def get_queryset(self, request: HttpRequest) -> QuerySet[QuestionCategory]:
        return QuestionCategory.objects.order_by("path")


class QuestionFilterSet(WagtailFilterSet):
    """The question list's filters: type, review status, and a category with its subtree."""

    review_status = django_filters.ChoiceFilter(
        label=_("status"), choices=ReviewStatus.choices, empty_label=_("Any status")
    )
    category = django_filters.ModelChoiceFilter(
        label=_("category (with its subcategories)"),
        queryset=QuestionCategory.objects.order_by("path"),
        method="in_category",
    )

    class Meta:
        model = Question
        fields = ["qtype"]

    def in_category(
        self, queryset: QuerySet[Question], name: str, value: QuestionCategory
    ) -> QuerySet[Question]:
        return queryset.filter(category__path__startswith=value.path)


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    url_prefix = "quizzes/questions"
    list_display = [
        "name",
        Column("qtype", label=_("type"), accessor="get_qtype_display"),
        "category",
        Column("review_status", label=_("status"), accessor="review_status_label"),
        UpdatedAtColumn(),
    ]
    filterset_class = QuestionFilterSet
    list_per_page = 50
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("category"), FieldPanel("qtype")]),
                    FieldPanel("name"),
                    FieldPanel("text"),
                    FieldPanel("default_mark"),
                    InlinePanel("answers", label=_("Answer"), heading=_("Answers")),
                    InlinePanel("pairs", label=_("Matching pair"), heading=_("Matching pairs")),
                    FieldPanel("general_feedback"),
                    FieldPanel("tags"),
                ],
                heading=_("Question"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [FieldPanel("shuffle_answers"), FieldPanel("answer_numbering")],
                        heading=_("Choice questions"),
                    ),
                    MultiFieldPanel(
                        [FieldPanel("case_sensitive"), FieldPanel("ignore_diacritics")],
                        heading=_("Short answer"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("essay_response_format"),
                            FieldPanel("essay_response_required"),
                            FieldRowPanel(
                                [FieldPanel("essay_min_words"), FieldPanel("essay_max_words")]
                            ),
                            FieldPanel("essay_response_template"),
                            FieldPanel("essay_grader_info"),
                        ],
                        heading=_("Essay"),
                    ),
                    MultiFieldPanel(
                        [FieldPanel("idnumber"), FieldPanel("penalty")],
                        heading=_("Exchange with Moodle"),
                    ),
                ],
                heading=_("Options"),
            ),
        ]
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet[Question]:
        return with_review_status(Question.objects.select_related("category", "latest_revision"))


class TrainerMenuItem(MenuItem):
    def __init__(
        self, *args: Any, check: Callable[[User | AnonymousUser], bool], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.check = check

    def is_shown(self, request: HttpRequest) -> bool:
        return self.check(request.user)


class QuestionBankGroup(SnippetViewSetGroup):
    items = (QuestionViewSet, QuestionCategoryViewSet)
    menu_icon = "help"
    menu_label = _("Question bank")
    menu_name = "question-bank"
    menu_order = 250

    def get_submenu_items(self) -> list[MenuItem]:
        items = super().get_submenu_items()
        order = len(items)
        return [
            *items,
            TrainerMenuItem(
                _("Import questions"),
                reverse("quizzes_admin:import"),
                icon_name="download",
                order=order + 1,
                check=permissions.can_import_questions,
            ),
            TrainerMenuItem(
                _("Export questions"),
                reverse("quizzes_admin:export"),
                icon_name="upload",
                order=order + 2,
                check=permissions.can_export_questions,
            ),
        ]


register_snippet(QuestionBankGroup)


for action in (
    bulk_actions.SubmitForReview,
    bulk_actions.ApproveQuestions,
    bulk_actions.RejectQuestions,
):
    hooks.register("register_bulk_action", action)


@hooks.register("register_admin_viewset")
def register_check_question_chooser() -> CheckQuestionChooserViewSet:
    """The chooser of lesson checks, listing approved questions of the types they may use."""
    return check_question_chooser_viewset


@hooks.register("register_admin_urls")
def register_quiz_admin_urls() -> list[Any]:
    urls = [
        path("marking/", admin_views.MarkingQueueView.as_view(), name="marking"),
        path("marking/<id:pk>/", admin_views.MarkResponseView.as_view(), name="mark"),
        path("results/", admin_views.QuizListView.as_view(), name="quizzes"),
        path(
            "results/<id:page_id>/attempts/",
            admin_views.QuizAttemptsView.as_view(),
            name="attempts",
        ),
        path(
            "results/<id:page_id>/statistics/",
            # Item statistics read from the replica when one is configured.
            reads_from_replica(admin_views.QuizStatisticsView.as_view()),
            name="statistics",
        ),
        path("attempts/<id:pk>/", admin_views.AttemptDetailView.as_view(), name="attempt"),
        path("import/", admin_views.ImportQuestionsView.as_view(), name="import"),
        path("export/", admin_views.ExportQuestionsView.as_view(), name="export"),
    ]
    return [path("quizzes/", include((urls, "quizzes_admin"), namespace="quizzes_admin"))]


@hooks.register("register_admin_menu_item")
def register_marking_menu_item() -> MenuItem:
    return TrainerMenuItem(
        _("Answers to mark"),
        reverse("quizzes_admin:marking"),
        icon_name="edit",
        order=260,
        check=permissions.can_mark,
    )


@hooks.register("register_admin_menu_item")
def register_results_menu_item() -> MenuItem:
    return TrainerMenuItem(
        _("Quiz results"),
        reverse("quizzes_admin:quizzes"),
        icon_name="table",
        order=270,
        check=permissions.can_view_statistics,
    )


WAGTAIL_WORDS = {
    "awaiting": "Awaiting your review",
    "privacy": "Privacy and access",
    "tasks": "Tasks",
    "submitted_by": "Task submitted by",
    "started": "Task started",
    "compare_live": "Compare with live version",
    "compare_previous": "Compare with previous version",
}


class AwaitingReviewPanel(WorkflowObjectsToModeratePanel):
    """The dashboard's review queue, saying of each item what it is and where it belongs."""

    template_name = "quizzes/admin/awaiting_review.html"

    def get_context_data(self, parent_context: Any) -> Any:
        context = super().get_context_data(parent_context)
        # Wagtail's own words, translated by Wagtail's catalogue as on its panel.
        context["words"] = {key: gettext(msgid) for key, msgid in WAGTAIL_WORDS.items()}
        for state in context["states"]:
            state["kind"], state["where"] = review_item_place(state["obj"])
        return context


def review_item_place(obj: Any) -> tuple[str, str]:
    """What an item awaiting review is (question, quiz, lesson…) and its category or course."""
    from courses.models import CoursePage

    kind = capfirst(str(obj._meta.verbose_name))
    if isinstance(obj, Question):
        return kind, str(_("Category: %(name)s") % {"name": obj.category.full_name})
    if isinstance(obj, Page) and not isinstance(obj, CoursePage):
        course = CoursePage.objects.ancestor_of(obj).first()
        if course is not None:
            return kind, str(_("Course: %(title)s") % {"title": course.title})
    return kind, ""


@hooks.register("construct_homepage_panels")
def describe_items_awaiting_review(request: HttpRequest, panels: list[Any]) -> None:
    for index, panel in enumerate(panels):
        if type(panel) is WorkflowObjectsToModeratePanel:
            panels[index] = AwaitingReviewPanel()


@hooks.register("construct_snippet_action_menu")
def hide_publish_from_reviewers_only(
    menu_items: list[Any], request: HttpRequest, context: dict[str, Any]
) -> None:
    """Trainers hold the publish permission only to approve a review: no Publish button."""
    if context.get("model") is Question and not permissions.can_publish_questions(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]
