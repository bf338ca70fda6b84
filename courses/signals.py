"""Signals other apps listen to, and this app's reactions to page changes.

``course_completed`` is sent once per completion of an enrolment (once per round), after the
transaction that recorded it commits; the tracker issues certificates from it without this app
knowing. ``cycle_started`` is sent when a completed enrolment is opened for another round;
``item_opened`` and ``item_done`` when a learner opens an item or finishes it.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

logger = logging.getLogger(__name__)

# Sent with ``enrolment``: the Enrolment that has just been completed.
course_completed = Signal()

# Sent with ``enrolment`` (already reset) and ``previous`` (the EnrolmentCycle just kept), inside
# the transaction of ``start_new_cycle``: apps keeping their own per-item results (the quizzes'
# grades) start the new round with them.
cycle_started = Signal()

# Sent after the transaction commits, with ``user``, ``item`` (the specific page), ``enrolment``
# and ``at``: a learner opened a course item (``item_opened``), or an item became done for them
# (``item_done``, once per round, with ``score_percent``: the item's score when it has one, e.g.
# a SCORM package's). Apps that report learning elsewhere (xAPI statements) listen to them.
item_opened = Signal()
item_done = Signal()


def _recompute_course_at(course_path: str) -> None:
    """After this transaction, recompute the enrolments of the course at ``course_path``."""
    from courses.models import Enrolment
    from courses.tasks import recompute_course_enrolments

    course_id = (
        Enrolment.objects.filter(course__path=course_path)
        .values_list("course_id", flat=True)
        .first()
    )
    if course_id is not None:  # nobody is enrolled: nothing to recompute
        transaction.on_commit(lambda: recompute_course_enrolments.enqueue(course_id))


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_delete)
def recompute_course_after_item_change(sender: type, instance: Any, **kwargs: Any) -> None:
    """Publishing, unpublishing or deleting a course item changes its course's required set."""
    if getattr(sender, "is_course_item", False):
        _recompute_course_at(instance.path[: -instance.steplen])


@receiver(post_page_move)
def recompute_courses_after_item_move(sender: type, instance: Any, **kwargs: Any) -> None:
    """A course item moved to another course changes both courses."""
    if getattr(sender, "is_course_item", False):
        for parent in (kwargs.get("parent_page_before"), kwargs.get("parent_page_after")):
            if parent is not None:
                _recompute_course_at(parent.path)


@receiver(post_delete, sender="courses.ScormPackage")
def remove_package_files(sender: type, instance: Any, **kwargs: Any) -> None:
    """A deleted package's files leave private storage once the deletion is committed."""
    from courses.scorm.archive import private_storage

    def remove() -> None:
        storage = private_storage()
        try:
            folders, files = storage.listdir(instance.storage_prefix)
        except (FileNotFoundError, NotImplementedError, OSError):
            return
        pending = [(instance.storage_prefix, folders, files)]
        while pending:
            prefix, folders, files = pending.pop()
            for name in files:
                storage.delete(f"{prefix}{name}")
            for folder in folders:
                sub = f"{prefix}{folder}/"
                pending.append((sub, *storage.listdir(sub)))

    transaction.on_commit(remove)


@receiver(post_save, sender="courses.CourseIndexPage")
def moderate_new_catalogue(sender: type, instance: Any, created: bool, **kwargs: Any) -> None:
    """A new course catalogue gets the moderation workflow, so course pages are reviewed."""
    if created and not kwargs.get("raw"):
        from courses.services import ensure_course_workflow

        ensure_course_workflow(instance)


@receiver(item_opened)
@receiver(item_done)
def keep_the_changed_learner_state(
    sender: Any, user: Any, item: Any, enrolment: Any, **kwargs: Any
) -> None:
    """An item's opening or completion has committed (these signals are sent after the
    commit): the learner's state in the course is read anew and kept for their next page
    (``courses.learner_state.keep_learner_state``). A failure only leaves it unkept."""
    from courses.learner_state import keep_learner_state
    from courses.queries import course_item_summaries

    course = getattr(item, "course", None)  # a course item's own page knows its course
    if course is None or course.pk != enrolment.course_id:
        return
    try:
        keep_learner_state(user.pk, course.pk, [i.pk for i in course_item_summaries(course)])
    except DatabaseError:
        logger.warning("The learner state of user %s was not kept", user.pk, exc_info=True)
