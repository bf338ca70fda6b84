"""Preview beside the editor: course, lesson and quiz pages and questions show as learners see
them, in the admin's preview panel, before and after a change is saved."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories.quizzes import QuestionFactory, make_course, make_quiz
from tests.quizzes.test_editing_keeps_questions import posted

pytestmark = pytest.mark.django_db


def preview(client, edit_url: str, preview_url: str, **changes: str) -> str:
    form = client.get(edit_url).context["form"]
    data = {**posted(form), **changes}
    reply = client.post(preview_url, data)
    assert reply.status_code == 200
    assert reply.json()["is_valid"], reply.json()
    page = client.get(preview_url)
    assert page.status_code == 200, page.content[:2000]
    # Shown inside the admin's side panel: framing by the admin itself is allowed.
    assert page.headers.get("X-Frame-Options", "SAMEORIGIN") == "SAMEORIGIN"
    assert "frame-ancestors 'none'" not in page.headers.get("Content-Security-Policy", "")
    return page.content.decode()


def lesson_of(course):
    from courses.models import LessonPage

    return course.add_child(
        instance=LessonPage(
            title="Bài một", slug="bai-mot", body=[("paragraph", "<p>Nội dung bài</p>")]
        )
    )


@pytest.mark.parametrize("persona", ["trainer", "administrator"])
@pytest.mark.parametrize("kind", ["course", "lesson", "quiz"])
def test_course_lesson_and_quiz_pages_preview_beside_the_editor(client, request, kind, persona):
    course = make_course(title="Khóa xem trước")
    pages = {
        "course": lambda: course,
        "lesson": lambda: lesson_of(course),
        "quiz": lambda: make_quiz(course, [QuestionFactory()], title="Kiểm tra xem trước"),
    }
    from courses.models.settings import CourseSettings

    CourseSettings.objects.update_or_create(defaults={"embed_hosts": "www.youtube-nocookie.com"})
    page = pages[kind]()
    client.force_login(request.getfixturevalue(persona))
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    html = preview(client, edit, url, title="Tiêu đề mới chưa lưu")
    assert "Tiêu đề mới chưa lưu" in html


def test_a_question_previews_beside_the_editor(client, trainer):
    question = QuestionFactory(name="Câu xem trước", live=False)
    client.force_login(trainer)
    edit = reverse("wagtailsnippets_quizzes_question:edit", args=[question.pk])
    url = reverse("wagtailsnippets_quizzes_question:preview_on_edit", args=[question.pk])
    from wagtail.test.utils.form_data import rich_text

    html = preview(client, edit, url, text=rich_text("<p>Nội dung chưa lưu?</p>"))
    assert "Nội dung chưa lưu?" in html
