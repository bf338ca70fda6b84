"""Saving a learner's SCORM run-time data, and what it means for course progress.

Every change goes through ``save_commit``: one transaction, the track row locked, the
commit's sequence checked as quiz autosaves are (a save from an older session is refused with
``StaleRuntimeData``; the same save sent twice is answered again without being applied
twice). When every launchable item of the lesson is done by the lesson's rule, the lesson is
marked done in the course like any other item, with the package's score.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from courses.models import Enrolment, ScormCompletion, ScormLessonPage, ScormPackage, ScormTrack
from courses.scorm.cmi import InvalidRuntimeData, Outcome, clean_commit, outcome, resume_values

logger = logging.getLogger(__name__)

__all__ = [
    "InvalidRuntimeData",
    "LaunchData",
    "SaveResult",
    "ScormError",
    "StaleRuntimeData",
    "launch_data",
    "learner_id",
    "save_commit",
]


class ScormError(Exception):
    """A SCORM save was refused; the message is safe to show to the learner."""

    code = "refused"


class StaleRuntimeData(ScormError):
    """The save comes from an older session than the data already saved."""

    code = "stale"

    def __init__(self, message: str, sequence: int) -> None:
        super().__init__(message)
        self.sequence = sequence


class UnknownItem(ScormError):
    code = "unknown_item"


@dataclass(frozen=True)
class LaunchData:
    values: dict[str, str]
    sequence: int
    version: str


@dataclass(frozen=True)
class SaveResult:
    sequence: int
    item_done: bool
    lesson_done: bool
    completion: str
    success: str


def learner_id(user: Any) -> str:
    """The learner's identifier as packages see it: stable, but not the account's number."""
    return salted_hmac("courses.scorm.learner", str(user.pk)).hexdigest()[:20]


def _cycle(user: Any, lesson: ScormLessonPage) -> int:
    cycle = (
        Enrolment.objects.filter(user=user, course__path=lesson.path[: -lesson.steplen])
        .values_list("cycle", flat=True)
        .first()
    )
    return int(cycle or 1)


def _sco(package: ScormPackage, identifier: str) -> dict[str, Any]:
    sco = package.sco(identifier)
    if sco is None:
        raise UnknownItem(_("This package has no such item."))
    return sco


def launch_data(user: Any, lesson: ScormLessonPage, sco_id: str) -> LaunchData:
    """What a new session of an item starts from (reads only)."""
    package = lesson.package
    sco = _sco(package, sco_id)
    track = ScormTrack.objects.filter(
        user=user, lesson=lesson, package=package, sco=sco_id, cycle=_cycle(user, lesson)
    ).first()
    values = resume_values(
        package.version,
        track.values if track else {},
        learner_id=learner_id(user),
        learner_name=(user.get_full_name() or user.email)[:255],
        sco=sco,
        has_session=bool(track and track.sessions),
    )
    return LaunchData(
        values=values, sequence=track.sequence if track else 0, version=package.version
    )


def item_is_done(result: Outcome, rule: str) -> bool:
    if rule == ScormCompletion.PASSED:
        return result.is_passed
    return result.is_completed


def _track(user: Any, lesson: ScormLessonPage, sco_id: str, cycle: int) -> ScormTrack:
    lookup = {
        "user": user,
        "lesson": lesson,
        "package_id": lesson.package_id,
        "sco": sco_id,
        "cycle": cycle,
    }
    track = ScormTrack.objects.select_for_update().filter(**lookup).first()
    if track is not None:
        return track
    try:
        with transaction.atomic():
            return ScormTrack.objects.create(**lookup)
    except IntegrityError:  # a concurrent first save created it
        return ScormTrack.objects.select_for_update().get(**lookup)


@transaction.atomic
def save_commit(
    user: Any,
    lesson: ScormLessonPage,
    sco_id: str,
    *,
    sequence: int,
    values: Any,
    finished: bool = False,
    save_key: str = "",
    now: datetime | None = None,
) -> SaveResult:
    """Save a commit of the run-time data of one item and bring course progress up to date."""
    now = now or timezone.now()
    package = lesson.package
    sco = _sco(package, sco_id)
    cleaned = clean_commit(package.version, values)
    track = _track(user, lesson, sco_id, _cycle(user, lesson))
    if sequence != track.sequence:
        if save_key and save_key == track.last_save_key and sequence == track.sequence - 1:
            return _result(lesson, track)
        raise StaleRuntimeData(
            _(
                "This lesson was continued elsewhere (another tab or device) since it was opened "
                "here. Reload the page to continue from there."
            ),
            track.sequence,
        )
    mastery = Decimal(sco["mastery_score"]) if sco.get("mastery_score") else None
    result = outcome(package.version, cleaned, mastery_score=mastery)
    track.values = cleaned
    track.sequence += 1
    track.last_save_key = save_key[:64]
    track.completion_status = result.completion[:20]
    track.success_status = result.success[:20]
    track.score_percent = result.score_percent
    track.total_seconds = max(track.total_seconds, result.total_seconds)
    track.saved_at = now
    if finished:
        track.sessions += 1
    if track.completed_at is None and item_is_done(result, lesson.completion):
        track.completed_at = now
    track.save()
    lesson_done = _update_lesson(user, lesson, track, now)
    return _result(lesson, track, lesson_done=lesson_done)


def _result(lesson: ScormLessonPage, track: ScormTrack, *, lesson_done: bool = False) -> SaveResult:
    return SaveResult(
        sequence=track.sequence,
        item_done=track.completed_at is not None,
        lesson_done=lesson_done,
        completion=track.completion_status,
        success=track.success_status,
    )


def _update_lesson(user: Any, lesson: ScormLessonPage, track: ScormTrack, now: datetime) -> bool:
    """Mark the lesson done in the course once every launchable item is done."""
    from courses import services

    items = [s["identifier"] for s in lesson.package.scos if s.get("is_sco", True)]
    done = set(
        ScormTrack.objects.filter(
            user=user,
            lesson=lesson,
            package_id=lesson.package_id,
            cycle=track.cycle,
            completed_at__isnull=False,
        ).values_list("sco", flat=True)
    )
    if not items or not set(items) <= done:
        return False
    scores = list(
        ScormTrack.objects.filter(
            user=user, lesson=lesson, package_id=lesson.package_id, cycle=track.cycle
        ).values_list("score_percent", flat=True)
    )
    known = [s for s in scores if s is not None]
    score = sum(known, Decimal(0)) / len(known) if known else None
    try:
        with transaction.atomic():
            services.mark_item_done(user, lesson, now=now, score_percent=score)
    except services.CourseError:
        # Editors may try a package without being enrolled: nothing to record in a course.
        logger.info("SCORM lesson %s done by %s outside an enrolment", lesson.pk, user.pk)
        return False
    return True
