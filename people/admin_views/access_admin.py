"""Who sees what, in the admin: managers' scopes, the read access they delegate, and the topics
a trainer writes for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from people.admin_views.admin_helpers import (
    FormRefused,
    title_column,
)
from people.forms import UnitChoiceField
from people.models import ManagerScope, OrgUnit, ReadDelegation, TrainerTopic
from people.roles import MANAGER, TRAINER
from people.services.refusals import (
    DelegationRefused,
)
from people.services.scopes import delegate_read_access, grant_manager_scope, revoke_delegation
from people.topics import topic_choices

if TYPE_CHECKING:
    from people.models import User
else:
    User = get_user_model()


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
        scope = grant_manager_scope(data["user"], data["unit"], actor=self.request.user)
        log(instance=scope, action="wagtail.create", user=self.request.user)
        return scope


class ManagerScopeIndexView(IndexView):
    default_ordering = "user__name_sort_key"

    @cached_property
    def columns(self) -> list[Any]:
        return [
            title_column(
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

    def get_base_queryset(self) -> Any:
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
            delegation = delegate_read_access(
                data["manager"],
                data["delegate"],
                starts_on=data["starts_on"],
                ends_on=data["ends_on"],
                reason=data["reason"],
                actor=self.request.user,
            )
        except DelegationRefused as exc:
            raise FormRefused(str(exc)) from exc
        return delegation

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            return super().form_valid(form)
        except FormRefused as exc:
            form.add_error(None, str(exc))
            return self.form_invalid(form)


class ReadDelegationEditView(EditView):
    def save_instance(self) -> ReadDelegation:
        delegation = self.object
        if self.form.cleaned_data.get("revoke"):
            delegation = revoke_delegation(delegation, actor=self.request.user)
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
            title_column(
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

    def get_base_queryset(self) -> Any:
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
