"""Vietnamese search ignores diacritics and case, ranks exact matches first, on every database."""

import pytest
from bs4 import BeautifulSoup

from courses.models import CoursePage
from courses.search import search_courses
from tests.factories.courses import CoursePageFactory, LessonPageFactory, lesson_body

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue_courses(db):
    security = CoursePageFactory(
        title="An toàn thông tin cho cán bộ",
        slug="an-toan",
        summary="Mật khẩu mạnh và xác thực hai yếu tố.",
    )
    party = CoursePageFactory(
        title="Công tác văn phòng Đảng ủy",
        slug="van-phong",
        summary="Soạn thảo văn bản của cấp ủy.",
    )
    busy = CoursePageFactory(
        title="Quản lý thời gian",
        slug="thoi-gian",
        summary="Khi bạn đang có quá nhiều việc cùng lúc.",
    )
    data = CoursePageFactory(
        title="Kỹ năng dữ liệu", slug="du-lieu", summary="Bảng tính sạch, dữ liệu dùng chung."
    )
    LessonPageFactory(
        parent=data,
        title="Bảng tổng hợp",
        slug="bang-tong-hop",
        body=lesson_body("Dùng PivotTable để tổng hợp số liệu theo đơn vị."),
    )
    return {"security": security, "party": party, "busy": busy, "data": data}


def _titles(query):
    return [c.title for c in search_courses(CoursePage.objects.live(), query)]


def test_unaccented_query_finds_accented_title(catalogue_courses):
    assert _titles("an toan thong tin") == ["An toàn thông tin cho cán bộ"]


def test_dang_finds_dang_uy_and_dang_co(catalogue_courses):
    assert set(_titles("dang")) == {"Công tác văn phòng Đảng ủy", "Quản lý thời gian"}


def test_exact_diacritic_match_ranks_first(catalogue_courses):
    assert _titles("Đảng") == ["Công tác văn phòng Đảng ủy", "Quản lý thời gian"]
    assert _titles("đang") == ["Quản lý thời gian", "Công tác văn phòng Đảng ủy"]


def test_case_and_spacing_do_not_matter(catalogue_courses):
    assert _titles("  AN   TOÀN ") == ["An toàn thông tin cho cán bộ"]


def test_every_word_must_appear_somewhere_in_the_course(catalogue_courses):
    assert _titles("mat khau hai yeu to") == ["An toàn thông tin cho cán bộ"]
    assert _titles("mat khau pivottable") == []


def test_lesson_text_is_searched(catalogue_courses):
    assert _titles("pivottable") == ["Kỹ năng dữ liệu"]
    assert _titles("pivot") == ["Kỹ năng dữ liệu"]  # the last word may be unfinished
    assert _titles("tong hop so lieu") == ["Kỹ năng dữ liệu"]


def test_unpublished_lessons_and_drafts_are_not_searched(catalogue_courses):
    lesson = LessonPageFactory(
        parent=catalogue_courses["security"],
        title="Bản nháp",
        slug="ban-nhap",
        body=lesson_body("Chữ ký số"),
        live=False,
    )
    assert _titles("chu ky so") == []
    course = catalogue_courses["busy"]
    course.summary = "Nói về chữ ký số trong bản nháp."
    course.save_revision()  # a draft: the published text is what is searched
    assert _titles("chu ky so") == []
    lesson.save_revision().publish()
    assert _titles("chu ky so") == ["An toàn thông tin cho cán bộ"]


def test_wildcards_in_a_query_are_plain_characters(catalogue_courses):
    assert _titles("%") == []
    assert _titles("_") == []


def test_catalogue_search_box_sends_q_and_shows_matches(client, catalogue_courses):
    response = client.get("/courses/", {"q": "an toan thong tin"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    titles = [h.get_text(strip=True) for h in soup.select(".course-card h2")]
    assert titles == ["An toàn thông tin cho cán bộ"]
    assert soup.find("input", {"name": "q"})["value"] == "an toan thong tin"


def test_catalogue_filters_by_topic_and_level(client, catalogue_courses):
    data = catalogue_courses["data"]
    data.level = "advanced"
    data.save_revision().publish()
    soup = BeautifulSoup(client.get("/courses/", {"level": "advanced"}).content, "html.parser")
    assert [h.get_text(strip=True) for h in soup.select(".course-card h2")] == ["Kỹ năng dữ liệu"]
    topic = catalogue_courses["party"].topic
    soup = BeautifulSoup(client.get("/courses/", {"topic": topic.slug}).content, "html.parser")
    assert [h.get_text(strip=True) for h in soup.select(".course-card h2")] == [
        "Công tác văn phòng Đảng ủy"
    ]


def test_an_unknown_filter_value_is_reported_not_a_crash(client, catalogue_courses):
    response = client.get("/courses/", {"topic": "khong-co", "level": "x", "q": "du lieu"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select(".field-errors")
    assert [h.get_text(strip=True) for h in soup.select(".course-card h2")] == ["Kỹ năng dữ liệu"]
