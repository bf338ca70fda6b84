from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from people.models import User


class LanguageForm(forms.ModelForm):
    language = forms.ChoiceField(label=_("Interface language"), choices=settings.LANGUAGES)

    class Meta:
        model = User
        fields = ["language"]
