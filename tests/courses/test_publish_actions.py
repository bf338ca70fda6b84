"""A trainer is offered no Publish action on course, lesson and quiz pages, and a save sent
with the publish action anyway is kept as a draft and says it was not published."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.urls import reverse

from courses.models import CoursePage, LessonPage, Topic
from tests.courses.test_admin import _add_url, _course_form, _lesson_form
from tests.factories.courses import catalogue
from tests.factories.quizzes import make_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(db):
    index = catalogue()
    course = CoursePage(title="Khóa có sẵn", slug="khoa-co-san", summary="Tóm tắt.")
    index.add_child(instance=course)
    lesson = LessonPage(title="Bài có sẵn", slug="bai-co-san")
    course.add_child(instance=lesson)
    quiz = make_quiz(course)
    return {"index": index, "course": course, "lesson": lesson, "quiz": quiz}


def _actions(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.select_one("#page-edit-form")
    return {
        control.get("name")
        for control in form.select("button[name], input[type=submit][name]")
        if control.get("name", "").startswith("action-")
    }, form.get_text(" ", strip=True)


def _messages(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.mark.parametrize("kind", ["course", "lesson", "quiz"])
def test_a_trainer_sees_no_publish_action(client, trainer, administrator, pages, kind):
    client.force_login(trainer)
    names, text = _actions(client, pages[kind])
    assert "action-submit" in names
    assert "action-publish" not in names
    assert "Xuất bản" not in text and "Publish" not in text
    # Administrators do publish, so the button is there for them.
    client.force_login(administrator)
    names, _text = _actions(client, pages[kind])
    assert "action-publish" in names


def test_a_publish_sent_by_a_trainer_saves_a_draft_and_says_it_was_not_published(
    client, trainer, pages
):
    client.force_login(trainer)
    index = pages["index"]
    topic = Topic.objects.get(slug="phan-tich-va-tong-hop")
    response = client.post(_add_url(CoursePage, index), _course_form(topic))
    assert response.status_code == 302
    course = CoursePage.objects.get(slug="bao-cao-mot-trang")
    revisions = course.revisions.count()

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[course.pk]),
        _course_form(topic, summary="Bản sửa gõ ngay trước khi lưu.", **{"action-publish": "1"}),
    )
    assert response.status_code == 302
    course.refresh_from_db()
    assert not course.live
    assert course.revisions.count() == revisions + 1  # the text is kept, as a draft
    assert course.get_latest_revision_as_object().summary == "Bản sửa gõ ngay trước khi lưu."
    said = " ".join(_messages(response))
    assert "chưa được xuất bản" in said or "not published" in said
    assert "đã được xuất bản" not in said and "has been published" not in said


def test_a_new_page_sent_for_publishing_by_a_trainer_stays_a_draft(client, trainer, pages):
    client.force_login(trainer)
    response = client.post(
        _add_url(LessonPage, pages["course"]),
        _lesson_form("Bài mới", "bai-moi", "Nội dung") | {"action-publish": "1"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    lesson = LessonPage.objects.get(slug="bai-moi")
    assert not lesson.live
    said = " ".join(_messages(response))
    assert "chưa được xuất bản" in said or "not published" in said
    assert "đã được xuất bản" not in said and "has been published" not in said


def test_an_administrator_still_publishes(client, administrator, pages):
    client.force_login(administrator)
    response = client.post(
        _add_url(LessonPage, pages["course"]),
        _lesson_form("Bài mới", "bai-moi", "Nội dung") | {"action-publish": "1"},
    )
    assert response.status_code == 302
    assert LessonPage.objects.get(slug="bai-moi").live
    assert not any("not published" in m or "chưa được xuất bản" in m for m in _messages(response))


def _bulk_actions(client, page):
    response = client.get(reverse("wagtailadmin_explore", args=[page.pk]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        a["href"].rstrip("/").rsplit("/", 1)[-1] for a in soup.select("[data-bulk-action-button]")
    }


def test_the_page_listing_offers_a_trainer_no_bulk_publishing(
    client, trainer, administrator, pages
):
    client.force_login(trainer)
    for parent in (pages["index"], pages["course"]):
        actions = _bulk_actions(client, parent)
        assert "move" in actions  # the other bulk actions stay
        assert "publish" not in actions and "unpublish" not in actions
    client.force_login(administrator)
    assert {"publish", "unpublish"} <= _bulk_actions(client, pages["course"])


def test_a_bulk_publish_sent_by_a_trainer_publishes_nothing(client, trainer, pages):
    lesson = pages["lesson"]
    lesson.title = "Bài sửa chưa duyệt"
    lesson.save_revision()
    client.force_login(trainer)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    client.post(f"{url}?id={lesson.pk}", {"include_descendants": ""})
    lesson.refresh_from_db()
    assert lesson.title != "Bài sửa chưa duyệt"
    assert lesson.has_unpublished_changes
