"""Changes of state for LTI launches: finding or making the learner a platform's user is, and
recording the score owed to the platform's gradebook. One transaction each, named refusals."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.models import CoursePage, Enrolment, EnrolmentMode
from courses.services import enrol
from lti.models import GradeLink, Platform, PlatformAccount
from people.models import User
from people.roles import OFFICER

AGS_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
RESOURCE_LINK_CLAIM = "https://purl.imsglobal.org/spec/lti/claim/resource_link"
SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"


class LaunchRefused(Exception):
    """A launch that was valid as a message but may not sign anyone in here."""


class StaffAccountRefused(LaunchRefused):
    """The account linked to this platform user has staff rights: it signs in by password and
    second factor only, never through a launch."""


class AccountInactive(LaunchRefused):
    """The account linked to this platform user has been deactivated."""


def _placeholder_email(platform: Platform, subject: str) -> str:
    """A unique address that delivers nowhere (.invalid): a platform's email claim is never
    trusted to name an account here, or a platform could take over anyone's account."""
    digest = hashlib.sha256(
        f"{platform.issuer}|{platform.client_id}|{subject}".encode()
    ).hexdigest()
    return f"lti-{digest[:24]}@lti.invalid"


def _names(claims: Mapping[str, Any]) -> tuple[str, str]:
    given = str(claims.get("given_name") or "")[:150]
    family = str(claims.get("family_name") or "")[:150]
    if not given and not family and claims.get("name"):
        family, _space, given = str(claims["name"]).rpartition(" ")
    return given[:150], family[:150]


def has_staff_rights(user: User) -> bool:
    if user.is_staff or user.is_superuser:
        return True
    return user.groups.exclude(name=OFFICER).exists() or user.user_permissions.exists()


@transaction.atomic
def account_for_launch(
    platform: Platform, subject: str, claims: Mapping[str, Any], *, now: datetime | None = None
) -> User:
    """The learner a platform's user (``sub``) is here: the linked account, or a new officer
    account. Whatever roles the launch claims, nobody gets staff rights from it; a linked
    account that has staff rights (given here, by an administrator) is refused."""
    now = now or timezone.now()
    account = (
        PlatformAccount.objects.select_related("user")
        .filter(platform=platform, subject=subject)
        .first()
    )
    if account is None:
        given, family = _names(claims)
        user = User.objects.create_user(
            email=_placeholder_email(platform, subject),
            first_name=given,
            last_name=family,
            is_staff=False,
            is_superuser=False,
        )
        user.groups.set([Group.objects.get(name=OFFICER)])
        try:
            with transaction.atomic():
                account = PlatformAccount.objects.create(
                    platform=platform, subject=subject, user=user, last_launch_at=now
                )
        except IntegrityError:  # the same user launched twice at once: keep the first account
            user.delete()
            account = PlatformAccount.objects.select_related("user").get(
                platform=platform, subject=subject
            )
    else:
        PlatformAccount.objects.filter(pk=account.pk).update(last_launch_at=now)
    user = account.user
    if not user.is_active:
        raise AccountInactive(f"Account {user.pk} is inactive.")
    if has_staff_rights(user):
        raise StaffAccountRefused(f"Account {user.pk} has staff rights.")
    return user


def enrol_from_launch(user: User, course: CoursePage) -> Enrolment:
    """The platform placed the course for its learners: an open course is joined as by the
    learner, a course given by assignment only counts the placement as the assignment."""
    source = (
        Enrolment.Source.SELF
        if course.enrolment_mode == EnrolmentMode.OPEN
        else Enrolment.Source.ASSIGNMENT
    )
    return enrol(user, course, source=source)


def remember_grade_link(
    platform: Platform, user: User, course: CoursePage, claims: Mapping[str, Any]
) -> GradeLink | None:
    """Keep where this learner's result in the course goes (the launch's AGS claim), when the
    platform offers a gradebook and grades are sent back to it."""
    endpoint = claims.get(AGS_CLAIM)
    if not platform.send_grades or not isinstance(endpoint, dict):
        return None
    if SCORE_SCOPE not in (endpoint.get("scope") or []):
        return None
    if not endpoint.get("lineitem") and not endpoint.get("lineitems"):
        return None
    resource_link = claims.get(RESOURCE_LINK_CLAIM) or {}
    link, _created = GradeLink.objects.update_or_create(
        platform=platform,
        user=user,
        course=course,
        defaults={
            "subject": str(claims.get("sub", "")),
            "resource_link_id": str(resource_link.get("id", ""))[:255],
            "ags_endpoint": endpoint,
        },
    )
    return link


@transaction.atomic
def record_course_score(
    enrolment: Enrolment, score_percent: Decimal, *, now: datetime | None = None
) -> list[int]:
    """Set the score owed to each platform that launched this learner into the course; returns
    the links that now have something to send (a score already sent is not sent again)."""
    now = now or timezone.now()
    due = []
    links = GradeLink.objects.select_for_update().filter(
        user_id=enrolment.user_id, course_id=enrolment.course_id, platform__send_grades=True
    )
    for link in links:
        if link.score_percent == score_percent and link.sent_at is not None:
            continue
        link.score_percent = score_percent
        link.scored_at = now
        link.sent_at = None
        link.attempts = 0
        link.last_error = ""
        link.next_try_at = None
        link.save()
        due.append(link.pk)
    return due
