"""The profile page and the language switch."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from people.forms import LanguageForm
from people.roles import ROLE_LABELS, role_names


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's own set_language, which also remembers the choice on the signed-in profile."""
    response = django_set_language(request)
    language = request.POST.get("language", "")
    supported = {code for code, _name in settings.LANGUAGES}
    if language in supported and request.user.is_authenticated:
        request.user.language = language
        request.user.save(update_fields=["language"])
    return response


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    user = request.user
    if request.method == "POST":
        form = LanguageForm(request.POST, instance=user)
        if form.is_valid():
            form.save()
            translation.activate(user.language)
            messages.success(request, _("Your language has been saved."))
            response = redirect("profile")
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                user.language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
                secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
            )
            return response
    else:
        form = LanguageForm(instance=user, initial={"language": user.language or "vi"})
    roles = [ROLE_LABELS[name] for name in role_names(user)]
    return render(
        request,
        "people/profile.html",
        {"form": form, "roles": roles, "profile_user": user},
    )
