"""Demo activity for the manager dashboards: officers of both demo provinces working through the
assigned courses over the past months, with quiz attempts of varying success, so the charts,
mark distributions and per-district question statistics have something to show.

Everything goes through the courses and quizzes services, as the learners would. Idempotent:
an officer who has already started the course is left alone.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable

from django.utils import timezone
from django.utils.translation import gettext as _

Log = Callable[[str], None]

# (employee code, course slug, days ago they started, share of quiz questions answered right;
#  None: started the lessons but has not taken the quiz yet)
ACTIVITY = [
    ("LG-0102", "ky-nang-du-lieu", 95, 1.0),
    ("LG-0103", "ky-nang-du-lieu", 70, 0.9),
    ("LG-0104", "ky-nang-du-lieu", 40, 0.6),
    ("LG-0105", "ky-nang-du-lieu", 12, None),
    ("LG-0201", "ky-nang-du-lieu", 120, 1.0),
    ("LG-0202", "ky-nang-du-lieu", 65, 0.8),
    ("LG-0203", "ky-nang-du-lieu", 30, 0.3),
    ("LG-0205", "ky-nang-du-lieu", 8, None),
    ("LG-0102", "an-toan-thong-tin", 50, 0.8),
    ("LG-0105", "an-toan-thong-tin", 25, 0.5),
    ("HB-0101", "phan-tich-va-tong-hop", 90, 0.9),
    ("HB-0102", "phan-tich-va-tong-hop", 45, 0.7),
    ("HB-0201", "phan-tich-va-tong-hop", 35, 1.0),
    ("HB-0202", "phan-tich-va-tong-hop", 15, 0.4),
]


def seed_report_activity(log: Log) -> None:
    from courses import services as course_services
    from courses.demo import enrol_since
    from courses.models import CoursePage, Enrolment, LessonPage
    from people.models import Officer
    from quizzes import services as quiz_services
    from quizzes.demo import _right_answer
    from quizzes.models import QuizPage
    from reports.enrolment_figures import refresh_enrolment_figures

    now = timezone.now()
    rng = random.Random(2026)  # noqa: S311 - the same demo every time
    courses = {c.slug: c for c in CoursePage.objects.live()}
    officers = {
        o.employee_code: o.user
        for o in Officer.objects.filter(employee_code__in=[a[0] for a in ACTIVITY]).select_related(
            "user"
        )
    }
    touched = []
    for code, slug, days_ago, right in ACTIVITY:
        user, course = officers.get(code), courses.get(slug)
        if user is None or course is None:
            continue
        if Enrolment.objects.filter(user=user, course=course, started_at__isnull=False).exists():
            continue  # already learning (assignments enrol officers without starting them)
        started = now - datetime.timedelta(days=days_ago)
        enrol_since(user, course, started - datetime.timedelta(days=1))
        lessons = list(LessonPage.objects.child_of(course).live().order_by("path"))
        for step, lesson in enumerate(lessons):
            moment = started + datetime.timedelta(days=step, hours=9)
            course_services.open_item(user, lesson, now=moment)
            # A few minutes of reading, as the page's heartbeat would report it.
            for _beat in range(rng.randint(4, 8)):
                moment += datetime.timedelta(seconds=30)
                course_services.record_heartbeat(user, lesson, now=moment)
            course_services.mark_item_done(user, lesson, now=moment)
        quiz = QuizPage.objects.child_of(course).live().first()
        if quiz is not None and right is not None:
            taken = started + datetime.timedelta(days=len(lessons) + 1)
            attempt = quiz_services.start_attempt(user, quiz, now=taken, rng=rng)
            responses = list(attempt.responses.order_by("position"))
            keep = round(len(responses) * right)
            answers = {r.position: _right_answer(r.snapshot) for r in responses[:keep]}
            quiz_services.save_answers(
                attempt, user, sequence=0, answers=answers, page=0, now=taken
            )
            minutes = rng.randint(8, 20)
            quiz_services.submit_attempt(
                attempt, user, now=taken + datetime.timedelta(minutes=minutes)
            )
        touched.append(Enrolment.objects.get(user=user, course=course).pk)
        log(_("demo activity: %(code)s in %(course)s") % {"code": code, "course": slug})
    if touched:
        refresh_enrolment_figures(touched)
