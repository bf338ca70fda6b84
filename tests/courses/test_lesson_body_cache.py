"""A lesson's rendered body is kept between requests, per published state and language: what
learners see changes as soon as a new version is published, in the language they read, and an
editor's preview always shows the draft."""

import pytest
from django.test import Client

from courses import services
from courses.models import LessonPage
from tests.factories.courses import LessonPageFactory, lesson_body

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(course):
    return LessonPageFactory(parent=course, slug="mat-khau", body=lesson_body("Mật khẩu mạnh."))


def _read(client, lesson):
    response = client.get(lesson.url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_body_is_kept_until_a_new_version_is_published(client, officer, course, lesson):
    services.enrol(officer, course)
    client.force_login(officer)
    assert "Mật khẩu mạnh." in _read(client, lesson)
    # A change written behind the site's back is not rendered again: the body is kept.
    LessonPage.objects.filter(pk=lesson.pk).update(body=lesson_body("Viết thẳng vào bảng."))
    assert "Mật khẩu mạnh." in _read(client, lesson)
    # Publishing a new version shows it at once.
    page = LessonPage.objects.get(pk=lesson.pk)
    page.body = lesson_body("Cụm mật khẩu dài.")
    page.save_revision().publish()
    page_text = _read(client, lesson)
    assert "Cụm mật khẩu dài." in page_text
    assert "Mật khẩu mạnh." not in page_text


def test_each_language_gets_its_own_copy(client, officer, course):
    lesson = LessonPageFactory(
        parent=course,
        slug="kiem-tra",
        body=[
            {
                "type": "check",
                "value": {
                    "question": "Câu hỏi?",
                    "choices": [
                        {"text": "Đúng", "correct": True, "feedback": ""},
                        {"text": "Sai", "correct": False, "feedback": ""},
                    ],
                },
            }
        ],
    )
    services.enrol(officer, course)
    client.force_login(officer)
    assert "Check your understanding" not in _read(client, lesson)
    english = Client()
    english.force_login(officer)
    officer.language = "en"
    officer.save(update_fields=["language"])
    assert "Check your understanding" in _read(english, lesson)


def test_an_editors_preview_shows_the_draft_not_the_kept_body(
    client, rf, officer, administrator, course, lesson
):
    services.enrol(officer, course)
    client.force_login(officer)
    assert "Mật khẩu mạnh." in _read(client, lesson)
    draft = LessonPage.objects.get(pk=lesson.pk)
    draft.body = lesson_body("Bản nháp chưa xuất bản.")
    editor = rf.get("/admin/")
    editor.user = administrator
    preview = draft.make_preview_request(editor, draft.default_preview_mode)
    assert "Bản nháp chưa xuất bản." in preview.content.decode()
    assert "Mật khẩu mạnh." in _read(client, lesson)
