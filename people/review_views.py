"""The access review page (administrators): staff access by unit, export, the reviewed mark."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from people import permissions
from people.access_review import export_review, review_rows
from people.forms import UnitChoiceField
from people.http import AuthenticatedHttpRequest
from people.models import AccessReview, OrgUnit

EXPORT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class ReviewFilterForm(forms.Form):
    unit = UnitChoiceField(
        queryset=OrgUnit.objects.order_by("path"),
        required=False,
        label=gettext_lazy("Unit"),
        empty_label=gettext_lazy("The whole organisation"),
    )


class ReviewedForm(forms.Form):
    note = forms.CharField(
        label=gettext_lazy("Note (optional)"),
        required=False,
        max_length=500,
        help_text=gettext_lazy("E.g. what was changed after the review."),
    )


@login_required
def access_review(request: AuthenticatedHttpRequest) -> HttpResponse:
    if not permissions.is_administrator(request.user):
        raise PermissionDenied
    filters = ReviewFilterForm(request.GET or None)
    unit = filters.cleaned_data.get("unit") if filters.is_valid() else None
    rows = review_rows(unit)
    kind = request.GET.get("export", "")
    if kind in EXPORT_TYPES:
        log(
            instance=request.user,
            action="people.access_review_export",
            user=request.user,
            data={"format": kind, "unit": unit.label if unit else "", "rows": len(rows)},
        )
        response = HttpResponse(export_review(rows, kind), content_type=EXPORT_TYPES[kind])
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="access-review-{stamp}.{kind}"'
        return response
    reviewed = ReviewedForm(request.POST or None)
    if request.method == "POST" and reviewed.is_valid():
        review = AccessReview.objects.create(
            reviewed_by=request.user,
            unit=unit,
            accounts=len(rows),
            note=reviewed.cleaned_data["note"].strip(),
        )
        log(
            instance=review,
            action="people.access_reviewed",
            user=request.user,
            data={"unit": unit.label if unit else "", "accounts": len(rows)},
        )
        messages.success(request, _("The review is recorded with your name and the time."))
        return redirect(request.get_full_path())
    query = request.GET.copy()
    query.pop("export", None)
    return render(
        request,
        "people/access_review.html",
        {
            "filters": filters,
            "form": reviewed,
            "rows": rows,
            "query": query.urlencode(),
            "reviews": AccessReview.objects.select_related("reviewed_by", "unit")[:10],
        },
    )
