"""The daily run: bring newcomers and statuses up to date, then email reminders, escalations and
weekly digests, each once.

Every email is first written to ReminderLog under the run's id; unique constraints keep a
second (or concurrent) run from claiming the same reminder, so running twice sends nothing
twice. Reminders are kept per due date: when an assignment's due date changes, the reminders
for the new date go out again, once each. A message that fails to send gives its rows back, so
the next run tries again.
"""

from __future__ import annotations

import datetime
import logging
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urljoin

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from certificates.exceptions import CertificateDocumentError
from certificates.services import issue_missing_certificates
from people.models import ManagerScope, OrgUnit, User
from people.roles import MANAGER
from tracker import status as rules
from tracker.models import AssignmentTarget, AssignmentTargetQuerySet, ReminderLog
from tracker.services import enrol_pending_targets, refresh_all_targets, sync_open_assignments

logger = logging.getLogger(__name__)

OFFICER_KINDS = (rules.DUE_SOON, rules.DUE_TOMORROW, rules.OVERDUE)


@dataclass
class RunSummary:
    newcomers: int = 0
    statuses_changed: int = 0
    certificates: int = 0
    reminders: int = 0
    escalations: int = 0
    digests: int = 0
    emails: int = 0
    failed: int = 0
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def escalate_after_days() -> int:
    return int(getattr(settings, "TRACKER_ESCALATE_AFTER_DAYS", 7))


def escalate_parent_after_days() -> int:
    return int(getattr(settings, "TRACKER_ESCALATE_PARENT_AFTER_DAYS", 14))


def digest_weekday() -> int:
    return int(getattr(settings, "TRACKER_DIGEST_WEEKDAY", 0))


def site_link(path: str) -> str:
    return urljoin(settings.WAGTAILADMIN_BASE_URL, path)


def run_daily(*, now: datetime.datetime | None = None) -> RunSummary:
    """Everything the tracker does once a day (cron: manage.py send_reminders)."""
    now = now or timezone.now()
    summary = RunSummary()
    summary.newcomers = sync_open_assignments(now=now)
    enrol_pending_targets()
    summary.statuses_changed = refresh_all_targets(now=now)
    try:
        summary.certificates = issue_missing_certificates(now=now)
    except CertificateDocumentError as exc:
        summary.notes.append(str(exc))
        logger.warning("Certificates not issued: %s", exc)
    send_reminders(now=now, summary=summary)
    return summary


# Who hears about what ------------------------------------------------------------------------


def _open_unfinished_targets() -> AssignmentTargetQuerySet:
    return (
        AssignmentTarget.objects.open()
        .current()
        .filter(completed_at__isnull=True, user__is_active=True, user__officer__active=True)
    )


def _managers_by_unit_path() -> dict[str, list[int]]:
    """Unit path -> active managers given that unit, in one query."""
    found: dict[str, list[int]] = defaultdict(list)
    scopes = ManagerScope.objects.filter(
        user__is_active=True, user__groups__name=MANAGER
    ).values_list("unit__path", "user_id")
    for path, user_id in scopes.distinct():
        found[path].append(user_id)
    return found


def _ancestor_paths(path: str, steplen: int) -> list[str]:
    """The path itself and every path above it, nearest first."""
    return [path[:end] for end in range(len(path), 0, -steplen)]


def escalation_recipients(
    unit_path: str, managers: dict[str, list[int]], steplen: int
) -> tuple[list[int], list[int]]:
    """(managers of the officer's unit, managers of the unit above): the nearest unit at or
    above the officer's with managers, then the nearest one above that."""
    chain = [
        (path, managers[path]) for path in _ancestor_paths(unit_path, steplen) if managers.get(path)
    ]
    first = chain[0][1] if chain else []
    second = chain[1][1] if len(chain) > 1 else []
    return first, second


