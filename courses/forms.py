"""Forms of the learner side."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import CourseLevel, Topic


class CatalogueForm(forms.Form):
    """The catalogue's search box and filters, sent with GET so a search is a shareable link."""

    q = forms.CharField(
        label=_("Search courses"),
        required=False,
        max_length=100,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("e.g. an toan thong tin")}
        ),
    )
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All topics"),
    )
    level = forms.ChoiceField(
        label=_("Level"),
        choices=[("", _("All levels")), *CourseLevel.choices],
        required=False,
    )
