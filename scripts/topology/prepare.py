"""Topology data on top of the demo and the scale tree: two timed quizzes the demo officer may
take, and a manager of the whole scale tree (for a large export). Writes fixture.json for the
topology test. Run with the development settings against the topology's primary database."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402

from bench.scale_tree import SCALE_PREFIX  # noqa: E402
from courses.models import CoursePage  # noqa: E402
from courses.services import enrol  # noqa: E402
from people.models import Officer, OrgUnit  # noqa: E402
from people.roles import MANAGER  # noqa: E402
from people.services.scopes import grant_manager_scope  # noqa: E402
from quizzes.models import QuizPage  # noqa: E402

PASSWORD = "KyNangSo@2026"  # noqa: S105 - the demo's development password


def main() -> None:
    from people.services.accounts import mark_addresses_verified

    user_model = get_user_model()
    officer = user_model.objects.get(email="officer@example.org")
    quizzes = []
    for quiz in QuizPage.objects.live().order_by("path"):
        course = quiz.get_parent().specific
        if not isinstance(course, CoursePage):
            continue
        QuizPage.objects.filter(pk=quiz.pk).update(
            time_limit_minutes=1 if not quizzes else 30,
            attempts_allowed=0,
            wait_between_attempts_minutes=0,
            open_at=None,
            close_at=None,
        )
        enrol(officer, course)
        quizzes.append({"id": quiz.pk, "url": quiz.url, "course": course.pk})
        if len(quizzes) == 2:
            break
    root = OrgUnit.objects.get(code=SCALE_PREFIX)
    manager, _ = user_model.objects.get_or_create(
        email="scale.manager@example.org", defaults={"first_name": "Quốc", "last_name": "Quản lý"}
    )
    manager.set_password(PASSWORD)
    manager.save()
    mark_addresses_verified([manager.pk])  # provisioned by an administrator, as the demo's
    manager.groups.add(Group.objects.get(name=MANAGER))
    grant_manager_scope(manager, root)
    demo_manager = user_model.objects.get(email="manager@example.org")
    watched = Officer.objects.filter(user=officer).select_related("unit").get()
    fixture = {
        "password": PASSWORD,
        "officer": {"email": officer.email, "id": officer.pk, "officer_id": watched.pk},
        "manager": {"email": demo_manager.email},
        "scale_manager": {"email": manager.email},
        "scale_root": root.pk,
        "timed_quiz": quizzes[0],
        "long_quiz": quizzes[1],
    }
    folder = Path(os.environ["KNS_TOPOLOGY_DIR"])
    (folder / "fixture.json").write_text(json.dumps(fixture, indent=2))


if __name__ == "__main__":
    main()
