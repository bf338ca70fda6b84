"""A trainer limited to some topics writes courses in those topics only, through the real admin.

Trainer "limited" may write for topic A only; "unlimited" has no limit; the administrator may
do everything. Refused admin views send the person back to the dashboard with a message.
"""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from courses import permissions
from courses.models import CoursePage, LessonPage, Topic
from tests.factories.courses import CoursePageFactory, LessonPageFactory, TopicFactory, catalogue
from tests.factories.people import TrainerTopicFactory

pytestmark = pytest.mark.django_db

REFUSED = reverse("wagtailadmin_home")


@pytest.fixture
def topic_a(topic):
    return topic


@pytest.fixture
def topic_b(db):
    return TopicFactory(name="Văn phòng số", slug="van-phong-so")


@pytest.fixture
def course_a(course):
    return course


@pytest.fixture
def course_b(topic_b):
    return CoursePageFactory(title="Văn phòng số cơ bản", slug="van-phong-so-co-ban", topic=topic_b)


@pytest.fixture
def draft_a(course_a):
    return LessonPageFactory(parent=course_a, title="Bản nháp A", slug="nhap-a", live=False)


@pytest.fixture
def draft_b(course_b):
    return LessonPageFactory(parent=course_b, title="Bản nháp B", slug="nhap-b", live=False)


@pytest.fixture
def limited(trainer, topic_a):
    TrainerTopicFactory(trainer=trainer, topic=topic_a.slug)
    return trainer


@pytest.fixture
def unlimited(db):
    from tests.factories import UserFactory

    return UserFactory(email="trainer.all@example.org", roles=["Trainer"])


def _course_form(topic, **overrides):
    data = {
        "title": "Viết báo cáo một trang",
        "slug": "bao-cao-mot-trang",
        "summary": "Vấn đề, phương án, nguồn lực, lộ trình, trách nhiệm.",
        "objectives": streamfield([]),
        "topic": topic.pk if topic is not None else "",
        "level": "basic",
        "estimated_minutes": 45,
        "cover_image_alt": "",
        "prerequisite_links": inline_formset([]),
        "enrolment_mode": "open",
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def _edit_form(course, topic=None, **overrides):
    overrides = {"title": course.title, "slug": course.slug, **overrides}
    return _course_form(topic or course.topic, **overrides)


def _lesson_form(slug):
    return nested_form_data(
        {
            "title": "Bài mới",
            "slug": slug,
            "estimated_minutes": 10,
            "required": "on",
            "body": streamfield([("rich_text", rich_text("<p>Nội dung.</p>"))]),
            "comments": inline_formset([]),
        }
    )


def _add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )


def _topic_errors(response):
    soup = BeautifulSoup(response.content, "html.parser")
    field = soup.find(attrs={"data-field-wrapper": True, "data-contentpath": "topic"}) or soup
    return " ".join(e.get_text(" ", strip=True) for e in field.select(".error-message"))


def _latest(page):
    return CoursePage.objects.get(pk=page.pk).get_latest_revision_as_object()


def _refused(response):
    return response.status_code == 302 and response["Location"] == REFUSED


# Creating a course ---------------------------------------------------------------------------


def test_a_limited_trainer_creates_a_course_in_their_topic(client, limited, topic_a):
    client.force_login(limited)
    response = client.post(_add_url(CoursePage, catalogue()), _course_form(topic_a))
    assert response.status_code == 302 and not _refused(response)
    assert CoursePage.objects.get(slug="bao-cao-mot-trang").topic == topic_a


def test_a_limited_trainer_cannot_create_a_course_in_another_topic(client, limited, topic_b):
    client.force_login(limited)
    response = client.post(_add_url(CoursePage, catalogue()), _course_form(topic_b))
    assert response.status_code == 200
    assert _topic_errors(response) == (
        "Bạn không được soạn khóa học thuộc chủ đề “Văn phòng số”. "
        "Các chủ đề bạn được giao: An toàn thông tin."
    )
    assert not CoursePage.objects.filter(slug="bao-cao-mot-trang").exists()


