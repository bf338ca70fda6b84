"""A person's calendar feed (RFC 5545): due dates of their assignments and closing times of
quizzes in their courses. Outlook, Thunderbird and phone calendars subscribe to it by URL."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from courses.models import CoursePage, Enrolment
from tracker.models import AssignmentTarget

if TYPE_CHECKING:
    from wagtail.models import Page

    from people.models import User
    from quizzes.models import QuizPage

TIME_ZONE = "Asia/Ho_Chi_Minh"
PRODID = "-//Kỹ Năng Số//Tracker 1.0//VI"
# Quizzes that closed longer ago than this are left out of the feed.
PAST_QUIZ_DAYS = 30


def _domain() -> str:
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"


def target_uid(target_id: int) -> str:
    """Stable across fetches, so calendar apps update an event instead of duplicating it."""
    return f"kns-assignment-target-{target_id}@{_domain()}"


def quiz_uid(quiz_id: int) -> str:
    return f"kns-quiz-close-{quiz_id}@{_domain()}"


def _link(page: Page) -> str:
    return urljoin(settings.WAGTAILADMIN_BASE_URL, page.get_url() or "/")


def _quizzes_closing(user: User, now: datetime.datetime) -> list[tuple[QuizPage, CoursePage]]:
    from quizzes.models import QuizPage

    courses = list(
        CoursePage.objects.filter(
            pk__in=Enrolment.objects.filter(user=user).values("course_id")
        ).only("path", "title")
    )
    if not courses:
        return []
    steplen = CoursePage.steplen
    by_path = {c.path: c for c in courses}
    quizzes = QuizPage.objects.live().filter(
        close_at__isnull=False,
        close_at__gte=now - datetime.timedelta(days=PAST_QUIZ_DAYS),
        depth__in={len(path) // steplen + 1 for path in by_path},
    )
    found = []
    for quiz in quizzes.order_by("close_at"):
        course = by_path.get(quiz.path[:-steplen])
        if course is not None:
            found.append((quiz, course))
    return found


def build_feed(user: User, *, now: datetime.datetime | None = None) -> bytes:
    """The iCalendar document for one person, in their language."""
    now = now or timezone.now()
    zone = ZoneInfo(TIME_ZONE)
    stamp = now.astimezone(datetime.UTC)
    with translation.override(user.language or "vi"):
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        calendar.add("x-wr-calname", _("Kỹ Năng Số: my training"))
        calendar.add("x-wr-timezone", TIME_ZONE)
        calendar.add(
            "refresh-interval", datetime.timedelta(hours=6), parameters={"VALUE": "DURATION"}
        )
        calendar.add("x-published-ttl", "PT6H")

        targets = (
            AssignmentTarget.objects.open()
            .current()
            .filter(user=user, completed_at__isnull=True)
            .select_related("course", "assignment")
            .order_by("due_on", "pk")
        )
        for target in targets:
            event = Event()
            event.add("uid", target_uid(target.pk))
            event.add("dtstamp", stamp)
            event.add("summary", _("Due: %(course)s") % {"course": target.course.title})
            event.add("dtstart", target.due_on)
            event.add("dtend", target.due_on + datetime.timedelta(days=1))
            event.add("transp", "TRANSPARENT")
            description = [
                _("Complete the course %(course)s by %(date)s.")
                % {"course": target.course.title, "date": target.due_on.strftime("%d/%m/%Y")}
            ]
            if target.assignment.note:
                description.append(target.assignment.note)
            description.append(_link(target.course))
            event.add("description", "\n\n".join(description))
            event.add("url", _link(target.course))
            event.add("categories", [_("Assigned training")])
            calendar.add_component(event)

        for quiz, course in _quizzes_closing(user, now):
            if quiz.close_at is None:  # the query keeps only quizzes that close
                continue
            event = Event()
            event.add("uid", quiz_uid(quiz.pk))
            event.add("dtstamp", stamp)
            event.add(
                "summary",
                _("Quiz closes: %(quiz)s (%(course)s)")
                % {"quiz": quiz.title, "course": course.title},
            )
            event.add("dtstart", quiz.close_at.astimezone(zone))
            event.add("description", _link(quiz))
            event.add("url", _link(quiz))
            event.add("categories", [_("Quiz")])
            calendar.add_component(event)

        calendar.add_missing_timezones()
    return calendar.to_ical()
