"""Moving many questions through review at once: submitting them, approving or rejecting them.

Each question goes through the same workflow steps as from its editor, so the peer rule holds
(nobody approves what they submitted) and every step is logged in Wagtail's history.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import transaction

if TYPE_CHECKING:
    from people.models import User
    from quizzes.models import Question


@dataclass(frozen=True)
class ReviewOutcome:
    """How many questions moved, and how many were left where they were."""

    done: int
    left: int


def can_submit(question: Question) -> bool:
    """A question can go to review when it has unapproved content and is not already there."""
    return not question.workflow_in_progress and (
        not question.live or question.has_unpublished_changes
    )


@transaction.atomic
def submit_questions(questions: Iterable[Question], user: User) -> ReviewOutcome:
    """Send each question's latest version to review; those already there or approved as they
    stand are left."""
    done = left = 0
    for question in questions:
        workflow = question.get_workflow()
        if workflow is None or not can_submit(question):
            left += 1
            continue
        if question.latest_revision is None:
            question.save_revision(user=user, log_action=True)
        workflow.start(question, user)
        done += 1
    return ReviewOutcome(done, left)


def can_decide(question: Question, user: User, action: str) -> bool:
    """Whether ``user`` may take ``action`` ("approve" or "reject") on the question's review."""
    task_state = question.current_workflow_task_state
    if task_state is None:
        return False
    actions = task_state.task.specific.get_actions(question, user)
    return action in [name for name, _label, _modal in actions]


@transaction.atomic
def decide_questions(questions: Iterable[Question], user: User, action: str) -> ReviewOutcome:
    """Approve (publishing them) or reject the questions awaiting this reviewer's decision; the
    others (their own, or not in review) are left."""
    done = left = 0
    for question in questions:
        if not can_decide(question, user, action):
            left += 1
            continue
        task_state = question.current_workflow_task_state
        task_state.task.specific.on_action(task_state, user, action)
        done += 1
    return ReviewOutcome(done, left)
