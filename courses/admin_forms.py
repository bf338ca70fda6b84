"""Forms of the Wagtail admin for course pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from courses import permissions

if TYPE_CHECKING:
    from courses.models import Topic


class CoursePageForm(WagtailAdminPageForm):
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
