"""Course pages: the catalogue, a course, and the lessons (and, later, quizzes) inside it."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.http import http_date
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PagePermissionTester, get_page_models
from wagtail.search import index

from courses import permissions, site_cache
from courses.admin_forms import CoursePageForm, PlainSlugPageForm
from courses.blocks import LessonBodyBlock, ObjectivesBlock
from courses.permissions import CoursePermissionTester
from courses.site_cache import CachedViewRestrictionsMixin
from courses.text import index_form, stream_text
from home.page_shell import KeptPageMixin

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
    from wagtail.images.models import Image
    from wagtail.models import Page as _ItemBase

    from courses.models.progress import Enrolment, ItemProgress
    from courses.models.topics import Topic
    from people.http import AuthenticatedHttpRequest
    from people.models import User
else:
    _ItemBase = models.Model

# Paths below a course page that belong to the course itself, so no lesson may take them.
RESERVED_ITEM_SLUGS = {"enrol"}


P = ParamSpec("P")
PageT = TypeVar("PageT", bound=Page)
# What Django's never_cache writes on a response without caching headers of its own.
NEVER_CACHE_CONTROL = "max-age=0, no-cache, no-store, must-revalidate, private"


def never_cached(
    serve: Callable[Concatenate[PageT, P], HttpResponse],
) -> Callable[Concatenate[PageT, P], HttpResponse]:
    """Django's ``never_cache`` for a page's ``serve``: the same headers on every answer,
    written at once (and without wrapping the method again on each call) when the answer
    has no caching headers of its own."""

    @functools.wraps(serve)
    def serving(page: PageT, /, *args: P.args, **kwargs: P.kwargs) -> HttpResponse:
        response = serve(page, *args, **kwargs)
        if response.has_header("Expires") or response.has_header("Cache-Control"):
            add_never_cache_headers(response)
        else:
            response.headers["Expires"] = http_date()
            response.headers["Cache-Control"] = NEVER_CACHE_CONTROL
        return response

    return serving


class CourseLevel(models.TextChoices):
    BASIC = "basic", _("Basic")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class EnrolmentMode(models.TextChoices):
    OPEN = "open", _("Open: officers enrol themselves")
    ASSIGNMENT_ONLY = "assignment_only", _("By assignment only")


class CourseItemRequest(HttpRequest):
    """A request for a course item, on which ``refuse_access`` notes the person's enrolment."""

    course_enrolment: Enrolment | None
    course_progress: dict[int, ItemProgress]


