"""The SCORM run-time data model as this site keeps it (pure functions, no database).

A commit from the player is the run-time's flattened ``cmi`` object ({"cmi.core.lesson_status":
"completed", ...}). ``clean_commit`` bounds it, ``outcome`` reads what it says about completion,
success, score and time, and ``resume_values`` gives back what a new session starts from.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.translation import gettext as _

from courses.scorm.manifest import SCORM_12

ELEMENT = re.compile(r"^(cmi|adl)\.[A-Za-z0-9_.]{1,200}$")
MAX_ELEMENTS = 5000
MAX_VALUE_LENGTH = 64_000
MAX_TOTAL_CHARACTERS = 512_000
# SCORM 1.2's limits are smaller; the run-time enforces them for the content, we for ourselves.
LIMITS_12 = {"cmi.suspend_data": 4096, "cmi.core.lesson_location": 255}
LIMITS_2004 = {"cmi.suspend_data": 64_000, "cmi.location": 1000}

# Elements a new session is given back (the rest are per-session or write-only).
KEPT_12 = (
    "cmi.core.lesson_location",
    "cmi.core.lesson_status",
    "cmi.core.score.raw",
    "cmi.core.score.min",
    "cmi.core.score.max",
    "cmi.suspend_data",
)
KEPT_PREFIXES_12 = ("cmi.objectives.",)
KEPT_2004 = (
    "cmi.location",
    "cmi.completion_status",
    "cmi.success_status",
    "cmi.score.raw",
    "cmi.score.min",
    "cmi.score.max",
    "cmi.score.scaled",
    "cmi.progress_measure",
    "cmi.suspend_data",
)
KEPT_PREFIXES_2004 = ("cmi.objectives.",)
CONSTANT = {"_count", "_children", "_version"}


class InvalidRuntimeData(ValueError):
    """A commit that cannot be the run-time's data; the message says which element."""


@dataclass(frozen=True)
class Outcome:
    completion: str  # completed, incomplete, not attempted, unknown
    success: str  # passed, failed, unknown
    score_scaled: Decimal | None  # -1..1 when the package gave a score
    score_raw: Decimal | None
    suspended: bool  # the learner left meaning to come back (cmi.exit = suspend)
    total_seconds: int

    @property
    def is_completed(self) -> bool:
        return self.completion == "completed" or self.success == "passed"

    @property
    def is_passed(self) -> bool:
        return self.success == "passed"

    @property
    def score_percent(self) -> Decimal | None:
        if self.score_scaled is None:
            return None
        return (max(Decimal(0), self.score_scaled) * 100).quantize(Decimal("0.01"))


def clean_commit(version: str, values: Any) -> dict[str, str]:
    """Check a flattened commit: element names, value types and sizes."""
    if not isinstance(values, Mapping):
        raise InvalidRuntimeData(_("The run-time data is not a set of named values."))
    if len(values) > MAX_ELEMENTS:
        raise InvalidRuntimeData(_("The run-time data has too many elements."))
    limits = LIMITS_12 if version == SCORM_12 else LIMITS_2004
    cleaned: dict[str, str] = {}
    total = 0
    for key, value in values.items():
        if not isinstance(key, str) or not ELEMENT.match(key):
            raise InvalidRuntimeData(
                _("The run-time data has an element with a wrong name: %(name)s")
                % {"name": str(key)[:80]}
            )
        if value is None:
            value = ""
        if isinstance(value, list | dict) and not value:
            continue  # an empty collection (no objectives yet): nothing to keep
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise InvalidRuntimeData(
                _("The element %(name)s does not hold text or a number.") % {"name": key}
            )
        text = str(value)
        if len(text) > limits.get(key, MAX_VALUE_LENGTH):
            raise InvalidRuntimeData(_("The element %(name)s is too long.") % {"name": key})
        total += len(key) + len(text)
        if total > MAX_TOTAL_CHARACTERS:
            raise InvalidRuntimeData(_("The run-time data is too large."))
        cleaned[key] = text
    return cleaned


def _number(value: str | None) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(value)
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


TIME_12 = re.compile(r"^(\d{1,4}):([0-5]?\d):([0-5]?\d)(\.\d{1,2})?$")
TIME_2004 = re.compile(
    r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,2})?)S)?)?$"
)


