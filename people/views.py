"""The profile page, the language switch, the staff directory and read delegations."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from home.downloads import make_inert
from people import permissions
from people.directory import (
    DirectoryFilters,
    directory_queryset,
    export_directory,
    roles_by_user,
)
from people.forms import DelegationForm, DirectoryFilterForm, LanguageForm
from people.http import AuthenticatedHttpRequest
from people.models import Officer, OfficerMove, OrgUnit, ReadDelegation
from people.roles import ROLE_LABELS, role_names
from people.services import scopes
from people.services.refusals import DelegationRefused

DIRECTORY_PAGE_SIZE = 50


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


def _unit_path(unit: OrgUnit) -> str:
    """ "Central Office › Province A › District A1"."""
    return " › ".join(u.name for u in [*unit.get_ancestors(), unit])


@login_required
def profile(request: AuthenticatedHttpRequest) -> HttpResponse:
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
    officer = Officer.objects.filter(user=user).select_related("unit").first()
    return render(
        request,
        "people/profile.html",
        {
            "form": form,
            "roles": roles,
            "profile_user": user,
            "officer": officer,
            "unit": _unit_path(officer.unit) if officer else None,
            "managed_units": permissions.managed_units(user),
            "delegations_received": permissions.current_delegations(user).select_related("manager"),
            "can_view_directory": permissions.can_view_directory(user),
            "can_view_delegations": permissions.can_view_delegations_page(user),
        },
    )


def _directory_filters(
    request: AuthenticatedHttpRequest,
) -> tuple[DirectoryFilterForm, DirectoryFilters]:
    form = DirectoryFilterForm(request.GET or None, user=request.user)
    if not form.is_bound:
        return form, DirectoryFilters()
    form.is_valid()  # a refused field (e.g. a unit out of scope) is shown and left out
    data = form.cleaned_data
    filters = DirectoryFilters(
        q=data.get("q", ""),
        unit=data.get("unit"),
        role=data.get("role", ""),
        status=data.get("status") or "active",
    )
    return form, filters


@login_required
def directory(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Staff of the units this person may see: search, filter, page through, export."""
    if not permissions.can_view_directory(request.user):
        raise PermissionDenied
    form, filters = _directory_filters(request)
    queryset = directory_queryset(request.user, filters)
    page = Paginator(queryset, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    officers = list(page.object_list)
    roles = roles_by_user(Officer.objects.filter(pk__in=[o.pk for o in officers]))
    rows = [
        (officer, [ROLE_LABELS[name] for name in roles.get(officer.user_id, [])])
        for officer in officers
    ]
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "people/directory.html",
        {
            "form": form,
            "page": page,
            "rows": rows,
            "query": query.urlencode(),
            "scope_names": ", ".join(u.name for u in permissions.scope_roots(request.user)),
            "is_administrator": permissions.is_administrator(request.user),
        },
    )


EXPORT_KINDS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@login_required
def directory_export(request: AuthenticatedHttpRequest, kind: str) -> HttpResponse:
    """The directory with the same filters, as CSV or XLSX, limited to the person's scope."""
    if not permissions.can_export_directory(request.user):
        raise PermissionDenied
    if kind not in EXPORT_KINDS:
        raise Http404
    _form, filters = _directory_filters(request)
    content = export_directory(directory_queryset(request.user, filters), kind)
    response = HttpResponse(content, content_type=EXPORT_KINDS[kind])
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="staff-{stamp}.{kind}"'
    return make_inert(response)


@login_required
def officer_detail(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """One officer's record: their own, or one within the viewer's scope; else not found."""
    officer = get_object_or_404(Officer.objects.select_related("user", "unit"), pk=pk)
    if not permissions.can_view_officer(request.user, officer):
        raise Http404
    moves = OfficerMove.objects.filter(officer=officer).select_related(
        "from_unit", "to_unit", "moved_by"
    )[:20]
    return render(
        request,
        "people/officer_detail.html",
        {
            "officer": officer,
            "unit_path": _unit_path(officer.unit),
            "roles": [ROLE_LABELS[name] for name in role_names(officer.user)],
            "moves": moves,
            "can_view_directory": permissions.can_view_directory(request.user),
        },
    )


@login_required
def delegations(request: AuthenticatedHttpRequest) -> HttpResponse:
    """A manager lends read access to their units; a delegate sees what was lent to them."""
    user = request.user
    if not permissions.can_view_delegations_page(user):
        raise PermissionDenied
    form = None
    if permissions.can_delegate(user):
        form = DelegationForm(request.POST or None, manager=user)
        if request.method == "POST" and form.is_valid():
            try:
                delegation = scopes.delegate_read_access(
                    user,
                    form.cleaned_data["delegate"],
                    starts_on=form.cleaned_data["starts_on"],
                    ends_on=form.cleaned_data["ends_on"],
                    reason=form.cleaned_data["reason"],
                    actor=user,
                )
            except DelegationRefused as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(
                    request,
                    _("%(name)s can read your units until %(date)s.")
                    % {
                        "name": delegation.delegate.get_full_name(),
                        "date": delegation.ends_on.strftime("%d/%m/%Y"),
                    },
                )
                return redirect("people:delegations")
    elif request.method == "POST":
        raise PermissionDenied
    given = ReadDelegation.objects.filter(manager=user).select_related(
        "delegate", "revoked_by", "created_by"
    )
    received = (
        ReadDelegation.objects.filter(delegate=user, revoked_at__isnull=True)
        .exclude(ends_on__lt=timezone.localdate())
        .select_related("manager")
    )
    today = timezone.localdate()
    return render(
        request,
        "people/delegations.html",
        {
            "form": form,
            "given": [(d, d.status(today)) for d in given],
            "received": [(d, d.status(today)) for d in received],
            "managed_units": permissions.managed_units(user),
        },
    )


@login_required
@require_POST
def revoke_delegation(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    delegation = get_object_or_404(ReadDelegation, pk=pk)
    if not permissions.can_revoke_delegation(request.user, delegation):
        raise Http404
    scopes.revoke_delegation(delegation, actor=request.user)
    messages.success(request, _("The delegation has been revoked."))
    return redirect("people:delegations")
