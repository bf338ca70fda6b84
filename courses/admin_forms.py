"""Forms of the Wagtail admin for course pages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page

from courses import permissions
from people.names import strip_diacritics

if TYPE_CHECKING:
    from courses.models import Topic


def plain_slug(text: str, fallback: str = "trang") -> str:
    """A page address from a title, in plain ASCII as the demo courses have them:
    "An toàn thông tin" -> "an-toan-thong-tin"."""
    return slugify(strip_diacritics(text))[:255].strip("-") or fallback


class PlainSlugPageForm(WagtailAdminPageForm):
    """A page whose address was left empty takes one from its title, in plain ASCII, made
    unique among its siblings; an address typed with diacritics loses them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            # What the trainer types is made plain below, so the field takes any text.
            self.fields["slug"].validators = []

    def clean_slug(self) -> str:
        typed = (self.cleaned_data.get("slug") or "").strip()
        title = self.cleaned_data.get("title") or ""
        if not typed and not title:
            raise ValidationError(_("Give the page a title: its address is made from it."))
        slug = plain_slug(typed or title)
        if typed or self.parent_page is None:
            return slug
        candidate, number = slug, 1
        while not Page._slug_is_available(candidate, self.parent_page, self.instance):
            number += 1
            candidate = f"{slug[:250]}-{number}"
        return candidate


class CoursePageForm(PlainSlugPageForm):
    """The course editor: a trainer limited to some topics may file a course under those only."""

    def clean_topic(self) -> Topic | None:
        topic = self.cleaned_data.get("topic")
        user = self.for_user
        if user is None or permissions.can_put_course_in(user, topic):
            return topic
        names = ", ".join(permissions.topic_names_open_to(user))
        if not names:
            raise ValidationError(
                _("You are not assigned any topic to write courses in; ask an administrator.")
            )
        if topic is None:
            raise ValidationError(
                _("Choose one of the topics you write for: %(topics)s.") % {"topics": names}
            )
        raise ValidationError(
            _("You may not write courses in the topic “%(topic)s”. Your topics: %(topics)s.")
            % {"topic": topic.name, "topics": names}
        )
