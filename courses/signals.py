"""Signals other apps listen to, and this app's reactions to page changes.

``course_completed`` is sent once per enrolment, after the transaction that recorded the
completion commits; the tracker issues certificates from it without this app knowing.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import Signal, receiver
from wagtail.signals import page_published, page_unpublished

# Sent with ``enrolment``: the Enrolment that has just been completed.
course_completed = Signal()


@receiver(page_published)
@receiver(page_unpublished)
def recompute_course_after_item_change(sender: type, instance: Any, **kwargs: Any) -> None:
    """Publishing or unpublishing a course item changes the required set of its course."""
    if not getattr(sender, "is_course_item", False):
        return
    from courses.models import Enrolment
    from courses.tasks import recompute_course_enrolments

    parent_path = instance.path[: -instance.steplen]
    course_id = (
        Enrolment.objects.filter(course__path=parent_path)
        .values_list("course_id", flat=True)
        .first()
    )
    if course_id is not None:  # nobody is enrolled: nothing to recompute
        transaction.on_commit(lambda: recompute_course_enrolments.enqueue(course_id))


@receiver(post_save, sender="courses.CourseIndexPage")
def moderate_new_catalogue(sender: type, instance: Any, created: bool, **kwargs: Any) -> None:
    """A new course catalogue gets the moderation workflow, so course pages are reviewed."""
    if created and not kwargs.get("raw"):
        from courses.services import ensure_course_workflow

        ensure_course_workflow(instance)
