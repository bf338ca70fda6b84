"""Certificates in the Wagtail admin: find one, revoke it with a reason (administrators).
Registered in wagtail_hooks.py."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, HttpResponseBase, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from certificates import permissions, services
from certificates.exceptions import CertificateRefused
from certificates.forms import RevokeCertificateForm
from certificates.models import Certificate
from courses.models import CoursePage
from home.downloads import make_inert
from people.http import AuthenticatedHttpRequest
from people.models import Officer, OrgUnit

CERTIFICATES_PER_PAGE = 50


class CertificateListView(WagtailAdminTemplateMixin, View):
    """Certificates issued, newest first, found by code, name or course."""

    template_name = "certificates/admin/certificate_list.html"
    page_title = gettext_lazy("Certificates")
    header_icon = "doc-full"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
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
    template_name = "certificates/admin/certificate_revoke.html"
    page_title = gettext_lazy("Revoke a certificate")
    header_icon = "doc-full"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not permissions.can_revoke_certificates(request.user):
            raise PermissionDenied
        self.certificate = get_object_or_404(Certificate, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("certificate_admin:index"), "label": _("Certificates")},
            {"url": "", "label": self.certificate.code},
        ]

    def render(
        self, request: AuthenticatedHttpRequest, form: RevokeCertificateForm
    ) -> HttpResponse:
        context = self.get_context_data(certificate=self.certificate, form=form)
        return TemplateResponse(request, self.template_name, context)

    def get(self, request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
        return self.render(request, RevokeCertificateForm())

    def post(self, request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
        form = RevokeCertificateForm(request.POST)
        if form.is_valid():
            try:
                services.revoke_certificate(
                    request.user,
                    self.certificate,
                    reason=form.cleaned_data["reason"],
                    category=form.cleaned_data["category"],
                )
            except CertificateRefused as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(
                    request,
                    _("Certificate %(code)s is revoked.") % {"code": self.certificate.code},
                )
                return redirect("certificate_admin:index")
        return self.render(request, form)


class ReissueCertificateView(View):
    """Re-issue one certificate under the officer's current name (a background task)."""

    def post(self, request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
        if not permissions.can_revoke_certificates(request.user):
            raise PermissionDenied
        certificate = get_object_or_404(Certificate, pk=pk, revoked_at__isnull=True)
        from certificates.tasks import reissue_certificates_task

        result = reissue_certificates_task.enqueue([certificate.pk], request.user.pk)
        messages.success(
            request,
            _("Certificate %(code)s is being re-issued (task %(task)s).")
            % {"code": certificate.code, "task": result.id},
        )
        return redirect("certificate_admin:index")


class ArchiveForm(forms.Form):
    unit = forms.ModelChoiceField(
        label=gettext_lazy("Unit (and every unit under it)"), queryset=OrgUnit.objects.all()
    )
    course = forms.ModelChoiceField(
        label=gettext_lazy("Course"),
        queryset=CoursePage.objects.filter(issues_certificate=True).order_by("title"),
    )


class CertificateArchiveView(WagtailAdminTemplateMixin, View):
    """Every certificate of a unit's officers for one course, PDFs and credentials, in one ZIP
    streamed as it is written."""

    template_name = "certificates/admin/certificate_archive.html"
    page_title = gettext_lazy("Download certificates as a ZIP")
    header_icon = "download"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not permissions.can_revoke_certificates(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("certificate_admin:index"), "label": _("Certificates")},
            {"url": "", "label": self.page_title},
        ]

    def get(self, request: HttpRequest) -> HttpResponseBase:
        form = ArchiveForm(request.GET or None)
        if not form.is_valid():
            context = self.get_context_data(form=form)
            return TemplateResponse(request, self.template_name, context)
        from certificates.archive import iter_certificate_zip

        unit, course = form.cleaned_data["unit"], form.cleaned_data["course"]
        officers = Officer.objects.filter(unit__path__startswith=unit.path).values("user_id")
        certificates = (
            Certificate.objects.filter(course=course, user_id__in=officers)
            .prefetch_related("credentials")
            .order_by("full_name", "pk")
        )
        response = StreamingHttpResponse(
            iter_certificate_zip(certificates.iterator(chunk_size=200)),
            content_type="application/zip",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="chung-nhan-{unit.code}-{course.pk}.zip"'
        )
        return make_inert(response)


class CertificateMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return permissions.can_revoke_certificates(request.user)


class CertificateViewSet(ViewSet):
    # The admin keeps /admin/certificates/; its URL names live apart from the site's
    # "certificates" namespace (the download and the public check).
    name = "certificate_admin"
    url_prefix = "certificates"
    icon = "doc-full"
    menu_order = 255
    menu_label = gettext_lazy("Certificates")

    @cached_property
    def menu_item_class(self) -> type[MenuItem]:
        return CertificateMenuItem

    def get_urlpatterns(self) -> list[Any]:
        return [
            path("", CertificateListView.as_view(), name="index"),
            path("<id:pk>/revoke/", RevokeCertificateView.as_view(), name="revoke"),
            path("<id:pk>/reissue/", ReissueCertificateView.as_view(), name="reissue"),
            path("archive/", CertificateArchiveView.as_view(), name="archive"),
        ]
