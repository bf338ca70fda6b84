"""Admin wiring: the Topic snippet, SCORM packages, a course listing with enrolment counts,
document access.

Who may edit which course page is decided by the pages themselves (``permissions_for_user``
returns ``courses.permissions.CoursePermissionTester``), so every admin view agrees.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, IntegerField, Model, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import NumberColumn
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.documents.models import AbstractDocument
from wagtail.models import Page, ReferenceIndex
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses import permissions
from courses.models import CoursePage, Enrolment, ScormPackage, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(TopicViewSet)


def _publishing_refused(request: HttpRequest, may_publish: bool) -> None:
    """A save sent with the publish action by someone who may not publish is a draft, and says
    so: the page is saved (nothing typed is lost) and the person learns how it goes live."""
    if request.method != "POST" or not request.POST.get("action-publish") or may_publish:
        return
    data = request.POST.copy()
    del data["action-publish"]
    data._mutable = False
    request.POST = data  # type: ignore[assignment]  # the view reads the request's form data
    messages.warning(
        request,
        _(
            "The page was not published: you may not publish it. Your changes are saved as "
            "a draft; submit the page for review to have it published."
        ),
    )


@hooks.register("before_edit_page")
def save_unpublishable_edits_as_drafts(request: HttpRequest, page: Page) -> None:
    _publishing_refused(request, page.permissions_for_user(request.user).can_publish())


@hooks.register("before_create_page")
def save_unpublishable_new_pages_as_drafts(
    request: HttpRequest, parent_page: Page, page_class: type[Page]
) -> None:
    may = parent_page.permissions_for_user(request.user).can_publish_subpage()
    _publishing_refused(request, may)


@hooks.register("insert_global_admin_js")
def keep_text_typed_just_before_saving() -> str:
    """Rich text editors copy their content into the form at once when it is sent."""
    return format_html('<script src="{}"></script>', static("courses/admin_editor.js"))


@hooks.register("before_edit_snippet")
def keep_topics_to_their_trainers(request: HttpRequest, instance: Model) -> HttpResponse | None:
    """A trainer limited to some topics may not rename or re-slug the others."""
    if isinstance(instance, Topic) and not permissions.can_change_topic(request.user, instance):
        return permission_denied(request)
    return None


@hooks.register("before_delete_snippet")
def keep_topic_deletion_to_their_trainers(
    request: HttpRequest, instances: list[Model]
) -> HttpResponse | None:
    topics = [i for i in instances if isinstance(i, Topic)]
    if any(not permissions.can_change_topic(request.user, topic) for topic in topics):
        return permission_denied(request)
    return None


def _count(**filters: Any) -> Coalesce:
    counted = (
        Enrolment.objects.filter(course=OuterRef("pk"), **filters)
        .order_by()
        .values("course")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


class CourseListingView(IndexView):
    """Wagtail's page listing, with each course's enrolled and completed counts."""

    def get_base_queryset(self) -> QuerySet:
        return (
            super()
            .get_base_queryset()
            .annotate(
                enrolled_count=_count(),
                completed_count=_count(completed_at__isnull=False),
            )
        )


class CourseListingViewSet(PageListingViewSet):
    model = CoursePage
    index_view_class = CourseListingView
    icon = "folder-open-inverse"
    menu_label = _("Courses")
    menu_order = 200
    add_to_admin_menu = True
    columns = [
        *PageListingViewSet.columns,
        NumberColumn("enrolled_count", label=_("Enrolled"), sort_key="enrolled_count", width="10%"),
        NumberColumn(
            "completed_count", label=_("Completed"), sort_key="completed_count", width="10%"
        ),
    ]


@hooks.register("register_admin_viewset")
def register_course_listing() -> CourseListingViewSet:
    return CourseListingViewSet("course_listing")


@hooks.register("before_serve_document")
def keep_lesson_documents_to_learners(
    document: AbstractDocument, request: HttpRequest
) -> HttpResponse | None:
    """A document used in a lesson is served only to those who may open that lesson."""
    page_type = ContentType.objects.get_for_model(Page)
    lesson_ids = {
        int(object_id)
        for object_id in ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    }
    if not lesson_ids:
        return None
    lessons = [
        p
        for p in Page.objects.filter(pk__in=lesson_ids).specific()
        if getattr(p, "is_course_item", False)
    ]
    if not lessons:
        return None
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    course_paths = {lesson.path[: -lesson.steplen] for lesson in lessons}
    enrolled = Enrolment.objects.filter(user=user, course__path__in=course_paths).exists()
    if permissions.can_download_lesson_document(user, lessons, enrolled=enrolled):
        return None
    return render(request, "403.html", status=403)


class ScormPackageViewSet(ModelViewSet):
    """SCORM packages: trainers upload a zip here, then choose it in a SCORM lesson."""

    model = ScormPackage
    icon = "folder-open-inverse"
    menu_label = _("SCORM packages")
    menu_order = 215
    add_to_admin_menu = True
    list_display = ["title", "version", "file_count", "uploaded_at"]
    search_fields = ["title", "identifier"]
    inspect_view_enabled = True

    def get_form_class(self, for_update: bool = False) -> type:
        from courses.scorm.upload_form import ScormPackageEditForm, ScormPackageUploadForm

        return ScormPackageEditForm if for_update else ScormPackageUploadForm


@hooks.register("register_admin_viewset")
def register_scorm_packages() -> ModelViewSet:
    return ScormPackageViewSet("scorm_packages")
