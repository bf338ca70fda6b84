"""Building xAPI statements (pure: plain values in, dictionaries out).

Statement ids are UUID5s of what happened (``statement_id("course", enrolment, round)``), so the
same event always gives the same statement and an LRS never stores it twice. The actor is an
account on this site named by an opaque identifier, unless the site is configured to send
email addresses.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

NAMESPACE = uuid.UUID("6f3c2a58-1d5e-5b7a-9d0e-4b8a1c2f7e90")

VERBS = {
    "launched": "http://adlnet.gov/expapi/verbs/launched",
    "experienced": "http://adlnet.gov/expapi/verbs/experienced",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
    "passed": "http://adlnet.gov/expapi/verbs/passed",
    "failed": "http://adlnet.gov/expapi/verbs/failed",
    "answered": "http://adlnet.gov/expapi/verbs/answered",
    "earned": "http://id.tincanapi.com/verb/earned",
}
ACTIVITY_TYPES = {
    "course": "http://adlnet.gov/expapi/activities/course",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "assessment": "http://adlnet.gov/expapi/activities/assessment",
    "question": "http://adlnet.gov/expapi/activities/cmi.interaction",
    "certificate": "https://w3id.org/xapi/cmi5/activitytype/block",
}


def statement_id(*parts: Any) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, ":".join(str(p) for p in parts))


@dataclass(frozen=True)
class Activity:
    kind: str  # a key of ACTIVITY_TYPES
    iri: str
    name: str

    def as_object(self) -> dict[str, Any]:
        return {
            "objectType": "Activity",
            "id": self.iri,
            "definition": {"type": ACTIVITY_TYPES[self.kind], "name": {"vi-VN": self.name[:250]}},
        }


def actor(*, home_page: str, name: str, email: str = "") -> dict[str, Any]:
    if email:
        return {"objectType": "Agent", "mbox": f"mailto:{email}"}
    return {"objectType": "Agent", "account": {"homePage": home_page, "name": name}}


def result(
    *,
    score_percent: Decimal | None = None,
    success: bool | None = None,
    completion: bool | None = None,
    response: str | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if score_percent is not None:
        scaled = max(Decimal(-1), min(Decimal(1), Decimal(score_percent) / 100))
        data["score"] = {"scaled": float(scaled.quantize(Decimal("0.0001")))}
    if success is not None:
        data["success"] = success
    if completion is not None:
        data["completion"] = completion
    if response is not None:
        data["response"] = response[:1000]
    return data


def statement(
    *,
    key: tuple[Any, ...],
    agent: dict[str, Any],
    verb: str,
    activity: Activity,
    at: datetime,
    parent: Activity | None = None,
    outcome: dict[str, Any] | None = None,
    platform: str = "Kỹ Năng Số",
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": str(statement_id(*key)),
        "actor": agent,
        "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
        "object": activity.as_object(),
        "timestamp": at.isoformat(),
        "context": {"platform": platform, "language": "vi-VN"},
    }
    if parent is not None:
        data["context"]["contextActivities"] = {"parent": [parent.as_object()]}
    if outcome:
        data["result"] = outcome
    return data
