"""The admin chooser for lesson checks: approved questions of the types a check may use."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.widgets import AdminSnippetChooser

from quizzes.models import Question
from quizzes.question_types import AUTO_GRADED_TYPES


class CheckQuestionChooserViewSet(SnippetChooserViewSet):
    model = Question
    icon = "help"
    page_title = _("Choose an approved question")
    choose_one_text = _("Choose a question")
    choose_another_text = _("Choose another question")
    # Quiz slots keep the question bank's own chooser.
    register_widget = False

    def get_object_list(self) -> Any:
        return Question.objects.filter(live=True, qtype__in=AUTO_GRADED_TYPES).order_by(
            "name", "pk"
        )


check_question_chooser_viewset = CheckQuestionChooserViewSet(
    "quizzes_check_question_chooser", url_prefix="quizzes/check-questions"
)


class CheckQuestionChooser(AdminSnippetChooser):
    """The snippet chooser widget, opening the list of questions a check may use."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(Question, **kwargs)
        self.choose_one_text = _("Choose a question")
        self.choose_another_text = _("Choose another question")

    def get_chooser_modal_url(self) -> str:
        return reverse(check_question_chooser_viewset.get_url_name("choose"))
