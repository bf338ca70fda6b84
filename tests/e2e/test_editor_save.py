"""In the page editor, text typed just before clicking Save is saved: rich text (Draftail only
copies its content into the form a moment after the last keystroke) and plain fields alike."""

import time

import pytest
from django.conf import settings
from wagtail.admin.models import EditingSession

from courses.models import LessonPage
from tests.factories.courses import LessonPageFactory, catalogue, lesson_body
from tests.factories.quizzes import make_course

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TYPED = " Gõ ngay trước khi lưu"


def _signed_in(page, live_server, client, user):
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )


@pytest.mark.parametrize("save_by", ["click", "keyboard"])
def test_text_typed_just_before_saving_is_kept(page, live_server, client, trainer, save_by):
    catalogue()
    course = make_course()
    lesson = LessonPageFactory(parent=course, slug="bai-soan", body=lesson_body("Đoạn đầu."))
    _signed_in(page, live_server, client, trainer)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    editor = page.locator("[data-draftail-editor-wrapper] [contenteditable=true]")
    editor.first.click()
    page.keyboard.press("End")
    page.keyboard.type(TYPED, delay=0)
    # Save at once, faster than the editor's own delay before it copies its content.
    if save_by == "click":
        page.locator("button[type=submit]:not([name])", has_text="Lưu nháp").first.click()
    else:
        page.keyboard.press("Control+s")
    page.get_by_text("Đã cập nhật trang").wait_for()

    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.revisions.count() >= 1
    saved = lesson.get_latest_revision_as_object()
    text = " ".join(str(block.value) for block in saved.body)
    assert TYPED.strip() in text
    assert errors == []
    # Leave the editor while the test's database is still open: Wagtail releases the editing
    # session as the page goes away, and that request must not outlive the test.
    page.goto("/admin/")
    deadline = time.monotonic() + 10
    while EditingSession.objects.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not EditingSession.objects.exists()