def _claim(rows: list[ReminderLog], run: uuid.UUID) -> list[ReminderLog]:
    """Write the rows that are not there yet; return those this run wrote."""
    if not rows:
        return []
    with transaction.atomic():
        ReminderLog.objects.bulk_create(rows, batch_size=500, ignore_conflicts=True)
    return list(ReminderLog.objects.filter(run=run))


def send_reminders(
    *, now: datetime.datetime | None = None, summary: RunSummary | None = None
) -> RunSummary:
    """Email the reminders, escalations and digests that are due and not yet sent."""
    now = now or timezone.now()
    summary = summary or RunSummary()
    today = timezone.localdate(now)
    run = uuid.uuid4()
    steplen = OrgUnit.steplen

    horizon = today + datetime.timedelta(days=rules.DUE_SOON_DAYS)
    candidates = list(
        _open_unfinished_targets()
        .filter(due_on__lte=horizon)
        .select_related("user__officer__unit", "course", "assignment")
    )
    managers = _managers_by_unit_path()
    rows: list[ReminderLog] = []
    for target in candidates:
        kind = rules.reminder_kind(target.due_on, today)
        if kind is not None:
            rows.append(
                ReminderLog(
                    kind=kind,
                    recipient_id=target.user_id,
                    target=target,
                    due_on=target.due_on,
                    run=run,
                    sent_at=now,
                )
            )
        levels = rules.escalation_levels(
            target.due_on,
            today,
            unit_after_days=escalate_after_days(),
            parent_after_days=escalate_parent_after_days(),
        )
        if not levels:
            continue
        unit_managers, parent_managers = escalation_recipients(
            target.user.officer.unit.path, managers, steplen
        )
        for level, recipients in (
            (rules.ESCALATED_UNIT, unit_managers),
            (rules.ESCALATED_PARENT, parent_managers),
        ):
            if level not in levels:
                continue
            rows += [
                ReminderLog(
                    kind=level,
                    recipient_id=m,
                    target=target,
                    due_on=target.due_on,
                    run=run,
                    sent_at=now,
                )
                for m in recipients
                if m != target.user_id
            ]
    if rules.digest_due(today, digest_weekday()):
        rows += _digest_rows(today, run, now)

    claimed = _claim(rows, run)
    by_target = {t.pk: t for t in candidates}
    _send(claimed, by_target, today, summary)
    return summary


def _digest_rows(today: datetime.date, run: uuid.UUID, now: datetime.datetime) -> list[ReminderLog]:
    """A digest row for each manager with overdue work in their units this week."""
    period = rules.week_start(today)
    already = set(
        ReminderLog.objects.filter(kind=ReminderLog.Kind.DIGEST, period=period).values_list(
            "recipient_id", flat=True
        )
    )
    rows = []
    for manager_id in _managers_with_overdue(today, exclude=already):
        rows.append(
            ReminderLog(
                kind=ReminderLog.Kind.DIGEST,
                recipient_id=manager_id,
                period=period,
                run=run,
                sent_at=now,
            )
        )
    return rows


def _scope_paths() -> dict[int, list[str]]:
    paths: dict[int, list[str]] = defaultdict(list)
    for path, user_id in _managers_by_unit_path().items():
        for manager_id in user_id:
            paths[manager_id].append(path)
    return paths


def _overdue_paths(today: datetime.date) -> list[str]:
    return list(
        _open_unfinished_targets()
        .filter(due_on__lt=today)
        .values_list("user__officer__unit__path", flat=True)
        .distinct()
    )


def _managers_with_overdue(today: datetime.date, *, exclude: set[int]) -> list[int]:
    overdue = _overdue_paths(today)
    return [
        manager_id
        for manager_id, roots in _scope_paths().items()
        if manager_id not in exclude
        and any(path.startswith(root) for path in overdue for root in roots)
    ]


