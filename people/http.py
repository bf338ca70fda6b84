"""The request type of views that only signed-in people reach."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpRequest

if TYPE_CHECKING:
    from people.models import User


class AuthenticatedHttpRequest(HttpRequest):
    """A request behind ``login_required`` (or the Wagtail admin's sign-in): its user is a User."""

    user: User
