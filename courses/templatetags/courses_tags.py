"""Template tags other pages use to show course progress (the home page's "continue")."""

from __future__ import annotations

from typing import Any

from django import template

from courses.queries import continue_learning

register = template.Library()


@register.inclusion_tag("courses/tags/continue_learning.html", takes_context=True)
def continue_learning_panel(context: dict[str, Any]) -> dict[str, Any]:
    """The signed-in person's most recent unfinished course, with a link to where they stopped."""
    request = context.get("request")
    user = getattr(request, "user", None)
    listed_elsewhere = context.get("assigned_course_ids", ())
    resume = continue_learning(user, listed_elsewhere=listed_elsewhere) if user else None
    return {"request": request, "resume": resume}
