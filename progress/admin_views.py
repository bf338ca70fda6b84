"""Wagtail admin screens of the tracker: certificates (find one, revoke it with a reason) and the
cost per learner of courses; a menu link to course feedback for trainers. Registered in
wagtail_hooks.py."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from courses.models import CoursePage
from progress import permissions, services
from progress.forms import RevokeCertificateForm
from progress.models import Certificate, CourseCost

CERTIFICATES_PER_PAGE = 50


class CertificateListView(WagtailAdminTemplateMixin, View):
    """Certificates issued, newest first, found by code, name or course."""

    template_name = "progress/admin/certificate_list.html"
    page_title = gettext_lazy("Certificates")
    header_icon = "doc-full"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not permissions.can_revoke_certificates(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request: HttpRequest) -> HttpResponse:
        query = request.GET.get("q", "").strip()
        certificates = Certificate.objects.select_related("revoked_by").order_by(
            "-issued_at", "-pk"
        )
        if query:
            code = services.find_certificate(query)
            certificates = certificates.filter(
                Q(pk=code.pk if code else None)
                | Q(full_name__icontains=query)
                | Q(course_title__icontains=query)
                | Q(user__email__iexact=query)
            )
        page = Paginator(certificates, CERTIFICATES_PER_PAGE).get_page(request.GET.get("p"))
        context = self.get_context_data(page_obj=page, query=query, today=timezone.localdate())
        return TemplateResponse(request, self.template_name, context)


class RevokeCertificateView(WagtailAdminTemplateMixin, View):
    template_name = "progress/admin/certificate_revoke.html"
    page_title = gettext_lazy("Revoke a certificate")
    header_icon = "doc-full"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not permissions.can_revoke_certificates(request.user):
            raise PermissionDenied
        self.certificate = get_object_or_404(Certificate, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("certificates:index"), "label": _("Certificates")},
            {"url": "", "label": self.certificate.code},
        ]

    def render(self, request: HttpRequest, form: RevokeCertificateForm) -> HttpResponse:
        context = self.get_context_data(certificate=self.certificate, form=form)
        return TemplateResponse(request, self.template_name, context)

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self.render(request, RevokeCertificateForm())

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = RevokeCertificateForm(request.POST)
        if form.is_valid():
            try:
                services.revoke_certificate(
                    request.user, self.certificate, reason=form.cleaned_data["reason"]
                )
            except services.CertificateRefused as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(
                    request,
                    _("Certificate %(code)s is revoked.") % {"code": self.certificate.code},
                )
                return redirect("certificates:index")
        return self.render(request, form)


class CertificateMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return permissions.can_revoke_certificates(request.user)


class CertificateViewSet(ViewSet):
    name = "certificates"
    icon = "doc-full"
    menu_label = gettext_lazy("Certificates")

    @cached_property
    def menu_item_class(self) -> type[MenuItem]:
        return CertificateMenuItem

    def get_urlpatterns(self) -> list[Any]:
        return [
            path("", CertificateListView.as_view(), name="index"),
            path("<int:pk>/revoke/", RevokeCertificateView.as_view(), name="revoke"),
        ]


# Course costs --------------------------------------------------------------------------------


class CourseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: CoursePage) -> str:
        return obj.title


class CourseCostForm(WagtailAdminModelForm):
    course = CourseChoiceField(
        queryset=CoursePage.objects.order_by("title"), label=gettext_lazy("Course")
    )

    class Meta:
        model = CourseCost
        fields = ["course", "cost_per_learner", "note"]


class _StampMixin:
    def save_instance(self) -> CourseCost:
        instance = self.form.save(commit=False)
        instance.updated_at = timezone.now()
        instance.updated_by = self.request.user
        instance.save()
        return instance


class CourseCostCreateView(_StampMixin, CreateView):
    pass


class CourseCostEditView(_StampMixin, EditView):
    pass


class CourseCostViewSet(ModelViewSet):
    model = CourseCost
    icon = "tag"
    menu_label = gettext_lazy("Course costs")
    name = "course-costs"
    copy_view_enabled = False
    add_to_reference_index = False
    list_display = ["course", "cost_per_learner", "updated_at", "updated_by"]
    search_fields = ["course__title", "note"]
    add_view_class = CourseCostCreateView
    edit_view_class = CourseCostEditView

    def get_form_class(self, for_update: bool = False) -> type[CourseCostForm]:
        return CourseCostForm


# Feedback ------------------------------------------------------------------------------------


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return permissions.can_view_feedback(request.user)


def feedback_menu_item() -> MenuItem:
    return FeedbackMenuItem(
        gettext_lazy("Course feedback"),
        reverse("progress:feedback_overview"),
        icon_name="comment",
        order=260,
    )


class TrackerViewSetGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Tracker")
    menu_icon = "date"
    menu_order = 260
    items = (CertificateViewSet, CourseCostViewSet)
