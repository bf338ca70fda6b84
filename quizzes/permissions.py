"""Who may do what with quizzes. Views, admin views and templates ask here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from people.permissions import cached_on_user, is_signed_in
from people.roles import ADMINISTRATOR, TRAINER

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from people.models import User
    from quizzes.models import Attempt


_signed_in = is_signed_in


def _roles(user: User) -> set[str]:
    return cached_on_user(
        user, "_quiz_roles_cache", lambda: set(user.groups.values_list("name", flat=True))
    )


def is_trainer_or_admin(user: User | AnonymousUser) -> bool:
    if not _signed_in(user):
        return False
    return user.is_superuser or bool(_roles(user) & {TRAINER, ADMINISTRATOR})


def can_see_attempt(user: User | AnonymousUser, attempt: Attempt) -> bool:
    """A learner sees only their own attempts on the site; trainers use the admin."""
    return _signed_in(user) and attempt.user_id == user.pk


def can_mark(user: User | AnonymousUser) -> bool:
    """Trainers and administrators mark essays and change marks."""
    return is_trainer_or_admin(user) and user.has_perm("quizzes.change_response")


def can_view_statistics(user: User | AnonymousUser) -> bool:
    return is_trainer_or_admin(user) and user.has_perm("quizzes.view_attempt")


def can_publish_questions(user: User | AnonymousUser) -> bool:
    """Only administrators publish a question directly; trainers go through review."""
    if not _signed_in(user):
        return False
    return user.is_superuser or ADMINISTRATOR in _roles(user)


def can_import_questions(user: User | AnonymousUser) -> bool:
    """Whoever may add questions to the bank may bring them from a file."""
    return _signed_in(user) and user.has_perm("quizzes.add_question")


def can_export_questions(user: User | AnonymousUser) -> bool:
    return _signed_in(user) and user.has_perm("quizzes.add_question")
