"""Template tags that show course progress: a course's progress bar, and the home page's
"continue"."""

from __future__ import annotations

from typing import Any

from django import template
from django.conf import settings
from django.utils.formats import localize
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from courses.queries import Outline, continue_learning

register = template.Library()


def _number(value: int) -> str:
    """A whole number as a template shows it: its digits, grouped only where the site groups
    thousands."""
    return localize(value) if settings.USE_THOUSAND_SEPARATOR else str(value)


@register.simple_tag
def course_progress(outline: Outline) -> SafeString:
    """The learner's progress bar in a course (required items done, percent).

    Written here rather than in a template because kept pages fill it in on every view; it is
    what the template did: numbers shown as a template shows them, the translated sentence
    taken as the translators wrote it, everything else escaped."""
    course = _number(outline.course.pk)
    percent = _number(outline.percent)
    numbers = {
        "done": format_html("{}", _number(outline.done_count)),
        "total": format_html("{}", _number(outline.required_count)),
    }
    # As {% blocktranslate %} does: the translation is trusted, the values are escaped, and a
    # translation that does not fit its values gives way to the original sentence.
    sentence = "%(done)s of %(total)s required items done"
    try:
        text = gettext(sentence) % numbers
    except (KeyError, ValueError):
        text = sentence % numbers
    label = mark_safe(text)  # noqa: S308
    return format_html(
        '<div class="course-progress">\n'
        '  <label for="progress-{}">{}</label>\n'
        '  <progress id="progress-{}" max="100" value="{}" data-course-progress>{}%</progress>\n'
        '  <span class="progress-percent" data-course-percent>{}%</span>\n'
        "</div>\n",
        course,
        label,
        course,
        percent,
        percent,
        percent,
    )


@register.inclusion_tag("courses/tags/continue_learning.html", takes_context=True)
def continue_learning_panel(context: dict[str, Any]) -> dict[str, Any]:
    """The signed-in person's most recent unfinished course, with a link to where they stopped."""
    request = context.get("request")
    user = getattr(request, "user", None)
    listed_elsewhere = context.get("assigned_course_ids", ())
    resume = continue_learning(user, listed_elsewhere=listed_elsewhere) if user else None
    return {"request": request, "resume": resume}
