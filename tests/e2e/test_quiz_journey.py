"""The demo officer takes a quiz: answers part of it, reloads, finds everything in place, submits,
and sees the essay waiting for a trainer."""

import re

import pytest

from home.demo import DEMO_PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

COURSE = "an-toan-thong-tin"


def sign_in(page):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill("officer@example.org")
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/")


def wait_saved(page):
    page.wait_for_selector("[data-attempt][data-save-status='saved']")


def answer_page(page):
    """Answer every question on the current page; return what was answered, by question."""
    answered = {}
    for fieldset in page.locator("fieldset[data-question]").all():
        position = fieldset.get_attribute("data-question")
        kind = fieldset.get_attribute("data-type")
        if kind in ("single_choice", "true_false", "multiple_choice"):
            option = fieldset.locator("input[type=radio], input[type=checkbox]").first
            option.check()
            answered[position] = option.get_attribute("value")
        elif kind in ("short_answer", "numerical", "essay"):
            field = fieldset.locator("input[type=text], textarea").first
            field.fill("12,5" if kind == "numerical" else "mật khẩu")
            field.press("Tab")
            answered[position] = field.input_value()
        elif kind == "matching":
            values = []
            for select in fieldset.locator("select").all():
                select.select_option(index=1)
                values.append(select.input_value())
            answered[position] = values
        wait_saved(page)
    return answered


def read_page(page):
    found = {}
    for fieldset in page.locator("fieldset[data-question]").all():
        position = fieldset.get_attribute("data-question")
        kind = fieldset.get_attribute("data-type")
        if kind in ("single_choice", "true_false", "multiple_choice"):
            checked = fieldset.locator("input:checked")
            found[position] = checked.first.get_attribute("value") if checked.count() else None
        elif kind in ("short_answer", "numerical", "essay"):
            found[position] = fieldset.locator("input[type=text], textarea").first.input_value()
        elif kind == "matching":
            found[position] = [s.input_value() for s in fieldset.locator("select").all()]
    return found


def test_demo_officer_takes_a_quiz_reloads_midway_and_sees_the_review(page, demo):
    from django.contrib.auth import get_user_model

    from courses import services as course_services
    from courses.models import CoursePage

    officer = get_user_model().objects.get(email="officer@example.org")
    course = CoursePage.objects.get(slug=COURSE)
    course_services.enrol(officer, course)
    quiz_url = f"/courses/{COURSE}/bai-kiem-tra-cuoi-khoa/"

    sign_in(page)
    page.goto(quiz_url)
    assert page.locator("h1").inner_text() == "Bài kiểm tra cuối khóa"
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    # The start answers with the attempt's page, whose script puts the attempt's own address
    # in the address bar: reloading now asks for the attempt (a GET), not the start again.
    page.wait_for_url(re.compile(r".*/attempt/\d+/$"))
    assert page.locator("[data-timer]").inner_text().startswith(("45:", "44:"))
    with page.expect_request(re.compile(r".*/attempt/\d+/$")) as reloaded:
        page.reload()
    assert reloaded.value.method == "GET"
    assert "Trang 1 / 5" in page.locator(".attempt-meta").inner_text()

    # The first two of five pages (15 questions, the essay last).
    first = answer_page(page)
    page.get_by_role("button", name="Trang tiếp").click()
    page.wait_for_url(re.compile(r".*\?page=1$"))
    second = answer_page(page)
    assert len(first) + len(second) == 6

    # Reload: the same page, with every answer in place (from the server, not the browser).
    page.evaluate("window.localStorage.clear()")
    page.reload()
    assert "Trang 2 / 5" in page.locator(".attempt-meta").inner_text()
    assert read_page(page) == second
    page.get_by_role("button", name="Trang trước").click()
    page.wait_for_url(re.compile(r".*\?page=0$"))
    assert read_page(page) == first

    # The last page, with the essay, and submit.
    for _ in range(4):
        page.get_by_role("button", name="Trang tiếp").click()
        page.wait_for_load_state()
    answer_page(page)
    page.get_by_role("button", name="Kết thúc bài làm…").click()
    page.wait_for_url(re.compile(r".*/summary/$"))
    assert page.locator("h1").inner_text() == "Tóm tắt bài làm"
    page.get_by_role("button", name="Nộp bài và kết thúc").click()
    page.wait_for_url(re.compile(r".*/review/$"))

    assert page.locator("h1").inner_text().startswith("Xem lại lượt làm bài")
    # The essay was answered, so the mark waits for the trainer.
    assert page.get_by_text("Đang chờ giảng viên chấm một số câu").is_visible()
    assert page.locator("section.review-item").count() == 15
    assert page.locator(".review-state").count() == 15


def test_answers_given_offline_wait_in_the_browser_and_are_sent_when_back_online(page, demo):
    from django.contrib.auth import get_user_model

    from courses import services as course_services
    from courses.models import CoursePage
    from quizzes.models import Attempt

    officer = get_user_model().objects.get(email="officer@example.org")
    course_services.enrol(officer, CoursePage.objects.get(slug=COURSE))
    sign_in(page)
    page.goto(f"/courses/{COURSE}/bai-kiem-tra-cuoi-khoa/")
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    page.wait_for_url(re.compile(r".*/attempt/\d+/"))
    attempt = Attempt.objects.get(user=officer, state="in_progress")

    page.context.set_offline(True)
    fieldset = page.locator("fieldset[data-question]").first
    option = fieldset.locator("input[type=radio], input[type=checkbox]").first
    option.check()
    page.wait_for_selector("[data-attempt][data-save-status='offline']")
    assert "chưa lưu" in page.locator("[data-save-state]").inner_text()
    queued = page.evaluate(
        "Object.keys(localStorage).filter(k => k.startsWith('kns-quiz-attempt-')).length"
    )
    assert queued == 1
    position = int(fieldset.get_attribute("data-question"))
    assert attempt.responses.get(position=position).answer is None

    page.context.set_offline(False)
    wait_saved(page)
    response = attempt.responses.get(position=position)
    saved = response.answer
    # The page names the option by its place in the attempt; the server keeps the answer's id.
    chosen = response.snapshot["answers"][int(option.get_attribute("value"))]["id"]
    assert str(chosen) in [str(s) for s in (saved if isinstance(saved, list) else [saved])]
    assert page.evaluate("localStorage.length") == 0
