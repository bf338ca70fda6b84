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


def test_a_query_with_diacritics_means_its_words_as_written(catalogue_courses):
    assert _titles("Đảng") == ["Công tác văn phòng Đảng ủy"]
    assert _titles("đang") == ["Quản lý thời gian"]
    assert _titles("ĐANG") == ["Quản lý thời gian"]


@pytest.fixture
def look_alike_courses(catalogue_courses):
    """Courses whose words differ from the security course's only by their diacritics."""
    sewing = CoursePageFactory(
        title="Nghề may truyền thống",
        slug="nghe-may",
        summary="Khi mất kim, mỗi đường khâu phải làm lại.",
    )
    LessonPageFactory(
        parent=sewing,
        title="Đường may",
        slug="duong-may",
        body=lesson_body("Mất một mũi khâu là hỏng cả tấm áo."),
    )
    archive = CoursePageFactory(
        title="Lưu trữ hồ sơ",
        slug="luu-tru",
        summary="Chủ trì kỳ kiểm tra sổ sách, chú ý kỹ số liệu và sở hữu hồ sơ.",
    )
    signature = CoursePageFactory(
        title="Văn bản điện tử",
        slug="van-ban-dien-tu",
        summary="Ký văn bản bằng chữ ký số của cơ quan.",
    )
    return {**catalogue_courses, "sewing": sewing, "archive": archive, "signature": signature}


def test_mat_khau_does_not_find_a_page_about_mat_khau_with_other_marks(look_alike_courses):
    assert _titles("mật khẩu") == ["An toàn thông tin cho cán bộ"]
    assert _titles("Mật Khẩu mạnh") == ["An toàn thông tin cho cán bộ"]
    # Typed without diacritics, both readings are wanted, the exact phrase first.
    assert _titles("mat khau") == ["An toàn thông tin cho cán bộ", "Nghề may truyền thống"]


def test_chu_ky_so_finds_the_course_about_digital_signatures_only(look_alike_courses):
    assert _titles("chữ ký số") == ["Văn bản điện tử"]
    assert set(_titles("chu ky so")) == {"Văn bản điện tử", "Lưu trữ hồ sơ"}


def test_words_as_written_are_found_in_lessons_too(look_alike_courses):
    assert _titles("mũi khâu") == ["Nghề may truyền thống"]
    assert _titles("mất kim") == ["Nghề may truyền thống"]


def test_without_a_match_as_written_the_query_falls_back_to_its_plain_form(
    look_alike_courses,
):
    # "khâu mật" is nowhere as written; the courses holding "khau" and "mat" in some form are.
    assert _titles("khâu mật") == ["An toàn thông tin cho cán bộ", "Nghề may truyền thống"]
    # A slip of the keyboard still finds the course.
    assert _titles("an toàn thong tín") == ["An toàn thông tin cho cán bộ"]


def test_words_match_from_their_start_never_from_the_middle(look_alike_courses):
    assert _titles("toan") == ["An toàn thông tin cho cán bộ"]
    assert _titles("oan") == []  # inside "toàn"
    assert _titles("ông tin") == []  # "ông" is inside "thông"
    assert _titles("thôn") == ["An toàn thông tin cho cán bộ"]  # the start of "thông"
    assert _titles("ký s") == ["Văn bản điện tử"]  # the last word may be unfinished
    assert set(_titles("ky s")) == {"Lưu trữ hồ sơ", "Văn bản điện tử", "Kỹ năng dữ liệu"}


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
