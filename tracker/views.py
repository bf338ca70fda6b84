"""The tracker's pages: my learning, the calendar feed, satisfaction feedback, and assignments
for managers. Views check, call a service, render; none may be cached (never_cache)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.models import CoursePage
from home.learner_pages import Rendering, learner_part
from people import permissions as people_permissions
from people.http import AuthenticatedHttpRequest
from tracker import learning, permissions, services
from tracker.calendar_feed import build_feed
from tracker.forms import (
    AssignmentForm,
    EditAssignmentForm,
    FeedbackForm,
    WithdrawForm,
)
from tracker.models import Assignment, TargetStatus

ASSIGNMENTS_PER_PAGE = 50
TARGETS_PER_PAGE = 100


# My learning ---------------------------------------------------------------------------------


@never_cache
@login_required
@require_GET
def my_learning(request: AuthenticatedHttpRequest) -> HttpResponse:
    if not people_permissions.can_use_my_learning(request.user):
        raise PermissionDenied

    def rendering(marker: str) -> Rendering:
        page = learning.my_learning(request.user, month=request.GET.get("month"))
        feed_url = (
            request.build_absolute_uri(
                reverse("tracker:calendar_feed", kwargs={"token": page.feed_token.token})
            )
            if page.feed_token
            else ""
        )
        context = {
            "page": page,
            "feed_url": feed_url,
            "statuses": TargetStatus,
            "csrf_token": marker,
        }
        html = render_to_string("tracker/my_learning_content.html", context, request)
        return html, page.changes_at

    # Kept until anything shown changes (home.learner_pages): the calendar's month is in the
    # address, the date of today in the key.
    content = learner_part(request, "my-learning", rendering)
    return render(request, "tracker/my_learning.html", {"content": content})


@never_cache
@login_required
@require_POST
def calendar_token(request: AuthenticatedHttpRequest, action: str) -> HttpResponse:
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
    return redirect(f"{reverse('tracker:my')}#calendar")


@never_cache
@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The iCalendar feed; the secret address is the only credential calendar apps can hold."""
    user = services.feed_user(token)
    if user is None:
        raise Http404
    response = HttpResponse(build_feed(user), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="ky-nang-so.ics"'
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def feedback(request: AuthenticatedHttpRequest, course_id: int) -> HttpResponse:
    course = get_object_or_404(CoursePage, pk=course_id)
    if course not in services.courses_awaiting_feedback(request.user):
        if not services.has_answered_feedback(request.user, course):
            raise Http404  # only people who completed the course are asked
        messages.info(request, _("There is no question waiting for this course."))
        return redirect("tracker:my")
    form = FeedbackForm(request.POST or None)
    if request.method == "POST":
        try:
            if "skip" in request.POST:
                services.skip_feedback(request.user, course)
                messages.info(request, _("We will not ask about this course again."))
                return redirect("tracker:my")
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
                return redirect("tracker:my")
        except services.FeedbackRefused as exc:
            messages.error(request, str(exc))
            return redirect("tracker:my")
    return render(request, "tracker/feedback_form.html", {"course": course, "form": form})


# Managers ------------------------------------------------------------------------------------


def _require_manage(request: HttpRequest) -> None:
    if not request.user.is_authenticated:
        raise PermissionDenied
    if not (
        people_permissions.can_manage(request.user)
        or people_permissions.delegated_units(request.user)
    ):
        raise PermissionDenied


@never_cache
@login_required
@require_GET
def assignment_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    _require_manage(request)
    show = request.GET.get("show", "open")
    if show not in ("open", "withdrawn", "all"):
        show = "open"
    paginator = Paginator(learning.assignments_for(request.user, show=show), ASSIGNMENTS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "tracker/manage/assignment_list.html",
        {
            "page_obj": page,
            "show": show,
            "can_assign": permissions.can_assign(request.user),
            "today": timezone.localdate(),
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def assignment_create(request: AuthenticatedHttpRequest) -> HttpResponse:
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
            return redirect("tracker:assignment", pk=assignment.pk)
    return render(request, "tracker/manage/assignment_form.html", {"form": form})


def _visible_assignment(request: HttpRequest, pk: int) -> Assignment:
    assignment = get_object_or_404(
        Assignment.objects.select_related("course", "unit", "created_by", "withdrawn_by"), pk=pk
    )
    if not permissions.can_view_assignment(request.user, assignment):
        raise Http404
    return assignment


@never_cache
@login_required
@require_GET
def assignment_detail(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    _require_manage(request)
    assignment = _visible_assignment(request, pk)
    targets = learning.assignment_targets(request.user, assignment)
    page = Paginator(targets, TARGETS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "tracker/manage/assignment_detail.html",
        {
            "assignment": assignment,
            "page_obj": page,
            "counts": learning.live_status_counts(targets),
            "statuses": TargetStatus,
            "log": assignment.log.select_related("actor")[:50],
            "can_change": permissions.can_change_assignment(request.user, assignment)
            and not assignment.is_withdrawn,
            "officers": assignment.officers.select_related("officer")
            if assignment.scope == Assignment.Scope.OFFICERS
            else [],
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def assignment_edit(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
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
            return redirect("tracker:assignment", pk=assignment.pk)
    return render(
        request,
        "tracker/manage/assignment_edit.html",
        {"assignment": assignment, "form": form},
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def assignment_withdraw(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
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
            return redirect("tracker:assignment", pk=assignment.pk)
    return render(
        request,
        "tracker/manage/assignment_withdraw.html",
        {"assignment": assignment, "form": form},
    )
