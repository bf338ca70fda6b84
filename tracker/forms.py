"""Forms of the tracker's pages: assignments, withdrawal, satisfaction, revocation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from people.models import Officer, OrgUnit, normalise_code
from tracker import permissions
from tracker.models import Assignment

if TYPE_CHECKING:
    import datetime

    from django_stubs_ext import StrOrPromise

    from people.models import User

RATING_CHOICES = [(str(n), str(n)) for n in range(1, 6)]


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: OrgUnit) -> str:
        indent = "\u2003" * max(obj.depth - 1, 0)
        return f"{indent}{obj.name} ({obj.code})"


class CourseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: CoursePage) -> str:
        return obj.title


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


def _recurrence_field() -> forms.IntegerField:
    return forms.IntegerField(
        label=_("Repeat every (months)"),
        required=False,
        min_value=1,
        max_value=120,
        help_text=_(
            "Leave empty for a one-off assignment. Otherwise each officer is due again this many "
            "months after their last completion."
        ),
    )


def _validity_field(help_text: StrOrPromise) -> forms.IntegerField:
    return forms.IntegerField(
        label=_("Certificate valid for (months)"),
        required=False,
        min_value=1,
        max_value=120,
        help_text=help_text,
    )


class AssignmentForm(forms.Form):
    """A new assignment. Officers are named by employee code, one per line, so that even a
    province of thousands stays a short page."""

    course = CourseChoiceField(
        label=_("Course"), queryset=CoursePage.objects.none(), empty_label=_("Choose a course")
    )
    scope = forms.ChoiceField(
        label=_("Assign to"), choices=Assignment.Scope.choices, widget=forms.RadioSelect
    )
    unit = UnitChoiceField(
        label=_("Unit"),
        queryset=OrgUnit.objects.none(),
        required=False,
        empty_label=_("Choose a unit"),
        help_text=_("For a unit alone, or a unit with every unit under it."),
    )
    officer_codes = forms.CharField(
        label=_("Employee codes of the officers"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("For named officers: one employee code per line (or separated by commas)."),
    )
    due_on = forms.DateField(label=_("Due date"), widget=DateInput())
    note = forms.CharField(
        label=_("Note to the officers"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    recurrence_months = _recurrence_field()
    certificate_valid_months = _validity_field(
        _("Leave empty for certificates that do not expire.")
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        course = cast(CourseChoiceField, self.fields["course"])
        course.queryset = CoursePage.objects.live().order_by("title")
        unit = cast(UnitChoiceField, self.fields["unit"])
        unit.queryset = permissions.assignable_units(user).order_by("path")
        self.officers: list[Officer] = []

    def clean_due_on(self) -> datetime.date:
        due_on = self.cleaned_data["due_on"]
        if due_on < timezone.localdate():
            raise forms.ValidationError(_("The due date must not be in the past."))
        return due_on

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        scope = cleaned.get("scope")
        if scope in (Assignment.Scope.UNIT, Assignment.Scope.SUBTREE) and not cleaned.get("unit"):
            self.add_error("unit", _("Choose the unit."))
        if scope == Assignment.Scope.OFFICERS:
            codes = [
                normalise_code(code)
                for code in re.split(r"[\s,;]+", cleaned.get("officer_codes") or "")
                if code.strip()
            ]
            if not codes:
                self.add_error("officer_codes", _("Give at least one employee code."))
                return cleaned
            found = {
                o.employee_code: o
                for o in permissions.assignable_officers(self.user)
                .filter(employee_code__in=codes)
                .select_related("unit", "user")
            }
            unknown = [code for code in dict.fromkeys(codes) if code not in found]
            if unknown:
                self.add_error(
                    "officer_codes",
                    _("No active officer of your units has the employee code(s): %(codes)s.")
                    % {"codes": ", ".join(unknown)},
                )
            self.officers = [found[code] for code in dict.fromkeys(codes) if code in found]
        return cleaned


class EditAssignmentForm(forms.Form):
    due_on = forms.DateField(label=_("Due date"), widget=DateInput())
    note = forms.CharField(
        label=_("Note to the officers"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    recurrence_months = _recurrence_field()
    certificate_valid_months = _validity_field(
        _(
            "Leave empty for certificates that do not expire. A change applies to certificates "
            "issued from now on; those already issued keep the date printed on them."
        )
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class FeedbackForm(forms.Form):
    usefulness = forms.TypedChoiceField(
        label=_("How useful is this course for your work?"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("1 = not at all, 5 = very"),
    )
    clarity = forms.TypedChoiceField(
        label=_("How clear were the lessons?"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("1 = not at all, 5 = very"),
    )
    time_well_spent = forms.TypedChoiceField(
        label=_("Was it worth the time it took?"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("1 = not at all, 5 = very"),
    )
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
