"""SCORM packages, the lesson page that plays one, and each learner's run-time data."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from courses.admin_forms import PlainSlugPageForm
from courses.models.pages import CourseItemMixin, CourseItemRequest
from courses.site_cache import CachedViewRestrictionsMixin

if TYPE_CHECKING:
    from people.http import AuthenticatedHttpRequest


# The plugin cannot resolve the reverse manager of a Wagtail page's foreign key (as for Topic).
class ScormPackage(models.Model):  # type: ignore[django-manager-missing]
    """An uploaded SCORM package: its files live in private storage under ``storage_prefix``.

    A package never changes once stored; a new version of the content is a new upload, and
    lessons are pointed at it.
    """

    class Version(models.TextChoices):
        SCORM_12 = "1.2", _("SCORM 1.2")
        SCORM_2004 = "2004", _("SCORM 2004")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=255)
    version = models.CharField(_("SCORM version"), max_length=8, choices=Version.choices)
    identifier = models.CharField(_("manifest identifier"), max_length=255, blank=True)
    # The default organisation's launchable items, in order (see courses.scorm.manifest.Sco).
    scos = models.JSONField(_("launchable items"), default=list, editable=False)
    file_count = models.PositiveIntegerField(_("files"), default=0, editable=False)
    total_bytes = models.PositiveBigIntegerField(_("size (bytes)"), default=0, editable=False)
    original_name = models.CharField(_("uploaded file"), max_length=255, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("SCORM package")
        verbose_name_plural = _("SCORM packages")
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return f"{self.title} ({self.get_version_display()})"

    @property
    def storage_prefix(self) -> str:
        return f"scorm/{self.uuid}/"

    def sco(self, identifier: str | None = None) -> dict[str, Any] | None:
        """A launchable item by identifier, or the first one."""
        for sco in self.scos:
            if identifier is None or sco["identifier"] == identifier:
                return sco
        return None


class ScormCompletion(models.TextChoices):
    COMPLETED = "completed", _("The package reports it completed (or passed)")
    PASSED = "passed", _("The package reports it passed")


class ScormLessonPage(CachedViewRestrictionsMixin, CourseItemMixin, RoutablePageMixin, Page):
    """A lesson played from a SCORM package, in a sandboxed frame on the content address."""

    base_form_class = PlainSlugPageForm

    # Fields of a Wagtail page, typed by hand: its base class carries no types.
    intro: models.TextField[str, str] = models.TextField(
        _("introduction"), max_length=1000, blank=True
    )
    package: models.ForeignKey[ScormPackage, ScormPackage] = models.ForeignKey(
        ScormPackage,
        verbose_name=_("SCORM package"),
        on_delete=models.PROTECT,
        related_name="lessons",
    )
    completion: models.CharField[str, str] = models.CharField(
        _("counts as done when"),
        max_length=12,
        choices=ScormCompletion.choices,
        default=ScormCompletion.COMPLETED,
        help_text=_("A package with several items counts as done when each of them does."),
    )
    estimated_minutes: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(
        _("estimated minutes"), default=20
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("package"),
        MultiFieldPanel(
            [FieldPanel("completion"), FieldPanel("estimated_minutes"), FieldPanel("required")],
            heading=_("Lesson"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("SCORM lesson")
        verbose_name_plural = _("SCORM lessons")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if self.package_id and not ScormPackage.objects.filter(pk=self.package_id).exists():
            raise ValidationError({"package": _("Choose a package.")})

    def serve(self, request: CourseItemRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        from courses.scorm.player import frame_policy

        response = super().serve(request, *args, **kwargs)
        return frame_policy(response, request)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from courses.scorm.player import player_context

        context = super().get_context(request, *args, **kwargs)
        context.update(player_context(self, request))
        return context

    @path("heartbeat/", name="heartbeat")
    def heartbeat_view(self, request: AuthenticatedHttpRequest) -> HttpResponse:
        from courses.views import heartbeat

        return heartbeat(request, self)


class ScormTrack(models.Model):
    """One learner's run-time data for one launchable item of a SCORM lesson, per round.

    Written only by ``courses.scorm.tracking``. ``sequence`` grows by one with every accepted
    save, so a save from a stale session (another device, a second tab) is refused instead of
    overwriting newer data, as with quiz answers.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="scorm_tracks",
    )
    lesson = models.ForeignKey(
        ScormLessonPage, verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="tracks"
    )
    package = models.ForeignKey(
        ScormPackage, verbose_name=_("package"), on_delete=models.CASCADE, related_name="+"
    )
    sco = models.CharField(_("package item"), max_length=200)
    cycle = models.PositiveSmallIntegerField(_("round"), default=1)
    values = models.JSONField(_("run-time data"), default=dict)
    sequence = models.PositiveIntegerField(_("save sequence"), default=0)
    last_save_key = models.CharField(max_length=64, blank=True, editable=False)
    completion_status = models.CharField(_("completion"), max_length=20, default="not attempted")
    success_status = models.CharField(_("success"), max_length=20, default="unknown")
    score_percent = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    total_seconds = models.PositiveIntegerField(_("time in the package (seconds)"), default=0)
    sessions = models.PositiveIntegerField(_("sessions"), default=0)
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    saved_at = models.DateTimeField(_("last saved"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("SCORM run-time data")
        verbose_name_plural = _("SCORM run-time data")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "package", "sco", "cycle"],
                name="courses_one_scorm_track",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.lesson_id} · {self.sco}"
