"""Wagtail admin screens for the organisation: the unit tree, officers, scopes, delegations,
trainer topics and the staff import. Registered in wagtail_hooks.py; administrators only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.contrib.auth.models import AnonymousUser, Group
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from people import permissions, services
from people.directory import search_officers
from people.forms import UnitChoiceField
from people.http import AuthenticatedHttpRequest
from people.imports import COLUMNS, template_bytes
from people.models import ManagerScope, Officer, OrgUnit, ReadDelegation, TrainerTopic, User
from people.roles import MANAGER, ROLE_LABELS, ROLE_NAMES, TRAINER
from people.topics import topic_choices


class RefusedActionsPolicy(ModelPermissionPolicy):
    """The model's permissions, except for actions nobody may take here (e.g. deleting)."""

    def __init__(self, model: type[Model], refused: tuple[str, ...]) -> None:
        super().__init__(model)
        self.refused = set(refused)

    def user_has_permission(self, user: User | AnonymousUser, action: str) -> bool:
        return action not in self.refused and super().user_has_permission(user, action)

    def user_has_any_permission(self, user: User | AnonymousUser, actions: Iterable[str]) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)


def _title_column(
    view: IndexView, name: str, *, label: Any, accessor: Any, sort_key: str | None = None
) -> Any:
    """The first column: links to the edit view and carries the row's action buttons."""
    column_class = view._get_title_column_class(TitleColumn)
    return column_class(
        name, label=label, accessor=accessor, sort_key=sort_key, get_url=view.get_edit_url
    )


def _unit_label(unit: OrgUnit) -> str:
    return "— " * (unit.depth - 1) + unit.name


# Units --------------------------------------------------------------------------------------


