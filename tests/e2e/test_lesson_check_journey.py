"""A learner answers a lesson's bank question with the keyboard and hears the feedback."""

import pytest
from django.conf import settings

from tests.factories.courses import LessonPageFactory
from tests.factories.quizzes import QuestionFactory, enrol, make_course

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_learner_checks_an_answer_with_the_keyboard(page, live_server, officer, client):
    course = make_course()
    question = QuestionFactory(qtype="single_choice")
    check = {"type": "question_check", "value": {"question": question.pk}, "id": "kiem-tra"}
    lesson = LessonPageFactory(parent=course, slug="bai-co-tu-kiem-tra", body=[check])
    enrol(officer, course)
    client.force_login(officer)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )

    page.goto(lesson.url)
    form = page.locator("form[data-question-check]")
    result = form.locator("[data-check-result]")
    assert result.get_attribute("aria-live") == "polite"
    button = form.locator("[data-check-button]")
    assert button.is_visible()
    assert not form.locator("[data-check-noscript]").is_visible()

    # Checking before answering says what to do, without a verdict.
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('[data-check-result]').textContent.trim()")
    assert result.get_attribute("class") == "check-result"

    # Pick the second answer with the keyboard: Space on the first, arrow down, Tab, Enter.
    form.locator("input[type=radio]").first.focus()
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-check-result].is-wrong")
    assert "Phản hồi cho Sai" in result.inner_text()

    # Back to the answers, up to the right one, and check again.
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-check-result].is-correct")
    assert "Phản hồi cho Đúng" in result.inner_text()
