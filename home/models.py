"""The home page: a Wagtail page so editors can change its welcome text."""

from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from courses import site_cache
from home.page_shell import KeptPageMixin


class HomePage(KeptPageMixin, site_cache.CachedViewRestrictionsMixin, Page):
    """The site's front page: welcome text, then what the signed-in person should do next (the
    welcome panel is each person's own; the rest is kept, the same for everyone)."""

    # Annotated by hand: Wagtail's Page ships no types, so the plugin cannot infer it.
    intro: models.CharField[str, str] = models.CharField(
        _("introduction"), max_length=400, blank=True
    )
    body = RichTextField(_("body"), blank=True, features=["bold", "italic", "link", "ul", "ol"])

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        return site_cache.route(self, request, path_components)

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        user = request.user
        if user.is_authenticated:
            from tracker.learning import assigned_courses

            # What /my/ lists as assigned work: not "in progress" here until started (read
            # within the welcome panel's own query).
            context["assigned_course_ids"] = assigned_courses(user)
        return context
