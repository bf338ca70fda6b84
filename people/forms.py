"""Forms of the people pages: language, directory filters, delegations."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from people import permissions
from people.models import Officer, OrgUnit, User, normalise_code
from people.roles import ROLE_LABELS, ROLE_NAMES


class LanguageForm(forms.ModelForm):
    language = forms.ChoiceField(label=_("Interface language"), choices=settings.LANGUAGES)

    class Meta:
        model = User
        fields = ["language"]


class UnitChoiceField(forms.ModelChoiceField):
    """Units in tree order, indented by depth, with their code."""

    # The depth shown without indent: the top of what the person may choose from.
    base_depth = 1

    def label_from_instance(self, obj: OrgUnit) -> str:
        indent = "\u2003" * max(0, obj.depth - self.base_depth)
        return f"{indent}{obj.name} ({obj.code})"


class DirectoryFilterForm(forms.Form):
    STATUS_CHOICES = [
        ("active", _("Active")),
        ("inactive", _("Inactive")),
        ("all", _("All")),
    ]

    q = forms.CharField(
        label=_("Name, email or employee code"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search"}),
        help_text=_("Diacritics are optional: “nguyen thi lan” finds Nguyễn Thị Lan."),
    )
    role = forms.ChoiceField(
        label=_("Role"),
        required=False,
        choices=[("", _("Any role")), *((name, ROLE_LABELS[name]) for name in ROLE_NAMES)],
    )
    status = forms.ChoiceField(label=_("Status"), choices=STATUS_CHOICES, required=False)

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        units = permissions.units_visible_to(user).order_by("path")
        unit_field = UnitChoiceField(
            queryset=units,
            required=False,
            label=_("Unit (with everything under it)"),
            empty_label=_("All my units"),
        )
        roots = [] if permissions.is_administrator(user) else permissions.scope_roots(user)
        unit_field.base_depth = min((r.depth for r in roots), default=1)
        self.fields["unit"] = unit_field
        self.order_fields(["q", "unit", "role", "status"])


class DelegationForm(forms.Form):
    delegate = forms.CharField(
        label=_("Officer"),
        max_length=254,
        help_text=_("Email address or employee code of an officer of your units."),
    )
    starts_on = forms.DateField(
        label=_("From"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    ends_on = forms.DateField(
        label=_("Until (inclusive)"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=200,
        required=False,
        help_text=_("For the record, e.g. “quarterly report for the director”."),
    )

    def __init__(self, *args: Any, manager: User, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {})
        today = timezone.localdate()
        kwargs["initial"].setdefault("starts_on", today)
        kwargs["initial"].setdefault("ends_on", today + datetime.timedelta(days=30))
        super().__init__(*args, **kwargs)
        self.manager = manager

    def clean_delegate(self) -> User:
        value = self.cleaned_data["delegate"].strip()
        officer = (
            Officer.objects.filter(
                Q(user__email=value.lower()) | Q(employee_code=normalise_code(value))
            )
            .select_related("user")
            .first()
        )
        user = officer.user if officer else User.objects.filter(email=value.lower()).first()
        if user is None or not permissions.can_delegate_to(self.manager, user):
            raise forms.ValidationError(
                _("No active officer of your units has this email address or employee code.")
            )
        return user

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The end date must not be before the start date."))
        return cleaned