def test_a_limited_trainer_must_choose_a_topic(client, limited):
    client.force_login(limited)
    response = client.post(_add_url(CoursePage, catalogue()), _course_form(None))
    assert response.status_code == 200
    assert "Hãy chọn một trong các chủ đề bạn được giao: An toàn thông tin." in _topic_errors(
        response
    )
    assert not CoursePage.objects.filter(slug="bao-cao-mot-trang").exists()


def test_the_refusal_speaks_english_to_an_english_speaker(client, limited, topic_b):
    profile = UserProfile.get_for_user(limited)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(limited)
    response = client.post(_add_url(CoursePage, catalogue()), _course_form(topic_b))
    assert "You may not write courses in the topic “Văn phòng số”" in _topic_errors(response)


@pytest.mark.parametrize("who", ["unlimited", "administrator"])
def test_others_create_courses_in_any_topic_or_none(client, request, who, topic_b):
    client.force_login(request.getfixturevalue(who))
    response = client.post(_add_url(CoursePage, catalogue()), _course_form(topic_b))
    assert response.status_code == 302 and not _refused(response)
    response = client.post(_add_url(CoursePage, catalogue()), _course_form(None, slug="khong-cd"))
    assert response.status_code == 302 and not _refused(response)
    assert CoursePage.objects.filter(slug__in=["bao-cao-mot-trang", "khong-cd"]).count() == 2


# Editing a course ----------------------------------------------------------------------------


def test_a_limited_trainer_edits_a_course_of_their_topic(client, limited, course_a):
    client.force_login(limited)
    edit = reverse("wagtailadmin_pages:edit", args=[course_a.pk])
    assert client.get(edit).status_code == 200
    response = client.post(edit, _edit_form(course_a, summary="Tóm tắt mới."))
    assert response.status_code == 302 and not _refused(response)
    assert _latest(course_a).summary == "Tóm tắt mới."


def test_a_limited_trainer_cannot_move_a_course_to_another_topic(
    client, limited, course_a, topic_a, topic_b
):
    client.force_login(limited)
    edit = reverse("wagtailadmin_pages:edit", args=[course_a.pk])
    response = client.post(edit, _edit_form(course_a, topic_b))
    assert response.status_code == 200
    assert "Văn phòng số" in _topic_errors(response)
    assert _latest(course_a).topic == topic_a
    assert CoursePage.objects.get(pk=course_a.pk).topic == topic_a


def test_a_limited_trainer_cannot_open_or_change_a_course_of_another_topic(
    client, limited, course_b, topic_a
):
    client.force_login(limited)
    edit = reverse("wagtailadmin_pages:edit", args=[course_b.pk])
    assert _refused(client.get(edit))
    for action in ({}, {"action-submit": "1"}, {"action-publish": "1"}):
        response = client.post(edit, _edit_form(course_b, topic_a, title="Đổi tên", **action))
        assert _refused(response)
    course_b.refresh_from_db()
    assert course_b.title == "Văn phòng số cơ bản" and course_b.topic.slug == "van-phong-so"
    assert course_b.revisions.count() == 0
    assert course_b.current_workflow_state is None


@pytest.mark.parametrize("who", ["unlimited", "administrator"])
def test_others_edit_courses_of_any_topic(client, request, who, course_b):
    client.force_login(request.getfixturevalue(who))
    edit = reverse("wagtailadmin_pages:edit", args=[course_b.pk])
    response = client.post(edit, _edit_form(course_b, summary="Đã sửa."))
    assert response.status_code == 302 and not _refused(response)
    assert _latest(course_b).summary == "Đã sửa."


def test_an_administrator_publishes_a_course_of_any_topic(client, administrator, course_b):
    client.force_login(administrator)
    edit = reverse("wagtailadmin_pages:edit", args=[course_b.pk])
    response = client.post(
        edit, _edit_form(course_b, title="Đã xuất bản", **{"action-publish": "1"})
    )
    assert response.status_code == 302 and not _refused(response)
    course_b.refresh_from_db()
    assert course_b.title == "Đã xuất bản" and course_b.live


