"""Who may read which report. Every report view and export asks here, and nothing else decides.

Managers read the units they were given (and everything under them), people holding a read
delegation read the delegating manager's units, administrators read the whole tree. An officer
is read through their *current* unit. Trainers read the course reports of the topics they teach
(every topic when they are not limited), across the whole tree but without officers' names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeGuard

from people import permissions as people_permissions
from people.models import Officer, OrgUnit
from people.roles import TRAINER

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from courses.models import CoursePage
    from people.models import User
    from reports.models import ExportJob

_signed_in = people_permissions.is_signed_in


def is_trainer(user: User | AnonymousUser) -> TypeGuard[User]:
    return _signed_in(user) and TRAINER in people_permissions._groups(user)


def report_roots(user: User | AnonymousUser) -> list[OrgUnit]:
    """The top units of what this person may read in reports: the tree's roots for
    administrators, else their own and delegated scopes (none for anyone else)."""
    if not _signed_in(user):
        return []
    if people_permissions.is_administrator(user):
        return people_permissions.cached_on_user(
            user, "_report_roots_cache", lambda: list(OrgUnit.get_root_nodes())
        )
    return people_permissions.scope_roots(user)


def can_view_reports(user: User | AnonymousUser) -> bool:
    """The manager dashboards: administrators, managers and delegates."""
    if not _signed_in(user):
        return False
    return people_permissions.is_administrator(user) or bool(people_permissions.scope_roots(user))


def can_view_unit(user: User | AnonymousUser, unit: OrgUnit) -> bool:
    if not _signed_in(user):
        return False
    if people_permissions.is_administrator(user):
        return True
    return any(unit.path.startswith(root.path) for root in people_permissions.scope_roots(user))


def can_view_officer(user: User | AnonymousUser, officer: Officer) -> bool:
    """An officer's results, by their current unit (an officer who moved away leaves scope)."""
    return can_view_unit(user, officer.unit)


def can_view_course_reports(user: User | AnonymousUser) -> bool:
    """The list of course reports: trainers, and everyone who reads the dashboards."""
    return is_trainer(user) or can_view_reports(user)


def can_view_course_report(user: User | AnonymousUser, course: CoursePage) -> bool:
    if not _signed_in(user):
        return False
    if can_view_reports(user):
        return True
    if not is_trainer(user):
        return False
    topic = course.topic.slug if course.topic is not None else None
    topics = people_permissions.trainer_topics(user)
    return topics is None or (topic is not None and topic in topics)


def course_report_roots(user: User | AnonymousUser) -> list[OrgUnit]:
    """Where a course report looks: the person's report scope, or the whole tree for trainers
    who do not manage (they follow their courses everywhere)."""
    roots = report_roots(user)
    if roots:
        return roots
    if is_trainer(user):
        return list(OrgUnit.get_root_nodes())
    return []


def shows_officer_names(user: User | AnonymousUser) -> bool:
    """Course reports list officers by name only for managers, delegates and administrators."""
    return can_view_reports(user)


def can_download_export(user: User | AnonymousUser, job: ExportJob) -> bool:
    """A background export is for the person who asked for it."""
    return _signed_in(user) and job.user_id == user.pk


# Feedback and costs ---------------------------------------------------------------------------


def can_view_feedback(user: User | AnonymousUser) -> bool:
    """Trainers and administrators see every course's feedback; managers their units'."""
    return (
        people_permissions.is_administrator(user)
        or is_trainer(user)
        or people_permissions.is_manager(user)
    )


def feedback_shows_names(user: User | AnonymousUser) -> bool:
    """Managers read comments without names, so officers can speak freely."""
    return people_permissions.is_administrator(user) or is_trainer(user)


def can_set_course_costs(user: User | AnonymousUser) -> bool:
    return _signed_in(user) and user.has_perm("reports.change_coursecost")