class OrgUnitForm(WagtailAdminModelForm):
    parent = UnitChoiceField(
        queryset=OrgUnit.objects.order_by("path"),
        required=False,
        label=gettext_lazy("Parent unit"),
        empty_label=gettext_lazy("None: a top-level unit"),
        help_text=gettext_lazy("Choosing another parent moves the unit with everything under it."),
    )

    class Meta:
        model = OrgUnit
        fields = ["name", "code", "kind", "active"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["parent"].base_depth = 1
        self.order_fields(["parent", "name", "code", "kind", "active"])
        if self.instance.pk:
            parent = self.instance.get_parent()
            self.initial["parent"] = parent.pk if parent else None
            self.fields["parent"].queryset = OrgUnit.objects.exclude(
                path__startswith=self.instance.path
            ).order_by("path")

    def clean_code(self) -> str:
        from people.models import normalise_code

        return normalise_code(self.cleaned_data["code"])


class OrgUnitIndexView(IndexView):
    default_ordering = "path"

    @cached_property
    def columns(self) -> list[Any]:
        return [
            _title_column(self, "name", label=_("Name"), accessor=_unit_label, sort_key="path"),
            Column("code", label=_("Code"), sort_key="code"),
            Column("kind", label=_("Kind"), accessor="get_kind_display"),
            BooleanColumn("active", label=_("Active")),
            Column("officer_count", label=_("Officers (direct)")),
        ]

    def get_base_queryset(self) -> QuerySet[OrgUnit]:
        from django.db.models import Count

        return super().get_base_queryset().annotate(officer_count=Count("officers"))


class OrgUnitCreateView(CreateView):
    def save_instance(self) -> OrgUnit:
        data = self.form.cleaned_data
        unit = services.create_unit(
            name=data["name"],
            code=data["code"],
            kind=data["kind"],
            parent=data["parent"],
            active=data["active"],
        )
        log(instance=unit, action="wagtail.create", user=self.request.user)
        return unit


class OrgUnitEditView(EditView):
    def save_instance(self) -> OrgUnit:
        data = self.form.cleaned_data
        unit = self.form.instance
        was_active = OrgUnit.objects.filter(pk=unit.pk).values_list("active", flat=True).get()
        OrgUnit.objects.filter(pk=unit.pk).update(
            name=data["name"], code=data["code"], kind=data["kind"]
        )
        unit = OrgUnit.objects.get(pk=unit.pk)
        if "parent" in self.form.changed_data:
            unit = services.move_unit(unit, data["parent"])
            log(instance=unit, action="people.move_unit", user=self.request.user)
        if data["active"] != was_active:
            services.set_unit_active(unit, data["active"])
            unit.refresh_from_db()
        log(instance=unit, action="wagtail.edit", user=self.request.user)
        self.form.instance = unit
        return unit


class OrgUnitDeleteView(DeleteView):
    template_name = "people/admin/unit_confirm_delete.html"

    @cached_property
    def blockers(self) -> list[str]:
        return services.unit_delete_blockers(self.object)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["blockers"] = self.blockers
        context["descendant_count"] = self.object.get_descendant_count()
        return context

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            services.delete_unit(self.object)
        except services.UnitInUse as exc:
            messages.error(self.request, str(exc))
            return redirect(self.get_success_url())
        messages.success(self.request, _("Unit “%(name)s” deleted.") % {"name": self.object.name})
        return redirect(self.get_success_url())


class OrgUnitViewSet(ModelViewSet):
    model = OrgUnit
    form_fields = ["name", "code", "kind", "active"]
    icon = "site"
    menu_label = gettext_lazy("Units")
    name = "units"
    copy_view_enabled = False
    add_to_reference_index = False
    list_per_page = 100
    search_fields = ["name", "code"]
    list_filter = ["kind", "active"]
    index_view_class = OrgUnitIndexView
    add_view_class = OrgUnitCreateView
    edit_view_class = OrgUnitEditView
    delete_view_class = OrgUnitDeleteView

    def get_form_class(self, for_update: bool = False) -> type[OrgUnitForm]:
        return OrgUnitForm


# Officers -----------------------------------------------------------------------------------


class OfficerForm(WagtailAdminModelForm):
    full_name = forms.CharField(label=gettext_lazy("Full name"), max_length=300)
    email = forms.EmailField(label=gettext_lazy("Email"))
    roles = forms.MultipleChoiceField(
        label=gettext_lazy("Roles"),
        choices=[(name, ROLE_LABELS[name]) for name in ROLE_NAMES],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    unit = UnitChoiceField(queryset=OrgUnit.objects.order_by("path"), label=gettext_lazy("Unit"))

    class Meta:
        model = Officer
        fields = ["employee_code", "unit", "position", "active"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].base_depth = 1
        self.order_fields(
            ["full_name", "email", "employee_code", "unit", "position", "roles", "active"]
        )
        if self.instance.pk:
            user = self.instance.user
            self.initial.update(
                full_name=user.get_full_name(),
                email=user.email,
                roles=list(user.groups.values_list("name", flat=True)),
            )
        else:
            self.initial.setdefault("roles", ["Officer"])
            self.fields.pop("active")

    def clean_employee_code(self) -> str:
        from people.models import normalise_code

        return normalise_code(self.cleaned_data["employee_code"])

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        others = User.objects.filter(email=email)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.user_id)
        else:
            others = others.filter(officer__isnull=False)
        if others.exists():
            raise forms.ValidationError(_("This email already belongs to another officer."))
        return email


class OfficerIndexView(IndexView):
    default_ordering = "user__name_sort_key"

    @cached_property
    def columns(self) -> list[Any]:
        return [
            _title_column(
                self,
                "user",
                label=_("Name"),
                accessor=lambda o: o.user.get_full_name() or o.user.email,
                sort_key="user__name_sort_key",
            ),
            Column("employee_code", label=_("Employee code"), sort_key="employee_code"),
            Column("email", label=_("Email"), accessor="user.email"),
            Column("unit", label=_("Unit"), accessor="unit.name"),
            Column("position", label=_("Position")),
            BooleanColumn("active", label=_("Active")),
        ]

    def get_base_queryset(self) -> QuerySet[Officer]:
        return super().get_base_queryset().select_related("user", "unit")

    def search_queryset(self, queryset: QuerySet[Officer]) -> QuerySet[Officer]:
        if not self.is_searching:
            return queryset
        return search_officers(queryset, self.search_query)


def _set_roles(user: User, roles: list[str]) -> None:
    user.groups.remove(*Group.objects.filter(name__in=ROLE_NAMES).exclude(name__in=roles))
    user.groups.add(*Group.objects.filter(name__in=roles))


class OfficerCreateView(CreateView):
    def save_instance(self) -> Officer:
        data = self.form.cleaned_data
        try:
            officer = services.create_officer(
                email=data["email"],
                full_name=data["full_name"],
                employee_code=data["employee_code"],
                unit=data["unit"],
                position=data["position"],
                roles=data["roles"],
                actor=self.request.user,
            )
        except services.OfficerRefused as exc:
            raise _FormRefused(str(exc)) from exc
        log(instance=officer, action="wagtail.create", user=self.request.user)
        return officer

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            return super().form_valid(form)
        except _FormRefused as exc:
            form.add_error(None, str(exc))
            return self.form_invalid(form)


class OfficerEditView(EditView):
    def save_instance(self) -> Officer:
        data = self.form.cleaned_data
        try:
            officer = services.update_officer(
                self.object,
                email=data["email"],
                full_name=data["full_name"],
                employee_code=data["employee_code"],
                unit=data["unit"],
                position=data["position"],
                active=data["active"],
                actor=self.request.user,
            )
        except services.OfficerRefused as exc:
            raise _FormRefused(str(exc)) from exc
        _set_roles(officer.user, data["roles"])
        log(instance=officer, action="wagtail.edit", user=self.request.user)
        return officer

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            return super().form_valid(form)
        except _FormRefused as exc:
            form.add_error(None, str(exc))
            return self.form_invalid(form)


class _FormRefused(Exception):
    pass


class OfficerViewSet(ModelViewSet):
    model = Officer
    icon = "user"
    menu_label = gettext_lazy("Officers")
    name = "officers"
    copy_view_enabled = False
    add_to_reference_index = False
    list_per_page = 50
    list_filter = ["active", "unit"]
    # Searched without diacritics by OfficerIndexView; listing a field turns the search box on.
    search_fields = ["employee_code"]
    index_view_class = OfficerIndexView
    add_view_class = OfficerCreateView
    edit_view_class = OfficerEditView

    def get_form_class(self, for_update: bool = False) -> type[OfficerForm]:
        return OfficerForm


# Manager scopes, delegations, trainer topics ------------------------------------------------


class ManagerScopeForm(WagtailAdminModelForm):
    unit = UnitChoiceField(queryset=OrgUnit.objects.order_by("path"), label=gettext_lazy("Unit"))

    class Meta:
        model = ManagerScope
        fields = ["user", "unit"]
        labels = {"user": gettext_lazy("Manager")}
        help_texts = {
            "user": gettext_lazy("Given the Manager role if they do not hold it yet."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].base_depth = 1
        self.fields["user"].queryset = User.objects.filter(is_active=True).order_by("name_sort_key")


class ManagerScopeCreateView(CreateView):
    def save_instance(self) -> ManagerScope:
        data = self.form.cleaned_data
        scope = services.grant_manager_scope(data["user"], data["unit"], actor=self.request.user)
        log(instance=scope, action="wagtail.create", user=self.request.user)
        return scope


class ManagerScopeIndexView(IndexView):
    default_ordering = "user__name_sort_key"

    @cached_property
    def columns(self) -> list[Any]:
        return [
            _title_column(
                self,
                "user",
                label=_("Manager"),
                accessor=lambda s: str(s.user),
                sort_key="user__name_sort_key",
            ),
            Column("unit", label=_("Unit"), accessor=lambda s: s.unit.label),
            DateColumn("granted_at", label=_("Granted at")),
            Column("granted_by", label=_("Granted by")),
        ]

    def get_base_queryset(self) -> QuerySet[ManagerScope]:
        return super().get_base_queryset().select_related("user", "unit", "granted_by")


class ManagerScopeViewSet(ModelViewSet):
    model = ManagerScope
    icon = "group"
    menu_label = gettext_lazy("Manager scopes")
    name = "manager-scopes"
    copy_view_enabled = False
    add_to_reference_index = False
    index_view_class = ManagerScopeIndexView
    add_view_class = ManagerScopeCreateView

    def get_form_class(self, for_update: bool = False) -> type[ManagerScopeForm]:
        return ManagerScopeForm


class ReadDelegationForm(WagtailAdminModelForm):
    revoke = forms.BooleanField(label=gettext_lazy("Revoke now"), required=False)

    class Meta:
        model = ReadDelegation
        fields = ["manager", "delegate", "starts_on", "ends_on", "reason"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["manager"].queryset = User.objects.filter(
            groups__name=MANAGER, is_active=True
        ).order_by("name_sort_key")
        self.fields["delegate"].queryset = User.objects.filter(
            is_active=True, officer__isnull=False
        ).order_by("name_sort_key")
        if self.instance.pk:
            for name in ["manager", "delegate", "starts_on", "ends_on", "reason"]:
                self.fields[name].disabled = True
            if self.instance.revoked_at:
                self.fields.pop("revoke")
        else:
            self.fields.pop("revoke")


class ReadDelegationCreateView(CreateView):
    def save_instance(self) -> ReadDelegation:
        data = self.form.cleaned_data
        try:
            delegation = services.delegate_read_access(
                data["manager"],
                data["delegate"],
                starts_on=data["starts_on"],
                ends_on=data["ends_on"],
                reason=data["reason"],
                actor=self.request.user,
            )
        except services.DelegationRefused as exc:
            raise _FormRefused(str(exc)) from exc
        return delegation

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            return super().form_valid(form)
        except _FormRefused as exc:
            form.add_error(None, str(exc))
            return self.form_invalid(form)


class ReadDelegationEditView(EditView):
    def save_instance(self) -> ReadDelegation:
        delegation = self.object
        if self.form.cleaned_data.get("revoke"):
            delegation = services.revoke_delegation(delegation, actor=self.request.user)
        return delegation


def _delegation_status(delegation: ReadDelegation) -> str:
    return {
        "revoked": _("Revoked"),
        "upcoming": _("Upcoming"),
        "ended": _("Ended"),
        "current": _("In force"),
    }[delegation.status()]


class ReadDelegationIndexView(IndexView):
    default_ordering = "-starts_on"

    @cached_property
    def columns(self) -> list[Any]:
        return [
            _title_column(
                self,
                "manager",
                label=_("Manager"),
                accessor=lambda d: str(d.manager),
                sort_key="manager__name_sort_key",
            ),
            Column("delegate", label=_("Delegate")),
            DateColumn("starts_on", label=_("Starts on"), sort_key="starts_on"),
            DateColumn("ends_on", label=_("Ends on"), sort_key="ends_on"),
            Column("status", label=_("Status"), accessor=_delegation_status),
            Column("created_by", label=_("Created by")),
            DateColumn("revoked_at", label=_("Revoked at")),
            Column("revoked_by", label=_("Revoked by")),
        ]

    def get_base_queryset(self) -> QuerySet[ReadDelegation]:
        return (
            super()
            .get_base_queryset()
            .select_related("manager", "delegate", "created_by", "revoked_by")
        )


class ReadDelegationViewSet(ModelViewSet):
    model = ReadDelegation
    icon = "key"
    menu_label = gettext_lazy("Read delegations")
    name = "read-delegations"
    copy_view_enabled = False
    add_to_reference_index = False
    index_view_class = ReadDelegationIndexView
    add_view_class = ReadDelegationCreateView
    edit_view_class = ReadDelegationEditView

    def get_form_class(self, for_update: bool = False) -> type[ReadDelegationForm]:
        return ReadDelegationForm


class TrainerTopicForm(WagtailAdminModelForm):
    class Meta:
        model = TrainerTopic
        fields = ["trainer", "topic"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["trainer"].queryset = User.objects.filter(groups__name=TRAINER).order_by(
            "name_sort_key"
        )
        self.fields["trainer"].help_text = _(
            "A trainer with no topic listed may write for every topic."
        )
        choices = topic_choices()
        if choices:
            current = self.initial.get("topic") or (self.instance.topic if self.instance else "")
            if current and current not in {slug for slug, _name in choices}:
                choices.append((current, current))  # a topic since removed stays visible
            self.fields["topic"] = forms.ChoiceField(
                label=self.fields["topic"].label,
                choices=[("", "---------"), *choices],
                help_text=_("Courses of this topic are the ones the trainer may write."),
            )


class TrainerTopicViewSet(ModelViewSet):
    model = TrainerTopic
    icon = "tag"
    menu_label = gettext_lazy("Trainer topics")
    name = "trainer-topics"
    copy_view_enabled = False
    add_to_reference_index = False
    list_display = ["trainer", "topic"]
    search_fields = ["topic", "trainer__search_text"]

    def get_form_class(self, for_update: bool = False) -> type[TrainerTopicForm]:
        return TrainerTopicForm


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

    def render(self, request: AuthenticatedHttpRequest, **context: Any) -> HttpResponse:
        context = self.get_context_data(**context)
        context.update(
            columns=COLUMNS,
            template_csv_url=reverse("staff-import:template", args=["csv"]),
            template_xlsx_url=reverse("staff-import:template", args=["xlsx"]),
            preview_rows=PREVIEW_ROWS,
        )
        return TemplateResponse(request, self.template_name, context)

    def get(self, request: AuthenticatedHttpRequest) -> HttpResponse:
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
        plan = services.preview_staff_import(
            data, upload.name, deactivate_missing=deactivate, actor=request.user
        )
        token = ""
        if not plan.has_errors and plan.change_count:
            pending = services.hold_staff_file(
                data, upload.name, deactivate_missing=deactivate, user=request.user
            )
            token = str(pending.token)
        return self.render(
            request, form=StaffImportForm(), plan=plan, token=token, filename=upload.name
        )

    def confirm(self, request: AuthenticatedHttpRequest) -> HttpResponse:
        pending = services.pending_staff_file(request.POST["token"], request.user)
        if pending is None:
            messages.error(request, _("This preview has expired. Upload the file again."))
            return redirect("staff-import:index")
        data, filename = bytes(pending.content), pending.filename
        deactivate = pending.deactivate_missing
        plan = services.preview_staff_import(
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
            plan = services.import_staff(
                data, filename, deactivate_missing=deactivate, actor=request.user
            )
        except services.StaffImportError as exc:
            return self.render(request, form=StaffImportForm(), plan=exc.plan, filename=filename)
        except services.StaffImportFailed as exc:
            messages.error(request, str(exc))
            return redirect("staff-import:index")
        services.forget_staff_file(pending)
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
    return response


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


class PeopleViewSetGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Staff and units")
    menu_icon = "group"
    menu_order = 250
    items = (
        OrgUnitViewSet,
        OfficerViewSet,
        ManagerScopeViewSet,
        ReadDelegationViewSet,
        TrainerTopicViewSet,
        StaffImportViewSet,
    )
