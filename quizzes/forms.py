"""Admin forms for the question bank and marking."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from quizzes import validation


class QuestionCategoryForm(WagtailAdminModelForm):
    """Name a category and place it in the tree (under a parent, or at the top)."""

    parent = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label=_("parent category"),
        help_text=_("Leave empty for a category at the top."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from quizzes.models import QuestionCategory

        queryset = QuestionCategory.objects.order_by("path")
        if self.instance.pk:
            queryset = queryset.exclude(path__startswith=self.instance.path)
            self.fields["parent"].initial = self.instance.get_parent()
        self.fields["parent"].queryset = queryset
        self.fields["parent"].label_from_instance = lambda c: c.indented_name

    def save(self, commit: bool = True) -> Any:
        from quizzes.services.bank import place_category

        instance = super().save(commit=False)
        return place_category(instance, self.cleaned_data.get("parent"))


class QuestionForm(WagtailAdminModelForm):
    """Checks the answers and pairs together with the question's type."""

    def is_valid(self) -> bool:
        # The inline answers are validated after the form itself, so the check runs here.
        if not super().is_valid():
            return False
        messages = self.check_answers(self.cleaned_data.get("qtype"))
        for message in messages:
            self.add_error(None, message)
        return not messages

    def check_answers(self, qtype: str | None) -> list[str]:
        if not qtype:
            return []
        answers: list[validation.AnswerData] = []
        pairs: list[validation.PairData] = []
        answers_formset = self.formsets.get("answers")
        if answers_formset is not None:
            for form in answers_formset.forms:
                data = getattr(form, "cleaned_data", None) or {}
                if not data or data.get("DELETE"):
                    continue
                text = str(data.get("text") or "").strip()
                tolerance = data.get("tolerance")
                if qtype == "numerical":
                    found = validation.split_range(text)
                    if found is not None:
                        # A range "a..b" is kept as its midpoint and half-width.
                        midpoint, half = found
                        data["text"] = text = format(midpoint.normalize(), "f")
                        data["tolerance"] = tolerance = half
                        form.instance.text, form.instance.tolerance = text, half
                answers.append(
                    validation.AnswerData(text, data.get("fraction") or Decimal("0"), tolerance)
                )
        pairs_formset = self.formsets.get("pairs")
        if pairs_formset is not None:
            for form in pairs_formset.forms:
                data = getattr(form, "cleaned_data", None) or {}
                if data and not data.get("DELETE"):
                    pairs.append(
                        validation.PairData(data.get("prompt") or "", data.get("answer") or "")
                    )
        return validation.validate_question(qtype, answers, pairs)


class MarkForm(forms.Form):
    mark = forms.DecimalField(label=_("mark"), min_value=Decimal("0"), decimal_places=2)
    comment = forms.CharField(
        label=_("comment for the learner"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    reason = forms.CharField(
        label=_("reason for the change"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Needed when you change a mark already given."),
    )


# Question files ---------------------------------------------------------------------------


class CategoryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return obj.indented_name


def _categories() -> Any:
    from quizzes.models import QuestionCategory

    return QuestionCategory.objects.order_by("path")


class ImportUploadForm(forms.Form):
    """Choose a question file to preview."""

    file = forms.FileField(
        label=_("Question file"),
        help_text=_(
            "Moodle GIFT (.gift, .txt), Moodle XML (.xml), Aiken (.txt), Excel (.xlsx) or CSV "
            "(.csv), at most 10 MB."
        ),
    )
    file_format = forms.ChoiceField(label=_("Format"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from quizzes.formats import FORMATS

        self.fields["file_format"].choices = [("", _("Guess from the file name"))] + [
            (key, item.label) for key, item in FORMATS.items()
        ]


class ImportConfirmForm(forms.Form):
    """Where the previewed questions go, and whether to leave out the ones with errors."""

    token = forms.CharField(widget=forms.HiddenInput)
    category = CategoryChoiceField(
        queryset=None,
        required=False,
        label=_("Target category"),
        help_text=_("The file's own categories are created below it."),
    )
    new_category = forms.CharField(
        label=_("Or a new category"),
        required=False,
        max_length=500,
        help_text=_(
            'A path such as "Tin học/Word", created below the chosen category (or at the top). '
            "With neither, the questions go into a category named after the file."
        ),
    )
    only_valid = forms.BooleanField(
        label=_("Import only the valid questions"),
        required=False,
        help_text=_("Questions with errors are left out; the others are imported."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = _categories()


class ExportForm(forms.Form):
    """Export a category with its subcategories."""

    category = CategoryChoiceField(queryset=None, label=_("Category"))
    file_format = forms.ChoiceField(
        label=_("Format"),
        choices=[
            ("gift", _("Moodle GIFT")),
            ("moodlexml", _("Moodle XML")),
            ("xlsx", _("Excel workbook")),
        ],
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = _categories()