class CourseIndexPage(KeptPageMixin, CachedViewRestrictionsMixin, Page):
    """The catalogue at /courses/: every published course, with filters and search."""

    # Page fields are annotated by hand: Wagtail ships no types, so the plugin cannot infer them.
    intro: models.CharField[str, str] = models.CharField(
        _("introduction"), max_length=400, blank=True
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from courses.queries import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context

    def shell_parts(self, request: HttpRequest, context: dict[str, Any]) -> tuple[Any, ...]:
        # The list is the same for everyone; each card's badge is the person's own.
        return (context["card_states"],)


class CoursePage(KeptPageMixin, CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    """A course: what it teaches, who may enrol, and its ordered lessons and quizzes."""

    summary: models.TextField[str, str] = models.TextField(_("summary"), max_length=1000)
    objectives = StreamField(
        ObjectivesBlock(),
        verbose_name=_("learning objectives"),
        blank=True,
        help_text=_("What the learner will be able to do after the course, one per line."),
    )
    topic: models.ForeignKey[Topic | None, Topic | None] = models.ForeignKey(
        "courses.Topic",
        verbose_name=_("topic"),
        on_delete=models.PROTECT,
        related_name="courses",
        null=True,
        blank=True,
    )
    level: models.CharField[str, str] = models.CharField(
        _("level"), max_length=20, choices=CourseLevel.choices, default=CourseLevel.BASIC
    )
    estimated_minutes: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(
        _("estimated minutes"), default=60, help_text=_("How long the whole course takes.")
    )
    cover_image: models.ForeignKey[Image | None, Image | None] = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
    )
    cover_image_alt: models.CharField[str, str] = models.CharField(
        _("cover image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the cover image shows. Required when there is a cover image."),
    )
    issues_certificate: models.BooleanField[bool, bool] = models.BooleanField(
        _("issues a certificate"),
        default=False,
        help_text=_("Learners who complete the course receive a certificate."),
    )
    enrolment_mode: models.CharField[str, str] = models.CharField(
        _("enrolment"),
        max_length=20,
        choices=EnrolmentMode.choices,
        default=EnrolmentMode.OPEN,
    )
    complete_on_scroll_end: models.BooleanField[bool, bool] = models.BooleanField(
        _("mark lessons done at their end"),
        default=False,
        help_text=_(
            "A lesson counts as done when the learner reaches its end, without pressing "
            '"Mark as done".'
        ),
    )
    # Search columns, kept from the published content on every save (see courses.text).
    search_title_plain: models.CharField[str, str] = models.CharField(
        max_length=255, blank=True, editable=False
    )
    search_title_exact: models.CharField[str, str] = models.CharField(
        max_length=255, blank=True, editable=False
    )
    search_text_plain: models.TextField[str, str] = models.TextField(blank=True, editable=False)
    search_text_exact: models.TextField[str, str] = models.TextField(blank=True, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [FieldPanel("topic"), FieldPanel("level"), FieldPanel("estimated_minutes")],
            heading=_("Catalogue"),
        ),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_image_alt")],
            heading=_("Cover image"),
        ),
        InlinePanel(
            "prerequisite_links", label=_("Prerequisite courses"), heading=_("Prerequisites")
        ),
        MultiFieldPanel(
            [
                FieldPanel("enrolment_mode"),
                FieldPanel("issues_certificate"),
                FieldPanel("complete_on_scroll_end"),
            ],
            heading=_("Course options"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("level"),
        index.FilterField("topic"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    base_form_class = CoursePageForm

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @classmethod
    def clean_subpage_models(cls) -> list[type[Page]]:
        """Children are course items: lessons here, and any page type that declares itself one
        (the quiz page does), so this app never names the apps built on top of it."""
        return [m for m in get_page_models() if getattr(m, "is_course_item", False)]

    def permissions_for_user(self, user: User | AnonymousUser) -> PagePermissionTester:
        return CoursePermissionTester(user, self)

    def clean(self) -> None:
        super().clean()
        if self.cover_image_id and not self.cover_image_alt.strip():
            raise ValidationError(
                {"cover_image_alt": _("Describe the cover image for people who cannot see it.")}
            )

    def save(self, *args: Any, **kwargs: Any) -> None:
        _refresh_search_columns(self, kwargs, {"title", "summary", "objectives"})
        super().save(*args, **kwargs)

    def refresh_search_text(self) -> None:
        objectives = [str(block.value) for block in self.objectives or []]
        text = " ".join([self.title, self.summary, *objectives])
        self.search_title_plain = index_form(self.title)[:255]
        self.search_title_exact = index_form(self.title, exact=True)[:255]
        self.search_text_plain = index_form(text)
        self.search_text_exact = index_form(text, exact=True)

    def left_out_when_kept(self) -> list[str]:
        """What the structure cache leaves out of this course (``site_cache.for_keeping``): its
        objectives, which only the page's kept shared part shows."""
        return ["objectives"]

    @property
    def is_open_for_enrolment(self) -> bool:
        return self.enrolment_mode == EnrolmentMode.OPEN

    # The page shows one person's progress: never cached by a browser or proxy.
    @never_cached
    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not permissions.can_view_course(request.user, self):
            return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from courses.queries import course_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(self, request))
        return context

    def shell_parts(self, request: HttpRequest, context: dict[str, Any]) -> tuple[Any, ...]:
        """What the page's shared part shows of the person (see ``home.page_shell``): what
        they may do and the state of each item and prerequisite, so officers at the same point
        share a copy. The progress panel is filled in for each person."""
        return (
            context["enrolment"] is not None,
            context["can_enrol"],
            tuple(p["completed"] for p in context["prerequisites"]),
            tuple((i.pk, i.done, i.is_next, i.is_new, i.opened) for i in context["outline"].items),
        )

    @path("enrol/", name="enrol")
    def enrol_view(self, request: AuthenticatedHttpRequest) -> HttpResponse:
        from courses.views import enrol

        return enrol(request, self)


class CoursePrerequisite(Orderable):
    """A course that should be completed before this one."""

    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="prerequisite_links")
    prerequisite: models.ForeignKey[CoursePage, CoursePage] = models.ForeignKey(
        CoursePage,
        verbose_name=_("prerequisite course"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("prerequisite", "courses.CoursePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("prerequisite")
        verbose_name_plural = _("prerequisites")

    def clean(self) -> None:
        super().clean()
        if self.prerequisite_id and self.prerequisite_id == self.page_id:
            raise ValidationError({"prerequisite": _("A course cannot require itself.")})


# An abstract model at run time; for the type checker, the Page it is always mixed into.
class CourseItemMixin(_ItemBase):
    """A page that is an item of a course: a lesson here, a quiz in the quizzes app.

    Items live directly under a course page. Opening one needs sign-in and an enrolment (people
    who may edit the page can look without one); a required item must be done for the course
    to be complete. A quiz page inherits this and calls ``courses.services.mark_item_done``
    when its quiz is passed.
    """

    is_course_item = True

    required: models.BooleanField[bool, bool] = models.BooleanField(
        _("required"),
        default=True,
        help_text=_("Learners must finish required items to complete the course."),
    )

    parent_page_types = ["courses.CoursePage"]

    class Meta:
        abstract = True

    @cached_property
    def course(self) -> CoursePage:
        """The course this item belongs to (its parent page), kept with the site's structure."""
        from courses import site_cache

        path = self.path[: -self.steplen]
        return site_cache.remember(
            f"course-at:{path}",
            lambda: site_cache.for_keeping(
                CoursePage.objects.select_related("topic").get(path=path)
            ),
        )

    def permissions_for_user(self, user: User | AnonymousUser) -> PagePermissionTester:
        return CoursePermissionTester(user, self)

    def clean(self) -> None:
        super().clean()
        if self.slug in RESERVED_ITEM_SLUGS:
            raise ValidationError(
                {
                    "slug": _("The address %(slug)s is reserved; choose another.")
                    % {"slug": self.slug}
                }
            )

    def refuse_access(self, request: CourseItemRequest) -> HttpResponse | None:
        """A response refusing this person (sign-in page, or back to the course), or None.

        Notes on the request the person's enrolment and their progress in the course's items,
        read together in one query."""
        from courses.learner_state import read_learner_state
        from courses.queries import course_item_summaries

        course = self.course
        if not course.live:  # a live item of a withdrawn course is withdrawn too
            raise Http404
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
        enrolment, progress = read_learner_state(
            user.pk,
            course.pk,
            [item.pk for item in course_item_summaries(course)],
            # A form posted to an item (a quiz started or submitted, a lesson marked done)
            # changes the learner's state: what is read for it is not shared.
            share=request.method in ("GET", "HEAD"),
        )
        request.course_enrolment = enrolment
        request.course_progress = progress
        if permissions.can_open_item(user, self, enrolment):
            return None
        messages.info(request, _("Enrol in this course to open its lessons."))
        return HttpResponseRedirect(self.course.get_url(request))

    # An item shows one person's progress: never cached by a browser or proxy.
    @never_cached
    def serve(self, request: CourseItemRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        refusal = self.refuse_access(request)
        if refusal is not None:
            return refusal
        # A routable item is called with (view, args, kwargs); only its main view is "opening".
        view = args[0] if args else None
        opening = getattr(view, "__name__", "index_route") == "index_route"
        user = request.user  # signed in: refuse_access sent anyone else to the sign-in page
        if (
            request.method == "GET"
            and opening
            and request.course_enrolment is not None
            and user.is_authenticated
        ):
            from courses import services

            # The progress read with the enrolment serves the outline too (``lesson_context``).
            services.open_item(
                user,
                self,
                enrolment=request.course_enrolment,
                progress_by_item=request.course_progress,
            )
        return super().serve(request, *args, **kwargs)

    def serve_preview(self, request: CourseItemRequest, mode_name: str) -> HttpResponse:
        # Previews come through the admin, which has checked edit permission already.
        request.course_enrolment = None
        request.course_progress = {}
        return super().serve_preview(request, mode_name)


class LessonPage(
    KeptPageMixin, CachedViewRestrictionsMixin, CourseItemMixin, RoutablePageMixin, Page
):
    """A lesson: a StreamField body of text, media, steps, tables and self-checks."""

    base_form_class = PlainSlugPageForm

    body = StreamField(LessonBodyBlock(), verbose_name=_("body"), blank=True)
    estimated_minutes: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(
        _("estimated minutes"), default=10
    )
    search_text_plain: models.TextField[str, str] = models.TextField(blank=True, editable=False)
    search_text_exact: models.TextField[str, str] = models.TextField(blank=True, editable=False)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("estimated_minutes"), FieldPanel("required")], heading=_("Lesson")
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def __str__(self) -> str:
        return self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        _refresh_search_columns(self, kwargs, {"title", "body"})
        super().save(*args, **kwargs)

    def refresh_search_text(self) -> None:
        raw = self.body.raw_data if self.body is not None else []
        text = f"{self.title} {stream_text(raw)}"
        self.search_text_plain = index_form(text)
        self.search_text_exact = index_form(text, exact=True)

    def serve(self, request: CourseItemRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = super().serve(request, *args, **kwargs)
        from config.csp import page_policy
        from courses.models.settings import CourseSettings

        frames = site_cache.remember(
            "embed-frames", lambda: CourseSettings.load(request_or_site=request).frame_sources()
        )
        policy = page_policy(request)
        if frames and policy and "Content-Security-Policy" not in response.headers:
            response.headers["Content-Security-Policy"] = f"{policy}; frame-src {frames}"
        return response

    @cached_property
    def body_cacheable(self) -> bool:
        """Whether the body renders the same for everyone (``courses.blocks``)."""
        from courses.blocks import body_is_cacheable

        return body_is_cacheable(self.body)

    def left_out_when_kept(self) -> list[str]:
        """What the structure cache leaves out of this lesson (``site_cache.for_keeping``): a
        body that renders the same for everyone, which only the page's kept shared part and
        its kept rendering show. A body rendered for each view is kept."""
        return ["body"] if self.body_cacheable else []

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from courses.queries import lesson_context
        from courses.site_cache import version

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(self, request))
        # The rendered body is kept per published state and language (the page's cache key)
        # and per site settings (which hosts may be embedded): this stamp changes with them.
        context["structure_version"] = version()
        context["body_cacheable"] = self.body_cacheable
        return context

    def shell_parts(self, request: HttpRequest, context: dict[str, Any]) -> tuple[Any, ...] | None:
        """What the page's shared part shows of the person (see ``home.page_shell``): whether
        they are enrolled and where they stand in this lesson. A body holding a question from
        the bank is rendered in full each time."""
        if not context["body_cacheable"]:
            return None
        return (
            context["enrolment"] is not None,
            context["can_track"],
            context["auto_done"],
            context["is_done"],
        )

    @path("done/", name="done")
    def done_view(self, request: AuthenticatedHttpRequest) -> HttpResponse:
        from courses.views import mark_done

        return mark_done(request, self)

    @path("heartbeat/", name="heartbeat")
    def heartbeat_view(self, request: AuthenticatedHttpRequest) -> HttpResponse:
        from courses.views import heartbeat

        return heartbeat(request, self)


def _refresh_search_columns(
    page: CoursePage | LessonPage, kwargs: dict[str, Any], sources: set[str]
) -> None:
    """Recompute a page's search columns when a save writes the fields they come from.

    Saving a draft revision writes only bookkeeping fields, so the columns always describe the
    published content.
    """
    update_fields = kwargs.get("update_fields")
    if update_fields is None:
        page.refresh_search_text()
    elif sources & set(update_fields):
        page.refresh_search_text()
        extra = [f for f in page._meta.get_fields() if f.name.startswith("search_")]
        kwargs["update_fields"] = [*update_fields, *(f.name for f in extra)]
