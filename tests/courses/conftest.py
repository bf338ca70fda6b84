"""Fixtures for course tests: a course with four lessons, and people in various states."""

import pytest

from courses import services
from tests.factories.courses import CoursePageFactory, LessonPageFactory, TopicFactory


@pytest.fixture
def topic(db):
    return TopicFactory(name="An toàn thông tin", slug="an-toan-thong-tin")


@pytest.fixture
def course(db, topic):
    return CoursePageFactory(
        title="An toàn thông tin cho cán bộ văn phòng",
        slug="an-toan-thong-tin-co-ban",
        summary="Mật khẩu, xác thực hai yếu tố và thư lừa đảo.",
        topic=topic,
    )


@pytest.fixture
def lessons(course):
    return [
        LessonPageFactory(parent=course, title=f"Bài {n}", slug=f"bai-{n}") for n in range(1, 5)
    ]


@pytest.fixture
def enrolled_officer(officer, course, lessons):
    services.enrol(officer, course)
    return officer
