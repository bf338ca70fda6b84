"""Admin forms for the question bank and marking."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from bs4 import BeautifulSoup
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from quizzes import grading
from quizzes.formats import export_problems
from quizzes.formats.records import WILDCARD, is_number, normalise
from quizzes.formats.validation import validate
from quizzes.question_types import ANSWERED_TYPES, QuestionType, TextFormat

if TYPE_CHECKING:
    from quizzes.models import QuestionAnswer, QuestionCategory


class QuestionCategoryForm(WagtailAdminModelForm):
    """Name a category and place it in the tree (under a parent, or at the top)."""

    parent: forms.ModelChoiceField[QuestionCategory] = forms.ModelChoiceField(
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
        from quizzes.services.categories import place_category

        instance = super().save(commit=False)
        return place_category(instance, self.cleaned_data.get("parent"))


def split_range(text: str) -> tuple[Decimal, Decimal] | None:
    """ "1..5" -> (midpoint 3, half-width 2); None when the text is not a range."""
    if ".." not in text:
        return None
    low_text, _sep, high_text = text.partition("..")
    low, high = grading.parse_number(low_text), grading.parse_number(high_text)
    if low is None or high is None:
        return None
    if low > high:
        low, high = high, low
    return (low + high) / 2, (high - low) / 2


def _plain_number(number: Decimal) -> str:
    return format(number.normalize(), "f")


def tidy_answer(qtype: str, answer: QuestionAnswer) -> None:
    """Write an answer as the formats write it, from what trainers type: a numerical range
    "1..5" as its midpoint and half-width, "3,5" as 3.5, "True" as true."""
    text = answer.text.strip()
    if qtype == QuestionType.NUMERICAL and text != WILDCARD and not is_number(text):
        found = split_range(text)
        number = grading.parse_number(text)
        if found is not None:
            midpoint, answer.tolerance = found
            text = _plain_number(midpoint)
        elif number is not None:
            text = _plain_number(number)
    if qtype == QuestionType.TRUE_FALSE and text.lower() in ("true", "false"):
        text = text.lower()
    answer.text = text


# The editor's rich texts and the fields that say in which format each one is written.
RICH_TEXTS = {"text": "text_format", "general_feedback": "general_feedback_format"}


def _seen(markup: str) -> tuple[str, list[str]]:
    """What a reader sees of some HTML: its words, and the elements that carry content."""
    soup = BeautifulSoup(markup, "html.parser")
    words = " ".join(soup.get_text(" ").split())
    kept = sorted(tag.name for tag in soup.find_all(True) if tag.name not in PLAIN_TAGS)
    return words, kept


# Elements the rich-text editor may add or drop without changing what a reader sees.
PLAIN_TAGS = frozenset({"p", "br", "div", "span"})


def for_editor(widget: forms.Widget, markup: str) -> str | None:
    """The HTML to give the rich-text editor, or None when it would not give back what it
    was given, as a reader sees it."""
    converter = getattr(widget, "converter", None)
    if converter is None or not markup:
        return markup
    # The editor reads void elements only in their closed form ("<br/>").
    closed = str(BeautifulSoup(markup, "html.parser"))
    try:
        kept = converter.to_database_format(converter.from_database_format(closed))
    except Exception:  # any markup the converter cannot read is edited as source
        return None
    return closed if _seen(kept) == _seen(markup) else None


class QuestionForm(WagtailAdminModelForm):
    """Checks a question as the importers and exporters do: the question validator judges the
    record the question would be exported as, and what an export format cannot write is
    refused, so that whatever the editor saves exports and imports back the same.

    The editor writes HTML: a text in another format is opened as the HTML the learner sees,
    and saved as HTML; HTML the rich-text editor cannot keep (tables, say) is edited as source.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from quizzes.models.bank import as_stored_html

        for name, format_name in RICH_TEXTS.items():
            field = self.fields.get(name)
            if field is None:
                continue
            markup = as_stored_html(
                getattr(self.instance, name) or "", getattr(self.instance, format_name)
            )
            editable = for_editor(field.widget, markup)
            self.initial[name] = markup if editable is None else editable
            if editable is None:
                field.widget = forms.Textarea(attrs={"rows": 10, "class": "monospace"})
                field.help_text = _(
                    "Written in HTML the editor cannot show (a table, say): edit the HTML here."
                )

    def _post_clean(self) -> None:
        super()._post_clean()
        for name, format_name in RICH_TEXTS.items():
            if name in self.fields:
                setattr(self.instance, format_name, TextFormat.HTML)

    def is_valid(self) -> bool:
        # The inline answers are validated after the form itself, so the check runs here.
        if not super().is_valid():
            return False
        messages = self.check_question()
        for message in messages:
            self.add_error(None, message)
        return not messages

    def _kept(self, relation: str) -> list[forms.BaseModelForm[Any]]:
        """The inline forms of a relation that are filled in and not deleted, in their order."""
        formset = self.formsets.get(relation)
        kept = [
            form
            for form in (formset.forms if formset is not None else [])
            if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
        ]
        return sorted(kept, key=lambda form: form.cleaned_data.get("ORDER") or 0)

    def check_question(self) -> list[str]:
        from quizzes.services.exchange import question_to_record, record_weight

        qtype = self.cleaned_data.get("qtype")
        if not qtype or self.instance.category_id is None:
            return []
        answers, pairs = self._kept("answers"), self._kept("pairs")
        if answers and qtype not in ANSWERED_TYPES:
            return [str(_("This type of question has no answers to choose from."))]
        for form in answers:
            tidy_answer(qtype, form.instance)
        record = normalise(
            question_to_record(
                self.instance,
                answers=[form.instance for form in answers],
                pairs=[form.instance for form in pairs],
                tags=list(self.cleaned_data.get("tags") or []),
            )
        )
        messages = [error.message for error in validate(record)] or export_problems([record])
        if not messages:
            # Stored as the importers read a weight back: the Moodle grade it matched.
            for form in answers:
                form.instance.fraction = Decimal(str(record_weight(form.instance.fraction)))
        return messages


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

        formats = [(key, item.label) for key, item in FORMATS.items()]
        field = cast(forms.ChoiceField, self.fields["file_format"])
        field.choices = [("", _("Guess from the file name")), *formats]


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
        cast(CategoryChoiceField, self.fields["category"]).queryset = _categories()


class ExportForm(forms.Form):
    """Export a category with its subcategories."""

    category = CategoryChoiceField(queryset=None, label=_("Category"))
    file_format = forms.ChoiceField(label=_("Format"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from quizzes.formats import EXPORT_FORMATS, FORMATS

        cast(CategoryChoiceField, self.fields["category"]).queryset = _categories()
        cast(forms.ChoiceField, self.fields["file_format"]).choices = [
            (key, FORMATS[key].label) for key in EXPORT_FORMATS
        ]
