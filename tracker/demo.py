"""Demo tracker data: assignments for the demo units (one overdue for the demo officer, one due
next week; in Hải Bình province, the analysis course and the digital-signature course), a
certificate for a course the demo officer completed, and some satisfaction feedback from
colleagues. Idempotent: keyed by course, unit and the demo notes."""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates import services as certificate_services
from certificates.exceptions import CertificateDocumentError
from courses import services as course_services
from courses.demo import enrol_since
from courses.models import CoursePage, Enrolment
from courses.queries import course_items
from people.models import Officer, OrgUnit, User
from quizzes.demo import pass_quiz
from quizzes.models import QuizPage
from tracker import services
from tracker.models import Assignment, CourseFeedback

Log = Callable[[str], None]

DEMO_OFFICER = "officer@example.org"
DEMO_MANAGER = "manager@example.org"
DEMO_MANAGER_2 = "manager2@example.org"
# (manager, course slug, unit code, scope, days from today to the due date, note)
DEMO_ASSIGNMENTS = [
    (
        DEMO_MANAGER,
        "an-toan-thong-tin",
        "LG-TP",
        Assignment.Scope.UNIT,
        -5,
        "Hoàn thành trước đợt kiểm tra an toàn thông tin của Tỉnh ủy.",
    ),
    (
        DEMO_MANAGER,
        "ky-nang-du-lieu",
        "LG",
        Assignment.Scope.SUBTREE,
        7,
        "Chuẩn bị cho việc tổng hợp số liệu cuối năm bằng bảng tính dùng chung.",
    ),
    (
        DEMO_MANAGER_2,
        "phan-tich-va-tong-hop",
        "HB",
        Assignment.Scope.SUBTREE,
        21,
        "Áp dụng cho báo cáo quý tới.",
    ),
    (
        DEMO_MANAGER_2,
        "chu-ky-so-va-van-ban-dien-tu",
        "HB",
        Assignment.Scope.SUBTREE,
        30,
        (
            "Chuẩn bị gửi, nhận văn bản điện tử có chữ ký số toàn trình trong các cơ quan "
            "đảng của tỉnh."
        ),
    ),
]
# The course the demo officer has completed (their quiz attempt comes from the quizzes demo).
COMPLETED_COURSE = "phan-tich-va-tong-hop"
# Colleagues of the demo officer who completed that course and said what they thought.
FEEDBACK = [
    ("LG-0102", 5, 5, 4, "Ví dụ tờ trình một trang rất sát với công việc của văn phòng."),
    ("LG-0103", 4, 4, 4, "Nên có thêm bài tập về trình bày số liệu bằng biểu đồ."),
    ("LG-0104", 3, 4, 2, ""),
    ("HB-0101", 5, 4, 5, "Tôi đã dùng ngay cấu trúc tờ trình cho báo cáo tháng."),
]


def _keys_present() -> bool:
    return all(
        Path(path).exists()
        for path in (settings.CERTIFICATE_SIGNING_KEY, settings.CERTIFICATE_SIGNING_CERT)
    )


def _complete_course(user: User, course: CoursePage, when: datetime.datetime) -> Enrolment:
    """Do every item of a course as the learner would, finishing at ``when``: the lessons
    through the courses services, each quiz by passing it (never a quiz marked done unpassed),
    enrolled two days before."""
    enrolment = enrol_since(user, course, when - datetime.timedelta(days=2))
    rng = random.Random(f"{user.pk}-{course.pk}")  # noqa: S311 - the same demo every time
    for item in course_items(course):
        specific = item.specific
        if isinstance(specific, QuizPage):
            pass_quiz(user, specific, now=when, rng=rng)
        else:
            course_services.mark_item_done(user, item, now=when - datetime.timedelta(hours=1))
    enrolment.refresh_from_db()
    return enrolment


def seed_tracker(log: Log) -> None:
    user_model = get_user_model()
    now = timezone.now()
    today = timezone.localdate()
    courses = {c.slug: c for c in CoursePage.objects.live()}
    units = {u.code: u for u in OrgUnit.objects.all()}
    people = {
        u.email: u for u in user_model.objects.filter(email__in=[DEMO_MANAGER, DEMO_MANAGER_2])
    }

    for manager_email, slug, unit_code, scope, days, note in DEMO_ASSIGNMENTS:
        course, unit, manager = courses.get(slug), units.get(unit_code), people.get(manager_email)
        if course is None or unit is None or manager is None:
            continue
        if Assignment.objects.filter(course=course, unit=unit, note=note).exists():
            continue
        due_on = today + datetime.timedelta(days=days)
        # An overdue assignment was given a month before its due date.
        created = now - datetime.timedelta(days=30) if days < 0 else now
        assignment = services.create_assignment(
            manager,
            course=course,
            scope=scope,
            unit=unit,
            due_on=due_on,
            note=note,
            now=created,
        )
        services.refresh_targets(list(assignment.targets.all()), now=now)
        log(
            _("assigned %(course)s to %(unit)s, due %(date)s")
            % {"course": slug, "unit": unit_code, "date": f"{due_on:%d/%m/%Y}"}
        )

    officer = user_model.objects.filter(email=DEMO_OFFICER).first()
    course = courses.get(COMPLETED_COURSE)
    if officer is not None and course is not None:
        enrolment = Enrolment.objects.filter(user=officer, course=course).first()
        if enrolment is None or enrolment.completed_at is None:
            enrolment = _complete_course(officer, course, now - datetime.timedelta(days=1))
            log(
                _("completed %(course)s for %(email)s")
                % {"course": course.slug, "email": officer.email}
            )
        if not _keys_present():
            log(_("no certificate: run “manage.py create_signing_key --if-missing” first"))
        else:
            try:
                certificate = certificate_services.issue_certificate(enrolment.pk)
            except CertificateDocumentError as exc:
                log(_("no certificate: %(reason)s") % {"reason": exc})
            else:
                if certificate is not None:
                    log(
                        _("certificate %(code)s for %(email)s")
                        % {"code": certificate.code, "email": officer.email}
                    )

    if course is not None:
        for code, usefulness, clarity, time_well_spent, comment in FEEDBACK:
            colleague = Officer.objects.filter(employee_code=code).select_related("user").first()
            if colleague is None:
                continue
            if CourseFeedback.objects.filter(user=colleague.user, course=course).exists():
                continue
            if not Enrolment.objects.filter(
                user=colleague.user, course=course, completed_at__isnull=False
            ).exists():
                _complete_course(colleague.user, course, now - datetime.timedelta(days=3))
            services.submit_feedback(
                colleague.user,
                course,
                usefulness=usefulness,
                clarity=clarity,
                time_well_spent=time_well_spent,
                comment=comment,
            )
            log(_("feedback on %(course)s from %(code)s") % {"course": course.slug, "code": code})