# Lessons: adding, editing, deleting, moving --------------------------------------------------


def test_a_limited_trainer_adds_lessons_to_courses_of_their_topic_only(
    client, limited, course_a, course_b
):
    client.force_login(limited)
    response = client.post(_add_url(LessonPage, course_a), _lesson_form("bai-moi-a"))
    assert response.status_code == 302 and not _refused(response)
    assert LessonPage.objects.child_of(course_a).filter(slug="bai-moi-a").exists()

    assert _refused(client.get(_add_url(LessonPage, course_b)))
    assert _refused(client.post(_add_url(LessonPage, course_b), _lesson_form("bai-moi-b")))
    subpage = reverse("wagtailadmin_pages:add_subpage", args=[course_b.pk])
    assert _refused(client.get(subpage))
    assert not LessonPage.objects.child_of(course_b).exists()


@pytest.mark.parametrize("who", ["unlimited", "administrator"])
def test_others_add_lessons_to_courses_of_any_topic(client, request, who, course_b):
    client.force_login(request.getfixturevalue(who))
    response = client.post(_add_url(LessonPage, course_b), _lesson_form("bai-moi-b"))
    assert response.status_code == 302 and not _refused(response)
    assert LessonPage.objects.child_of(course_b).filter(slug="bai-moi-b").exists()


def test_a_limited_trainer_cannot_edit_a_lesson_of_another_topic(client, limited, draft_b):
    client.force_login(limited)
    edit = reverse("wagtailadmin_pages:edit", args=[draft_b.pk])
    assert _refused(client.get(edit))
    assert _refused(client.post(edit, _lesson_form(draft_b.slug)))
    assert LessonPage.objects.get(pk=draft_b.pk).title == "Bản nháp B"


def test_a_limited_trainer_deletes_draft_lessons_of_their_topic_only(
    client, limited, draft_a, draft_b
):
    client.force_login(limited)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[draft_b.pk]))
    assert _refused(response)
    assert LessonPage.objects.filter(pk=draft_b.pk).exists()
    response = client.post(reverse("wagtailadmin_pages:delete", args=[draft_a.pk]))
    assert response.status_code == 302 and not _refused(response)
    assert not LessonPage.objects.filter(pk=draft_a.pk).exists()


@pytest.mark.parametrize("who", ["unlimited", "administrator"])
def test_others_delete_lessons_of_any_topic(client, request, who, draft_b):
    client.force_login(request.getfixturevalue(who))
    response = client.post(reverse("wagtailadmin_pages:delete", args=[draft_b.pk]))
    assert response.status_code == 302 and not _refused(response)
    assert not LessonPage.objects.filter(pk=draft_b.pk).exists()


def test_a_limited_trainer_moves_no_lesson_into_or_out_of_another_topic(
    client, limited, course_a, course_b, draft_a, draft_b
):
    client.force_login(limited)
    into_b = reverse("wagtailadmin_pages:move_confirm", args=[draft_a.pk, course_b.pk])
    out_of_b = reverse("wagtailadmin_pages:move_confirm", args=[draft_b.pk, course_a.pk])
    client.post(into_b)
    client.post(out_of_b)
    assert LessonPage.objects.get(pk=draft_a.pk).get_parent().pk == course_a.pk
    assert LessonPage.objects.get(pk=draft_b.pk).get_parent().pk == course_b.pk


def test_an_unlimited_trainer_moves_a_draft_lesson_between_courses(
    client, unlimited, course_b, draft_a
):
    client.force_login(unlimited)
    client.post(reverse("wagtailadmin_pages:move_confirm", args=[draft_a.pk, course_b.pk]))
    assert LessonPage.objects.get(pk=draft_a.pk).get_parent().pk == course_b.pk


# What each person may do, as Wagtail sees it -------------------------------------------------


