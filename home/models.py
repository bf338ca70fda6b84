"""The home page: a Wagtail page so editors can change its welcome text."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from courses import site_cache


class HomePage(site_cache.CachedViewRestrictionsMixin, Page):
    """The site's front page: welcome text, then what the signed-in person should do next."""

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