def overdue_in_scope(manager_id: int, today: datetime.date) -> list[AssignmentTarget]:
    """The overdue items of the officers currently in a manager's units, oldest first."""
    from django.db.models import Q

    roots = _scope_paths().get(manager_id, [])
    if not roots:
        return []
    query = Q()
    for root in roots:
        query |= Q(user__officer__unit__path__startswith=root)
    return list(
        _open_unfinished_targets()
        .filter(query, due_on__lt=today)
        .select_related("user__officer__unit", "course")
        .order_by("due_on", "user__officer__unit__path", "user__name_sort_key")
    )


# Messages ------------------------------------------------------------------------------------


def _item(target: AssignmentTarget, today: datetime.date) -> dict[str, Any]:
    return {
        "course": target.course.title,
        "course_url": site_link(target.course.get_url() or "/"),
        "due_on": target.due_on,
        "days_overdue": max((today - target.due_on).days, 0),
        "days_left": max((target.due_on - today).days, 0),
        "officer": target.user.get_full_name() or target.user.email,
        "unit": target.user.officer.unit.name,
        "note": target.assignment.note,
    }


def _render(template: str, recipient: User, context: dict[str, Any]) -> EmailMessage:
    with translation.override(recipient.language or "vi"):
        context = {**context, "recipient": recipient, "my_url": site_link(reverse("tracker:my"))}
        subject = render_to_string(f"tracker/email/{template}_subject.txt", context)
        body = render_to_string(f"tracker/email/{template}_message.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=[recipient.email])


def _send(
    claimed: Iterable[ReminderLog],
    targets: dict[int, AssignmentTarget],
    today: datetime.date,
    summary: RunSummary,
) -> None:
    officer_items: dict[int, list[tuple[ReminderLog, AssignmentTarget]]] = defaultdict(list)
    manager_items: dict[int, list[tuple[ReminderLog, AssignmentTarget]]] = defaultdict(list)
    digests: list[ReminderLog] = []
    for row in claimed:
        if row.kind == ReminderLog.Kind.DIGEST:
            digests.append(row)
        elif row.target_id is None:
            raise ValueError(f"Reminder {row.pk} ({row.kind}) has no assigned course.")
        elif row.kind in OFFICER_KINDS:
            officer_items[row.recipient_id].append((row, targets[row.target_id]))
        else:
            manager_items[row.recipient_id].append((row, targets[row.target_id]))
    recipients = User.objects.in_bulk(
        set(officer_items) | set(manager_items) | {d.recipient_id for d in digests}
    )
    outgoing: list[tuple[EmailMessage, list[int]]] = []
    for user_id, items in officer_items.items():
        sections = defaultdict(list)
        for row, target in items:
            sections[row.kind].append(_item(target, today))
        outgoing.append(
            (
                _render("reminder", recipients[user_id], {"sections": dict(sections)}),
                [row.pk for row, _t in items],
            )
        )
        summary.reminders += len(items)
    for user_id, items in manager_items.items():
        outgoing.append(
            (
                _render(
                    "escalation",
                    recipients[user_id],
                    {
                        "items": [
                            _item(t, today) for _row, t in sorted(items, key=lambda i: i[1].due_on)
                        ]
                    },
                ),
                [row.pk for row, _t in items],
            )
        )
        summary.escalations += len(items)
    for row in digests:
        overdue = overdue_in_scope(row.recipient_id, today)
        if not overdue:
            ReminderLog.objects.filter(pk=row.pk).delete()
            continue
        outgoing.append(
            (
                _render(
                    "digest",
                    recipients[row.recipient_id],
                    {
                        "items": [_item(t, today) for t in overdue],
                        "week_of": row.period,
                        "manage_url": site_link("/manage/"),
                    },
                ),
                [row.pk],
            )
        )
        summary.digests += 1
    if not outgoing:
        return
    with get_connection() as connection:
        for message, row_ids in outgoing:
            try:
                connection.send_messages([message])
                summary.emails += 1
            except Exception:  # the next run tries again
                logger.exception("Reminder to %s could not be sent", message.to)
                ReminderLog.objects.filter(pk__in=row_ids).delete()
                summary.failed += 1
