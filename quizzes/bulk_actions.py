"""Bulk actions of the question list: submit many questions for review, approve or reject many."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from quizzes.models import Question
from quizzes.services import review


class QuestionReviewAction(SnippetBulkAction):
    """A review step for every chosen question that can take it; the others are listed apart."""

    models = [Question]
    template_name = "quizzes/admin/bulk_review.html"
    action_priority = 20
    question_text: Any = ""
    button_text: Any = ""

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {
            **super().get_context_data(**kwargs),
            "question_text": self.question_text,
            "button_text": self.button_text,
            "title": self.display_name,
        }

    @classmethod
    def execute_action(cls, objects: Any, user: Any = None, **kwargs: Any) -> tuple[int, int]:
        outcome = cls.run(list(objects), kwargs["self"].request.user)
        return outcome.done, 0

    @classmethod
    def run(cls, questions: list[Question], user: Any) -> review.ReviewOutcome:
        raise NotImplementedError


class SubmitForReview(QuestionReviewAction):
    display_name = _("Submit for review")
    action_type = "submit_for_review"
    aria_label = _("Submit the chosen questions for review")
    question_text = _("Send these questions to a reviewer?")
    button_text = _("Yes, submit for review")

    def check_perm(self, obj: Question) -> bool:
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", obj
        ) and review.can_submit(obj)

    @classmethod
    def run(cls, questions: list[Question], user: Any) -> review.ReviewOutcome:
        return review.submit_questions(questions, user)

    def get_success_message(self, num_parent_objects: int, num_child_objects: int) -> str:
        return ngettext(
            "%(count)d question submitted for review.",
            "%(count)d questions submitted for review.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class ApproveQuestions(QuestionReviewAction):
    display_name = _("Approve")
    action_type = "approve_questions"
    aria_label = _("Approve the chosen questions")
    question_text = _("Approve these questions? They can then be drawn into quizzes.")
    button_text = _("Yes, approve")
    decision = "approve"

    def check_perm(self, obj: Question) -> bool:
        return review.can_decide(obj, self.request.user, self.decision)

    @classmethod
    def run(cls, questions: list[Question], user: Any) -> review.ReviewOutcome:
        return review.decide_questions(questions, user, cls.decision)

    def get_success_message(self, num_parent_objects: int, num_child_objects: int) -> str:
        return ngettext(
            "%(count)d question approved.", "%(count)d questions approved.", num_parent_objects
        ) % {"count": num_parent_objects}


class RejectQuestions(ApproveQuestions):
    display_name = _("Send back for changes")
    action_type = "reject_questions"
    aria_label = _("Send the chosen questions back to their authors")
    question_text = _("Send these questions back to their authors for changes?")
    button_text = _("Yes, send them back")
    decision = "reject"
    classes = {"serious"}

    def get_success_message(self, num_parent_objects: int, num_child_objects: int) -> str:
        return ngettext(
            "%(count)d question sent back for changes.",
            "%(count)d questions sent back for changes.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
