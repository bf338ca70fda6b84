"""The navigation shared by every report page: each report a person may open, once."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from people import permissions as people_permissions
from people.models import User
from reports import permissions


@dataclass(frozen=True)
class ReportLink:
    key: str
    url: str
    label: str | Promise


def report_links(user: User | AnonymousUser) -> list[ReportLink]:
    """The reports ``user`` may open, in the order the navigation shows them."""
    reports = permissions.can_view_reports(user)
    course_reports = permissions.can_view_course_reports(user)
    links: list[ReportLink] = []
    if reports:
        links.append(ReportLink("dashboard", reverse("reports:manage"), _("Dashboard")))
    if course_reports:
        links.append(ReportLink("courses", reverse("reports:manage_courses"), _("Course reports")))
    if user.is_authenticated and (
        people_permissions.can_manage(user) or people_permissions.delegated_units(user)
    ):
        links.append(ReportLink("assignments", reverse("tracker:assignments"), _("Assignments")))
    if permissions.can_view_feedback(user):
        links.append(
            ReportLink("feedback", reverse("reports:feedback_overview"), _("Course feedback"))
        )
    if reports or course_reports:
        links.append(ReportLink("exports", reverse("reports:exports"), _("My exports")))
    return links
