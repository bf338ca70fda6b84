"""Shared pieces of the tracker's services: the refusals and small date helpers."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import Any

from django.utils import timezone

CHUNK = 500


class TrackerError(Exception):
    """A refused operation; str(error) is a message for the person who asked."""


class AssignmentRefused(TrackerError):
    pass


class CertificateRefused(TrackerError):
    pass


class FeedbackRefused(TrackerError):
    pass


def _today(now: datetime.datetime) -> datetime.date:
    return timezone.localdate(now)


def _local_date(moment: datetime.datetime | None) -> datetime.date | None:
    return timezone.localdate(moment) if moment is not None else None


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
