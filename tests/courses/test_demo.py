"""The demo loader: catalogue at /courses/, topics, courses and lessons; a rerun changes nothing."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from courses.demo import load_courses
from courses.models import CourseIndexPage, CoursePage, LessonPage, Topic

pytestmark = pytest.mark.django_db

STAND_IN = [
    {
        "slug": "an-toan-thong-tin",
        "title": "An toàn thông tin trong công việc văn phòng",
        "topic": "An toàn thông tin",
        "level": "basic",
        "summary": "Mật khẩu, xác thực hai yếu tố, thư lừa đảo.",
        "objectives": ["Tạo cụm mật khẩu", "Nhận biết thư lừa đảo"],
        "estimated_minutes": 60,
        "issues_certificate": True,
        "lessons": [
            {
                "slug": f"bai-{n}",
                "title": f"Bài {n}",
                "estimated_minutes": 15,
                "body": [
                    ("heading", "Mở đầu"),
                    ("rich_text", "<p>Nội dung.</p>"),
                    ("callout", {"kind": "tip", "title": "Mẹo", "text": "<p>Ngắn.</p>"}),
                    ("steps", {"title": "Các bước", "items": ["<p>Một</p>", "<p>Hai</p>"]}),
                    ("table", {"caption": "Bảng", "header": ["A", "B"], "rows": [["1", "2"]]}),
                    ("code", {"language": "Excel", "code": "=SUM(A1:A2)"}),
                    (
                        "check",
                        {
                            "question": "Đúng không?",
                            "choices": [
                                {"text": "Có", "correct": True, "feedback": "Đúng."},
                                {"text": "Không", "correct": False, "feedback": "Sai."},
                            ],
                        },
                    ),
                ],
            }
            for n in range(1, 5)
        ],
    }
]


def _snapshot():
    return (
        sorted(Page.objects.values_list("url_path", "live", "latest_revision_id")),
        Revision.objects.count(),
        sorted(Topic.objects.values_list("slug", "name")),
    )


def test_loader_builds_the_catalogue_courses_and_lessons_published():
    load_courses(STAND_IN)
    index = CourseIndexPage.objects.get()
    assert index.url == "/courses/" and index.live
    course = CoursePage.objects.child_of(index).get(slug="an-toan-thong-tin")
    assert course.live and course.topic.name == "An toàn thông tin"
    assert [block.value for block in course.objectives] == STAND_IN[0]["objectives"]
    lessons = LessonPage.objects.child_of(course)
    assert [lesson.slug for lesson in lessons] == ["bai-1", "bai-2", "bai-3", "bai-4"]
    assert all(lesson.live and lesson.first_published_at for lesson in lessons)
    body = lessons[0].body
    assert [block.block_type for block in body] == [
        "heading",
        "rich_text",
        "callout",
        "steps",
        "table",
        "code",
        "check",
    ]
    assert index.get_workflow() is not None
    assert {t.name for t in Topic.objects.all()} >= {
        "Kỹ năng dữ liệu",
        "An toàn thông tin",
        "Phân tích và tổng hợp",
    }


def test_every_lesson_block_of_the_demo_shape_renders(client, officer):
    from courses import services

    load_courses(STAND_IN)
    course = CoursePage.objects.get(slug="an-toan-thong-tin")
    services.enrol(officer, course)
    client.force_login(officer)
    response = client.get(LessonPage.objects.child_of(course).first().url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "=SUM(A1:A2)" in html and "callout-tip" in html and 'data-correct="true"' in html


def test_loading_twice_changes_nothing():
    load_courses(STAND_IN)
    first = _snapshot()
    load_courses(STAND_IN)
    assert _snapshot() == first


def test_seed_demo_loads_the_real_demo_courses_once(shared_demo):
    from home.demo_content.courses import COURSES
    from quizzes.models import QuizPage
    from quizzes.question_types import QuestionType
    from tests.home.test_demo_content import lesson_words

    first = _snapshot()
    assert CoursePage.objects.live().count() == len(COURSES) == 8
    for data in COURSES:
        course = CoursePage.objects.get(slug=data["slug"])
        lessons = list(LessonPage.objects.child_of(course).live().values_list("slug", flat=True))
        written = {lesson["slug"]: lesson for lesson in data["lessons"]}
        assert lessons == list(written) and len(lessons) >= 5
        words = [lesson_words(written[slug]) for slug in lessons]
        assert min(words) >= 800, (course.slug, words)
        assert course.topic.name == data["topic"] and course.objectives
        quiz = QuizPage.objects.child_of(course).live().get()
        kinds = [slot.question.qtype for slot in quiz.slots.all()]
        assert len(kinds) >= 13 and kinds.count(QuestionType.ESSAY) == 1
    assert {t.name for t in Topic.objects.all()} >= {
        "Văn bản và hồ sơ điện tử",
        "Chuyển đổi số trong văn phòng",
    }
    call_command("seed_demo", verbosity=0)
    assert _snapshot() == first
