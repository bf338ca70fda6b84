"""Who may see and do what with courses. Views, pages and hooks ask here."""

from __future__ import annotations

from typing import Any

from wagtail.models import Page


def _signed_in(user: Any) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


def can_view_catalogue(user: Any) -> bool:
    """The catalogue is public, so people can see what there is to learn before signing in."""
    return True


def can_view_course(user: Any, course: Any) -> bool:
    """Any signed-in person may read a course page (its outline and description)."""
    return _signed_in(user)


def can_edit_page(user: Any, page: Page) -> bool:
    """Trainers and administrators who may edit a page may look at it without enrolling."""
    if not _signed_in(user):
        return False
    return bool(user.is_superuser or page.permissions_for_user(user).can_edit())


def can_open_item(user: Any, item: Page, enrolment: Any) -> bool:
    """A lesson or quiz opens for its course's enrolled learners and for its editors."""
    if not _signed_in(user):
        return False
    return enrolment is not None or can_edit_page(user, item)


def can_self_enrol(user: Any, course: Any) -> bool:
    return _signed_in(user) and course.live and course.is_open_for_enrolment


def can_download_lesson_document(user: Any, lessons: list[Page], *, enrolled: bool) -> bool:
    """A document used in lessons downloads for those who may open one of those lessons.

    ``enrolled`` says whether the person is enrolled in a course of one of the lessons.
    """
    if not _signed_in(user):
        return False
    return enrolled or any(can_edit_page(user, lesson) for lesson in lessons)
