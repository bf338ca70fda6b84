"""Load demo courses written as plain data into the page tree. Idempotent: keyed by slug.

The data (``home/demo_content/courses.py``) is a list of dicts; lesson bodies are lists of
``(block_type, value)`` pairs in the raw shape of ``courses.blocks.LessonBodyBlock``.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import Any

from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from courses.models import CourseIndexPage, CoursePage, Enrolment, LessonPage, Topic
from courses.services import enrol, ensure_course_workflow

Log = Callable[[str], None]

# The catalogue's topics, with their slugs and descriptions (the first three also come from
# migration 0002).
TOPICS = [
    (
        "Kỹ năng dữ liệu",
        "ky-nang-du-lieu",
        "Bảng tính, dữ liệu dùng chung, nhập một lần dùng nhiều lần.",
    ),
    (
        "An toàn thông tin",
        "an-toan-thong-tin",
        "Mật khẩu, xác thực hai yếu tố, thư lừa đảo, tài liệu mật.",
    ),
    (
        "Phân tích và tổng hợp",
        "phan-tich-va-tong-hop",
        "Đọc báo cáo có phê phán, tóm tắt, viết đề xuất một trang.",
    ),
    (
        "Văn bản và hồ sơ điện tử",
        "van-ban-va-ho-so-dien-tu",
        "Chữ ký số, văn bản điện tử của Đảng, vòng đời văn bản, hồ sơ và lưu trữ điện tử.",
    ),
    (
        "Chuyển đổi số trong văn phòng",
        "chuyen-doi-so-trong-van-phong",
        "Lịch số, giao việc số, báo cáo số, dùng trí tuệ nhân tạo an toàn.",
    ),
]


def _publish(page: Page) -> None:
    page.save_revision().publish()


def ensure_topics(log: Log) -> dict[str, Topic]:
    topics = {}
    for name, slug, description in TOPICS:
        topic = Topic.objects.filter(slug=slug).first() or Topic.objects.filter(name=name).first()
        if topic is None:
            topic = Topic.objects.create(name=name, slug=slug, description=description)
            log(_("created topic %(name)s") % {"name": name})
        topics[name] = topic
    return topics


def ensure_catalogue(log: Log) -> CourseIndexPage:
    """The catalogue at /courses/ under the default site's home page, under moderation."""
    site = Site.objects.select_related("root_page").get(is_default_site=True)
    home = site.root_page
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = CourseIndexPage(
            title="Khóa học",
            slug="courses",
            intro="Chọn một khóa học theo chủ đề và trình độ, hoặc tìm theo từ khóa.",
        )
        home.add_child(instance=index)
        _publish(index)
        log(_("created the course catalogue"))
    ensure_course_workflow(index)
    return index


def _objectives(objectives: Iterable[str]) -> list[dict[str, str]]:
    return [{"type": "objective", "value": text} for text in objectives]


def _body(blocks: Iterable[tuple[str, Any]]) -> list[dict[str, Any]]:
    return [{"type": block_type, "value": value} for block_type, value in blocks]


def load_courses(courses: list[dict[str, Any]], log: Log = lambda _msg: None) -> None:
    """Create the catalogue, the topics and every course and lesson that does not exist yet.

    Existing pages (matched by slug) are left exactly as they are.
    """
    index = ensure_catalogue(log)
    topics = ensure_topics(log)
    for data in courses:
        course = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
        if course is None:
            topic = topics.get(data["topic"]) or Topic.objects.get_or_create(name=data["topic"])[0]
            course = CoursePage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                objectives=_objectives(data.get("objectives", [])),
                topic=topic,
                level=data.get("level", "basic"),
                estimated_minutes=data.get("estimated_minutes", 60),
                issues_certificate=data.get("issues_certificate", False),
            )
            index.add_child(instance=course)
            _publish(course)
            log(_("created course %(title)s") % {"title": course.title})
        else:
            log(_("kept course %(title)s") % {"title": course.title})
        existing = set(LessonPage.objects.child_of(course).values_list("slug", flat=True))
        for lesson_data in data.get("lessons", []):
            if lesson_data["slug"] in existing:
                continue
            lesson = LessonPage(
                title=lesson_data["title"],
                slug=lesson_data["slug"],
                estimated_minutes=lesson_data.get("estimated_minutes", 10),
                required=lesson_data.get("required", True),
                body=_body(lesson_data.get("body", [])),
            )
            course.add_child(instance=lesson)
            _publish(lesson)
            log(_("created lesson %(title)s") % {"title": lesson.title})


def enrol_since(
    user: Any, course: CoursePage, since: datetime.datetime, *, source: str = ""
) -> Enrolment:
    """Enrol a demo learner (through the service) as of ``since``: the demo's learners work
    through courses in the past, so their enrolment dates back to before their first step
    (an enrolment made earlier, e.g. by an assignment, is moved back when it is later)."""
    enrolment = enrol(user, course, **({"source": source} if source else {}))
    if enrolment.enrolled_at > since:
        Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_at=since)
        enrolment.enrolled_at = since
    return enrolment
