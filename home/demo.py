"""Demo content for development: each step is idempotent, so seed_demo can run any number of times.

Later parts of the product add their own steps to DEMO_STEPS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.translation import gettext as _

from people.demo import seed_organisation
from people.roles import ADMINISTRATOR, MANAGER, OFFICER, TRAINER
from people.services.accounts import mark_addresses_verified

# Development only: printed by `make run` and written in the README.
DEMO_PASSWORD = "KyNangSo@2026"  # noqa: S105


@dataclass(frozen=True)
class DemoAccount:
    email: str
    full_name: str
    roles: tuple[str, ...]


DEMO_ACCOUNTS = [
    DemoAccount("admin@example.org", "Trần Thị Quản Trị", (ADMINISTRATOR,)),
    DemoAccount("trainer@example.org", "Lê Minh Giảng", (TRAINER,)),
    DemoAccount("manager@example.org", "Phạm Văn Quang", (MANAGER,)),
    DemoAccount("manager2@example.org", "Võ Tiến Dũng", (MANAGER,)),
    DemoAccount("officer@example.org", "Nguyễn Thị Lan", (OFFICER,)),
]


def seed_accounts(log: Callable[[str], None]) -> None:
    """The four demo accounts with their roles and the development password."""
    user_model = get_user_model()
    for account in DEMO_ACCOUNTS:
        user = user_model.objects.filter(email=account.email).first()
        created = user is None
        if user is None:
            user = user_model(email=account.email)
            user.set_full_name(account.full_name)
            user.set_password(DEMO_PASSWORD)
            user.save()
        for role in account.roles:
            user.groups.add(Group.objects.get(name=role))
        mark_addresses_verified([user.pk])
        log((_("created %(email)s") if created else _("kept %(email)s")) % {"email": account.email})


DEMO_STEPS: list[Callable[[Callable[[str], None]], None]] = [seed_accounts, seed_organisation]


def seed_courses(log: Callable[[str], None]) -> None:
    """The course catalogue at /courses/, its topics, and the courses in demo_content."""
    from courses.demo import load_courses
    from home.demo_content.courses import COURSES

    load_courses(COURSES, log)


DEMO_STEPS.append(seed_courses)


def seed_quizzes(log: Callable[[str], None]) -> None:
    """A quiz in each demo course from home/demo_content/quizzes, and one finished attempt."""
    from quizzes.demo import seed_quizzes as load_quizzes

    load_quizzes(log)


DEMO_STEPS.append(seed_quizzes)


def seed_tracker(log: Callable[[str], None]) -> None:
    """Assignments (one overdue for the demo officer), a certificate, and some feedback."""
    from tracker.demo import seed_tracker as load_tracker

    load_tracker(log)


DEMO_STEPS.append(seed_tracker)


def seed_report_activity(log: Callable[[str], None]) -> None:
    """Officers of both demo provinces working through courses, for the manager dashboards."""
    from reports.demo import seed_report_activity as load_activity

    load_activity(log)


DEMO_STEPS.append(seed_report_activity)


def seed_demo(log: Callable[[str], None] = lambda _msg: None) -> None:
    with transaction.atomic():
        for step in DEMO_STEPS:
            step(log)