def test_the_page_permissions_follow_the_course_topic(
    limited, unlimited, administrator, course_a, course_b, draft_b
):
    from tests.factories.quizzes import make_quiz

    quiz_b = make_quiz(course_b)
    for page in (course_b, draft_b, quiz_b, LessonPage.objects.get(pk=draft_b.pk).page_ptr):
        perms = page.permissions_for_user(limited)
        assert not perms.can_edit() and not perms.can_add_subpage()
        assert not perms.can_delete() and not perms.can_move() and not perms.can_copy()
        assert not perms.can_lock() and not perms.can_submit_for_moderation()
        assert page.permissions_for_user(unlimited).can_edit()
        assert page.permissions_for_user(administrator).can_publish()
    assert course_a.permissions_for_user(limited).can_edit()
    assert course_a.permissions_for_user(limited).can_add_subpage()
    assert catalogue().permissions_for_user(limited).can_add_subpage()


def test_a_course_without_a_topic_is_closed_to_a_limited_trainer(limited, unlimited):
    course = CoursePageFactory(title="Chưa phân loại", slug="chua-phan-loai", topic=None)
    assert not course.permissions_for_user(limited).can_edit()
    assert course.permissions_for_user(unlimited).can_edit()


def test_a_trainer_limited_to_several_topics_writes_for_each(limited, course_a, course_b, topic_b):
    TrainerTopicFactory(trainer=limited, topic=topic_b.slug)
    assert permissions.closed_course_paths(limited) == frozenset()
    assert course_b.permissions_for_user(limited).can_edit()


# Topics themselves ---------------------------------------------------------------------------


def test_a_limited_trainer_edits_only_their_own_topics(client, limited, topic_a, topic_b):
    client.force_login(limited)
    edit_b = reverse("wagtailsnippets_courses_topic:edit", args=[topic_b.pk])
    data = {"name": "Văn phòng số", "slug": "an-toan-thong-tin-2", "description": ""}
    assert _refused(client.get(edit_b))
    assert _refused(client.post(edit_b, data))
    delete_b = reverse("wagtailsnippets_courses_topic:delete", args=[topic_b.pk])
    assert _refused(client.post(delete_b))
    assert Topic.objects.get(pk=topic_b.pk).slug == "van-phong-so"

    edit_a = reverse("wagtailsnippets_courses_topic:edit", args=[topic_a.pk])
    data = {"name": "An toàn thông tin", "slug": topic_a.slug, "description": "Mô tả."}
    response = client.post(edit_a, data)
    assert response.status_code == 302 and not _refused(response)
    assert Topic.objects.get(pk=topic_a.pk).description == "Mô tả."


# The explorer and the course listing still work, at a fixed cost -----------------------------


def _count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def _edit_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    hrefs = {a["href"].split("?")[0] for a in soup.select("tbody a[href]")}
    return {href for href in hrefs if href.endswith("/edit/")}


@pytest.mark.parametrize("listing", ["explorer", "course_listing"])
def test_the_listings_show_every_course_but_offer_edits_of_open_ones(
    client, limited, course_a, course_b, topic_a, topic_b, listing
):
    client.force_login(limited)
    if listing == "explorer":
        url = reverse("wagtailadmin_explore", args=[catalogue().pk])
    else:
        url = reverse("course_listing:index")
    before, response = _count(client, url)
    text = response.content.decode()
    assert course_a.title in text and course_b.title in text
    links = _edit_links(response)
    assert reverse("wagtailadmin_pages:edit", args=[course_a.pk]) in links
    assert reverse("wagtailadmin_pages:edit", args=[course_b.pk]) not in links

    for n in range(3):
        CoursePageFactory(title=f"Thêm A {n}", slug=f"them-a-{n}", topic=topic_a)
        CoursePageFactory(title=f"Thêm B {n}", slug=f"them-b-{n}", topic=topic_b)
    after, response = _count(client, url)
    assert after == before
    assert len(_edit_links(response)) == 4