def duration_seconds(value: str | None) -> int:
    """Whole seconds of a SCORM 1.2 (HHHH:MM:SS.SS) or 2004 (ISO 8601) time span; 0 if bad."""
    if not value:
        return 0
    match = TIME_12.match(value)
    if match:
        return int(match[1]) * 3600 + int(match[2]) * 60 + int(match[3])
    match = TIME_2004.match(value)
    if match and value not in ("P", "PT"):
        years, months, days, hours, minutes = (int(g or 0) for g in match.groups()[:5])
        seconds = float(match[6] or 0)
        return int(
            ((years * 365 + months * 30 + days) * 24 + hours) * 3600 + minutes * 60 + seconds
        )
    return 0


def outcome(
    version: str, values: Mapping[str, str], *, mastery_score: Decimal | None = None
) -> Outcome:
    """What the run-time data says about the learner's completion, success and score."""
    if version == SCORM_12:
        status = values.get("cmi.core.lesson_status", "not attempted")
        raw = _number(values.get("cmi.core.score.raw"))
        low = _number(values.get("cmi.core.score.min")) or Decimal(0)
        high = _number(values.get("cmi.core.score.max"))
        if high is None and raw is not None:
            high = Decimal(100)
        scaled = None
        if raw is not None and high is not None and high > low:
            scaled = max(Decimal(-1), min(Decimal(1), (raw - low) / (high - low)))
        success = {"passed": "passed", "failed": "failed"}.get(status, "unknown")
        completion = (
            "completed"
            if status in ("completed", "passed")
            else ("not attempted" if status == "not attempted" else "incomplete")
        )
        if (
            success == "unknown"
            and mastery_score is not None
            and raw is not None
            and status in ("completed",)
        ):
            success = "passed" if raw >= mastery_score else "failed"
        return Outcome(
            completion=completion,
            success=success,
            score_scaled=scaled,
            score_raw=raw,
            suspended=values.get("cmi.core.exit") == "suspend",
            total_seconds=duration_seconds(values.get("cmi.core.total_time")),
        )
    scaled = _number(values.get("cmi.score.scaled"))
    if scaled is not None:
        scaled = max(Decimal(-1), min(Decimal(1), scaled))
    return Outcome(
        completion=values.get("cmi.completion_status", "unknown") or "unknown",
        success=values.get("cmi.success_status", "unknown") or "unknown",
        score_scaled=scaled,
        score_raw=_number(values.get("cmi.score.raw")),
        suspended=values.get("cmi.exit") == "suspend",
        total_seconds=duration_seconds(values.get("cmi.total_time")),
    )


def resume_values(
    version: str,
    stored: Mapping[str, str],
    *,
    learner_id: str,
    learner_name: str,
    sco: Mapping[str, Any],
    has_session: bool,
) -> dict[str, str]:
    """The flattened data a new session starts from: what persists, plus who and how."""
    kept, prefixes = (
        (KEPT_12, KEPT_PREFIXES_12) if version == SCORM_12 else (KEPT_2004, KEPT_PREFIXES_2004)
    )
    values = {
        key: value
        for key, value in stored.items()
        if (key in kept or key.startswith(prefixes)) and key.rsplit(".", 1)[-1] not in CONSTANT
    }
    suspended = outcome(version, stored).suspended
    if version == SCORM_12:
        values["cmi.core.student_id"] = learner_id
        values["cmi.core.student_name"] = learner_name
        values["cmi.core.entry"] = "resume" if suspended else ("" if has_session else "ab-initio")
        values["cmi.core.total_time"] = stored.get("cmi.core.total_time", "0000:00:00")
        values.setdefault("cmi.core.lesson_status", "not attempted")
        if sco.get("mastery_score"):
            values["cmi.student_data.mastery_score"] = str(sco["mastery_score"])
    else:
        values["cmi.learner_id"] = learner_id
        values["cmi.learner_name"] = learner_name
        values["cmi.entry"] = "resume" if suspended else ("" if has_session else "ab-initio")
        values["cmi.total_time"] = stored.get("cmi.total_time", "PT0S")
        if sco.get("scaled_passing_score"):
            values["cmi.scaled_passing_score"] = str(sco["scaled_passing_score"])
        if sco.get("completion_threshold"):
            values["cmi.completion_threshold"] = str(sco["completion_threshold"])
    if sco.get("launch_data"):
        values["cmi.launch_data"] = str(sco["launch_data"])
    return values
