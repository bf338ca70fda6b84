"""Who may see and do what with courses. Views, pages and hooks ask here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Q
from wagtail.models import Page, PagePermissionTester

from people import permissions as people_permissions

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from courses.models import CoursePage, Enrolment, Topic
    from people.models import User

_signed_in = people_permissions.is_signed_in


def can_view_course(user: User | AnonymousUser, course: CoursePage) -> bool:
    """Any signed-in person may read a course page (its outline and description)."""
    return _signed_in(user)


def can_edit_page(user: User | AnonymousUser, page: Page) -> bool:
    """Trainers and administrators who may edit a page may look at it without enrolling."""
    if not _signed_in(user):
        return False
    return bool(user.is_superuser or page.permissions_for_user(user).can_edit())


def can_open_item(user: User | AnonymousUser, item: Page, enrolment: Enrolment | None) -> bool:
    """A lesson or quiz opens for its course's enrolled learners and for its editors."""
    if not _signed_in(user):
        return False
    return enrolment is not None or can_edit_page(user, item)


def can_self_enrol(user: User | AnonymousUser, course: CoursePage) -> bool:
    return _signed_in(user) and course.live and course.is_open_for_enrolment


def can_download_lesson_document(
    user: User | AnonymousUser, lessons: list[Page], *, enrolled: bool
) -> bool:
    """A document used in lessons downloads for those who may open one of those lessons.

    ``enrolled`` says whether the person is enrolled in a course of one of the lessons.
    """
    if not _signed_in(user):
        return False
    return enrolled or any(can_edit_page(user, lesson) for lesson in lessons)


# Trainers limited to some topics -------------------------------------------------------------


def can_put_course_in(user: User | AnonymousUser, topic: Topic | None) -> bool:
    """Whether this person may give a course this topic (None: no topic) in the admin."""
    return people_permissions.can_edit_topic(user, topic.slug if topic is not None else "")


def can_change_topic(user: User | AnonymousUser, topic: Topic) -> bool:
    """Whether this person may edit or delete a topic itself (its name, slug, description)."""
    return people_permissions.can_edit_topic(user, topic.slug)


def topic_names_open_to(user: User | AnonymousUser) -> list[str]:
    """The names of the topics a limited trainer writes for, to tell them in a refusal."""
    from courses.models import Topic

    slugs = people_permissions.trainer_topics(user) or set()
    return list(Topic.objects.filter(slug__in=slugs).values_list("name", flat=True))


def closed_course_paths(user: User | AnonymousUser) -> frozenset[str]:
    """Tree paths of the courses whose topic this person may not write for.

    Empty for administrators and for trainers without limits; fetched once per request.
    A course without a topic is closed to a limited trainer.
    """
    if people_permissions.is_administrator(user):
        return frozenset()
    topics = people_permissions.trainer_topics(user)
    if topics is None:
        return frozenset()

    def compute() -> frozenset[str]:
        from courses.models import CoursePage

        open_topics = Q(topic__slug__in=topics) if topics else Q(pk__in=[])
        return frozenset(
            CoursePage.objects.exclude(open_topics).values_list("path", flat=True).order_by()
        )

    if not user.is_authenticated:
        return compute()
    return people_permissions.cached_on_user(user, "_closed_course_paths_cache", compute)


def is_in_closed_course(user: User | AnonymousUser, page: Page) -> bool:
    """Whether the page is a course, or lies in one, whose topic this person may not write for."""
    closed = closed_course_paths(user)
    if not closed:
        return False
    step = page.steplen
    return any(page.path[:end] in closed for end in range(step, len(page.path) + 1, step))


class CoursePermissionTester(PagePermissionTester):
    """Wagtail's page permissions, except on the courses a trainer may not write for.

    There, and on their lessons and quizzes, the trainer keeps no page permission: no edit,
    publish, move, copy, delete or new child page. Browsing the explorer is unchanged.
    Course and course item pages return this from ``permissions_for_user``.
    """

    def __init__(self, user: User | AnonymousUser, page: Page) -> None:
        super().__init__(user, page)
        # Wagtail sets ``permissions`` for active users other than superusers only.
        granted = getattr(self, "permissions", None)
        self.closed = bool(granted) and is_in_closed_course(user, page)
        if self.closed:
            self.permissions: set[str] = set()

    def can_edit(self) -> bool:
        # Also shuts the door a workflow task could open to a reviewer.
        return not self.closed and super().can_edit()

    def can_submit_for_moderation(self) -> bool:
        return not self.closed and super().can_submit_for_moderation()

    def can_lock(self) -> bool:
        return not self.closed and super().can_lock()

    def can_delete(self, ignore_bulk: bool = False) -> bool:
        # Without publish permission nobody deletes a live page; Wagtail finds that out with a
        # query per page, which admin listings of courses would repeat on every row. (Superusers
        # and inactive users have no ``permissions``: Wagtail decides for them.)
        if self.page.live and "publish" not in getattr(self, "permissions", {"publish"}):
            return False
        return super().can_delete(ignore_bulk)
