"""The tracker's pages: my learning, calendar feed, certificates and their public check,
satisfaction feedback, and assignments for managers. Views check, call a service, render."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.models import CoursePage
from people import permissions as people_permissions
from progress import permissions, queries, services
from progress.calendar_feed import build_feed
from progress.forms import (
    AssignmentForm,
    EditAssignmentForm,
    FeedbackForm,
    VerifyLookupForm,
    WithdrawForm,
)
from progress.models import Assignment, Certificate, CertificateState, TargetStatus

ASSIGNMENTS_PER_PAGE = 50
TARGETS_PER_PAGE = 100


def _private(response: HttpResponse) -> HttpResponse:
    add_never_cache_headers(response)
    return response


# My learning ---------------------------------------------------------------------------------


@login_required
@require_GET
def my_learning(request: HttpRequest) -> HttpResponse:
    if not people_permissions.can_use_my_learning(request.user):
        raise PermissionDenied
    page = queries.my_learning(request.user, month=request.GET.get("month"))
    feed_url = (
        request.build_absolute_uri(
            reverse("progress:calendar_feed", kwargs={"token": page.feed_token.token})
        )
        if page.feed_token
        else ""
    )
    return _private(
        render(
            request,
            "progress/my_learning.html",
            {"page": page, "feed_url": feed_url, "statuses": TargetStatus},
        )
    )


@login_required
@require_POST
def calendar_token(request: HttpRequest, action: str) -> HttpResponse:
    """Create, replace or stop the personal calendar address."""
    if action == "revoke":
        services.revoke_feed_token(request.user)
        messages.success(request, _("Your calendar address no longer works."))
    elif action == "new":
        replacing = services.active_feed_token(request.user) is not None
        services.create_feed_token(request.user)
        messages.success(
            request,
            _("Your calendar has a new address; the old one no longer works.")
            if replacing
            else _("Your calendar address is ready."),
        )
    else:
        raise Http404
    return redirect(f"{reverse('progress:my')}#calendar")


@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The iCalendar feed; the secret address is the only credential calendar apps can hold."""
    user = services.feed_user(token)
    if user is None:
        raise Http404
    response = HttpResponse(build_feed(user), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="ky-nang-so.ics"'
    response["X-Robots-Tag"] = "noindex"
    return _private(response)


@login_required
@require_GET
def certificate_download(request: HttpRequest, code: str) -> HttpResponse:
    certificate = get_object_or_404(Certificate, code=code)
    if not permissions.can_download_certificate(request.user, certificate):
        raise Http404  # never confirm that someone else's certificate exists
    response = FileResponse(
        certificate.pdf.open("rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=f"chung-nhan-{certificate.code}.pdf",
    )
    return _private(response)


@login_required
@require_http_methods(["GET", "POST"])
def feedback(request: HttpRequest, course_id: int) -> HttpResponse:
    course = get_object_or_404(CoursePage, pk=course_id)
    if course not in services.courses_awaiting_feedback(request.user):
        if not services.has_answered_feedback(request.user, course):
            raise Http404  # only people who completed the course are asked
        messages.info(request, _("There is no question waiting for this course."))
        return redirect("progress:my")
    form = FeedbackForm(request.POST or None)
    if request.method == "POST":
        try:
            if "skip" in request.POST:
                services.skip_feedback(request.user, course)
                messages.info(request, _("We will not ask about this course again."))
                return redirect("progress:my")
            if form.is_valid():
                services.submit_feedback(
                    request.user,
                    course,
                    usefulness=form.cleaned_data["usefulness"],
                    clarity=form.cleaned_data["clarity"],
                    time_well_spent=form.cleaned_data["time_well_spent"],
                    comment=form.cleaned_data["comment"],
                )
                messages.success(request, _("Thank you for your feedback."))
                return redirect("progress:my")
        except services.FeedbackRefused as exc:
            messages.error(request, str(exc))
            return redirect("progress:my")
    return _private(
        render(request, "progress/feedback_form.html", {"course": course, "form": form})
    )


# Public certificate check --------------------------------------------------------------------


@require_GET
def verify_lookup(request: HttpRequest) -> HttpResponse:
    form = VerifyLookupForm(request.GET or None)
    if form.is_valid():
        code = "-".join(form.cleaned_data["code"].split()).upper()
        return redirect("progress:verify", code=code.replace("/", "-") or "-")
    return render(request, "progress/verify.html", {"form": form, "state": None})


@require_GET
def verify(request: HttpRequest, code: str) -> HttpResponse:
    """Tells anyone, without sign-in, whether a certificate is valid, revoked or expired."""
    certificate = services.find_certificate(code)
    state = certificate.state() if certificate else "unknown"
    response = render(
        request,
        "progress/verify.html",
        {
            "certificate": certificate,
            "state": state,
            "states": CertificateState,
            "code": code,
            "form": VerifyLookupForm(initial={"code": code}),
        },
        status=200 if certificate else 404,
    )
    response["X-Robots-Tag"] = "noindex"
    return response


# Managers ------------------------------------------------------------------------------------


def _require_manage(request: HttpRequest) -> None:
    if not request.user.is_authenticated:
        raise PermissionDenied
    if not (
        people_permissions.can_manage(request.user)
        or people_permissions.delegated_units(request.user)
    ):
        raise PermissionDenied


@login_required
@require_GET
def assignment_list(request: HttpRequest) -> HttpResponse:
    _require_manage(request)
    show = request.GET.get("show", "open")
    if show not in ("open", "withdrawn", "all"):
        show = "open"
    paginator = Paginator(queries.assignments_for(request.user, show=show), ASSIGNMENTS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    return _private(
        render(
            request,
            "progress/manage/assignment_list.html",
            {
                "page_obj": page,
                "show": show,
                "can_assign": permissions.can_assign(request.user),
                "today": timezone.localdate(),
            },
        )
    )


@login_required
@require_http_methods(["GET", "POST"])
def assignment_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_assign(request.user):
        raise PermissionDenied
    form = AssignmentForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            assignment = services.create_assignment(
                request.user,
                course=data["course"],
                scope=data["scope"],
                unit=data.get("unit"),
                officers=form.officers,
                due_on=data["due_on"],
                note=data["note"],
                recurrence_months=data["recurrence_months"],
                certificate_valid_months=data["certificate_valid_months"],
            )
        except services.AssignmentRefused as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                _("The course %(course)s is assigned.") % {"course": assignment.course.title},
            )
            return redirect("progress:assignment", pk=assignment.pk)
    return _private(render(request, "progress/manage/assignment_form.html", {"form": form}))


def _visible_assignment(request: HttpRequest, pk: int) -> Assignment:
    assignment = get_object_or_404(
        Assignment.objects.select_related("course", "unit", "created_by", "withdrawn_by"), pk=pk
    )
    if not permissions.can_view_assignment(request.user, assignment):
        raise Http404
    return assignment


@login_required
@require_GET
def assignment_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_manage(request)
    assignment = _visible_assignment(request, pk)
    targets = queries.assignment_targets(request.user, assignment)
    page = Paginator(targets, TARGETS_PER_PAGE).get_page(request.GET.get("page"))
    return _private(
        render(
            request,
            "progress/manage/assignment_detail.html",
            {
                "assignment": assignment,
                "page_obj": page,
                "counts": queries.live_status_counts(targets),
                "statuses": TargetStatus,
                "log": assignment.log.select_related("actor")[:50],
                "can_change": permissions.can_change_assignment(request.user, assignment)
                and not assignment.is_withdrawn,
                "officers": assignment.officers.select_related("officer")
                if assignment.scope == Assignment.Scope.OFFICERS
                else [],
            },
        )
    )


@login_required
@require_http_methods(["GET", "POST"])
def assignment_edit(request: HttpRequest, pk: int) -> HttpResponse:
    _require_manage(request)
    assignment = _visible_assignment(request, pk)
    if not permissions.can_change_assignment(request.user, assignment):
        raise PermissionDenied
    form = EditAssignmentForm(
        request.POST or None,
        initial={
            "due_on": assignment.due_on,
            "note": assignment.note,
            "recurrence_months": assignment.recurrence_months,
            "certificate_valid_months": assignment.certificate_valid_months,
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.edit_assignment(
                request.user,
                assignment,
                due_on=data["due_on"],
                note=data["note"],
                recurrence_months=data["recurrence_months"],
                certificate_valid_months=data["certificate_valid_months"],
            )
        except services.AssignmentRefused as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("The assignment was changed."))
            return redirect("progress:assignment", pk=assignment.pk)
    return _private(
        render(
            request,
            "progress/manage/assignment_edit.html",
            {"assignment": assignment, "form": form},
        )
    )


@login_required
@require_http_methods(["GET", "POST"])
def assignment_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    _require_manage(request)
    assignment = _visible_assignment(request, pk)
    if not permissions.can_change_assignment(request.user, assignment):
        raise PermissionDenied
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.withdraw_assignment(
                request.user, assignment, reason=form.cleaned_data["reason"]
            )
        except services.AssignmentRefused as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("The assignment was withdrawn."))
            return redirect("progress:assignment", pk=assignment.pk)
    return _private(
        render(
            request,
            "progress/manage/assignment_withdraw.html",
            {"assignment": assignment, "form": form},
        )
    )


# Feedback summaries --------------------------------------------------------------------------


@login_required
@require_GET
def feedback_overview(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_feedback(request.user):
        raise PermissionDenied
    return _private(
        render(
            request,
            "progress/manage/feedback_overview.html",
            {"rows": queries.feedback_by_course(request.user)},
        )
    )


@login_required
@require_GET
def feedback_course(request: HttpRequest, course_id: int) -> HttpResponse:
    if not permissions.can_view_feedback(request.user):
        raise PermissionDenied
    course = get_object_or_404(CoursePage, pk=course_id)
    summary, comments = queries.feedback_for_course(request.user, course)
    page = Paginator(comments, 50).get_page(request.GET.get("page"))
    context: dict[str, Any] = {
        "course": course,
        "summary": summary,
        "page_obj": page,
        "show_names": permissions.feedback_shows_names(request.user),
    }
    return _private(render(request, "progress/manage/feedback_course.html", context))
