"""The staff import in the admin: upload a staff list, preview every change, confirm it."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from home import spreadsheets
from home.downloads import make_inert
from people import permissions
from people.audit import log_staff_import
from people.http import AuthenticatedHttpRequest
from people.imports import COLUMNS, template_bytes
from people.models import OrgUnit
from people.services.refusals import (
    StaffImportError,
    StaffImportFailed,
)
from people.services.staff_import import (
    forget_staff_file,
    hold_staff_file,
    import_staff,
    pending_staff_file,
    preview_staff_import,
)

# Staff import -------------------------------------------------------------------------------

PREVIEW_ROWS = 300


class StaffImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Staff spreadsheet"),
        help_text=gettext_lazy("An Excel workbook (.xlsx) or a CSV file saved in UTF-8."),
    )
    deactivate_missing = forms.BooleanField(
        label=gettext_lazy("Deactivate officers who are not in this file"),
        required=False,
        help_text=gettext_lazy(
            "Use only with the complete staff list. The preview shows who would be deactivated."
        ),
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        try:
            spreadsheets.check_size(upload.size)  # before a byte of it is read
        except spreadsheets.SpreadsheetRefused as exc:
            raise forms.ValidationError(exc.message) from exc
        return upload


class StaffImportView(WagtailAdminTemplateMixin, View):
    """Upload a staff file, see what it would change, then confirm. Nothing is saved before."""

    template_name = "people/admin/staff_import.html"
    page_title = gettext_lazy("Import staff")
    header_icon = "upload"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not permissions.can_import_staff(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def render(self, request: HttpRequest, **context: Any) -> HttpResponse:
        context = self.get_context_data(**context)
        context.update(
            columns=COLUMNS,
            template_csv_url=reverse("staff-import:template", args=["csv"]),
            template_xlsx_url=reverse("staff-import:template", args=["xlsx"]),
            preview_rows=PREVIEW_ROWS,
        )
        return TemplateResponse(request, self.template_name, context)

    def get(self, request: HttpRequest) -> HttpResponse:
        return self.render(request, form=StaffImportForm())

    def post(self, request: AuthenticatedHttpRequest) -> HttpResponse:
        if "token" in request.POST:
            return self.confirm(request)
        form = StaffImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render(request, form=form)
        upload = form.cleaned_data["file"]
        data = upload.read()
        deactivate = form.cleaned_data["deactivate_missing"]
        plan = preview_staff_import(
            data, upload.name, deactivate_missing=deactivate, actor=request.user
        )
        token = ""
        if not plan.has_errors and plan.change_count:
            pending = hold_staff_file(
                data, upload.name, deactivate_missing=deactivate, user=request.user
            )
            token = str(pending.token)
        return self.render(
            request, form=StaffImportForm(), plan=plan, token=token, filename=upload.name
        )

    def confirm(self, request: AuthenticatedHttpRequest) -> HttpResponse:
        pending = pending_staff_file(request.POST["token"], request.user)
        if pending is None:
            messages.error(request, _("This preview has expired. Upload the file again."))
            return redirect("staff-import:index")
        data, filename = bytes(pending.content), pending.filename
        deactivate = pending.deactivate_missing
        plan = preview_staff_import(
            data, filename, deactivate_missing=deactivate, actor=request.user
        )
        if plan.digest != request.POST.get("digest"):
            messages.warning(
                request,
                _("The staff records changed since the preview. Check the new preview."),
            )
            return self.render(
                request,
                form=StaffImportForm(),
                plan=plan,
                token="" if plan.has_errors else request.POST["token"],
                filename=filename,
            )
        try:
            plan = import_staff(data, filename, deactivate_missing=deactivate, actor=request.user)
        except StaffImportError as exc:
            return self.render(request, form=StaffImportForm(), plan=exc.plan, filename=filename)
        except StaffImportFailed as exc:
            messages.error(request, str(exc))
            return redirect("staff-import:index")
        forget_staff_file(pending)
        log_staff_import(plan, filename=filename, actor=request.user)
        messages.success(
            request,
            _(
                "Import done: %(created)d created, %(updated)d updated, %(moved)d moved, "
                "%(deactivated)d deactivated, %(unchanged)d unchanged. %(invited)d invitation(s) "
                "queued."
            )
            % {
                "created": len(plan.created),
                "updated": len(plan.updated),
                "moved": len(plan.moved),
                "deactivated": len(plan.deactivated),
                "unchanged": len(plan.unchanged),
                "invited": plan.invited,
            },
        )
        return redirect("staff-import:index")


def staff_import_template(request: HttpRequest, kind: str) -> HttpResponse:
    """The empty staff spreadsheet with its headers (and, in XLSX, the columns and unit codes)."""
    if not permissions.can_import_staff(request.user):
        raise PermissionDenied
    if kind not in ("csv", "xlsx"):
        raise Http404
    units = list(OrgUnit.objects.filter(active=True).order_by("path").values_list("code", "name"))
    content = template_bytes(kind, units)
    content_type = (
        "text/csv; charset=utf-8"
        if kind == "csv"
        else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="staff-template.{kind}"'
    return make_inert(response)


class StaffImportMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return permissions.can_import_staff(request.user)


class StaffImportViewSet(ViewSet):
    name = "staff-import"
    icon = "upload"
    menu_label = gettext_lazy("Import staff")

    @cached_property
    def menu_item_class(self) -> type[MenuItem]:
        return StaffImportMenuItem

    def get_urlpatterns(self) -> list[Any]:
        return [
            path("", StaffImportView.as_view(), name="index"),
            path("template/<str:kind>/", staff_import_template, name="template"),
        ]
