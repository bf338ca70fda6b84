"""Authoring in the Wagtail admin: trainers write and submit, administrators approve."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses import services
from courses.models import CourseIndexPage, CoursePage, LessonPage, Topic
from people.roles import TRAINER
from tests.factories.courses import catalogue

pytestmark = pytest.mark.django_db


def _course_form(topic, **overrides):
    data = {
        "title": "Viết báo cáo một trang",
        "slug": "bao-cao-mot-trang",
        "summary": "Vấn đề, phương án, nguồn lực, lộ trình, trách nhiệm.",
        "objectives": streamfield([("objective", "Nêu rõ vấn đề trong hai câu.")]),
        "topic": topic.pk,
        "level": "intermediate",
        "estimated_minutes": 45,
        "cover_image_alt": "",
        "prerequisite_links": inline_formset([]),
        "enrolment_mode": "open",
        "issues_certificate": "on",
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def _lesson_form(title, slug, text):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "estimated_minutes": 15,
            "required": "on",
            "body": streamfield(
                [
                    ("heading", "Mở đầu"),
                    ("rich_text", rich_text(f"<p>{text}</p>")),
                    (
                        "callout",
                        {"kind": "tip", "title": "Mẹo", "text": rich_text("<p>Ngắn gọn.</p>")},
                    ),
                ]
            ),
            "comments": inline_formset([]),
        }
    )


def _add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )


def _approve(client, page):
    state = WorkflowState.objects.get(
        base_content_type__isnull=False, object_id=str(page.pk), status="in_progress"
    )
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""})


def test_a_trainer_writes_a_course_with_two_lessons_and_an_administrator_publishes_it(
    client, trainer, administrator
):
    index = catalogue()
    topic = Topic.objects.get(slug="phan-tich-va-tong-hop")
    client.force_login(trainer)

    response = client.post(
        _add_url(CoursePage, index), _course_form(topic, **{"action-submit": "1"})
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    course = CoursePage.objects.get(slug="bao-cao-mot-trang")
    assert not course.live
    assert course.current_workflow_state.status == "in_progress"

    for n, (title, text) in enumerate([("Nêu vấn đề", "Vấn đề là gì"), ("Lộ trình", "Ai làm gì")]):
        response = client.post(
            _add_url(LessonPage, course),
            _lesson_form(title, f"bai-{n + 1}", text) | {"action-submit": "1"},
        )
        assert response.status_code == 302, response.content.decode()[:3000]
    lessons = list(LessonPage.objects.child_of(course))
    assert [lesson.title for lesson in lessons] == ["Nêu vấn đề", "Lộ trình"]
    assert not any(lesson.live for lesson in lessons)

    # Trainers cannot publish themselves.
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[course.pk]),
        _course_form(topic, **{"action-publish": "1"}),
    )
    course.refresh_from_db()
    assert not course.live

    client.force_login(administrator)
    for page in [course, *lessons]:
        response = _approve(client, page)
        assert response.status_code in (200, 302)
    course.refresh_from_db()
    assert course.live and course.issues_certificate
    assert all(LessonPage.objects.get(pk=lesson.pk).live for lesson in lessons)
    assert course.search_title_plain.strip() == "viet bao cao mot trang"
    assert course.revisions.count() >= 1

    # The course is now in the catalogue, and learners can take it.
    response = client.get("/courses/", {"q": "bao cao"})
    assert "Viết báo cáo một trang" in response.content.decode()


def test_the_catalogue_puts_courses_under_the_administrators_approval(db):
    index = catalogue()
    workflow = index.get_workflow()
    assert workflow is not None and workflow.active
    task = workflow.tasks.first().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Administrator"]
    # Course pages under the catalogue inherit it.
    course = CoursePage(title="X", slug="x", summary="x")
    index.add_child(instance=course)
    assert course.get_workflow() == workflow
    assert services.ensure_course_workflow(index) == workflow  # idempotent


def test_a_trainer_may_add_topics_but_not_see_learner_records(client, trainer):
    client.force_login(trainer)
    response = client.post(
        reverse("wagtailsnippets_courses_topic:add"), {"name": "Chuyển đổi số", "slug": ""}
    )
    assert response.status_code == 302
    assert Topic.objects.get(name="Chuyển đổi số").slug == "chuyen-doi-so"
    codenames = set(
        Permission.objects.filter(
            group__name=TRAINER, content_type__app_label="courses"
        ).values_list("codename", flat=True)
    )
    assert {"add_topic", "change_topic", "add_coursepage", "change_lessonpage"} <= codenames
    assert not {c for c in codenames if "enrolment" in c or "itemprogress" in c}
    assert not {c for c in codenames if "coursesettings" in c}


def test_the_admin_course_listing_shows_enrolled_and_completed_counts(
    client, trainer, course, lessons, officer, other_officer
):
    services.enrol(officer, course)
    services.enrol(other_officer, course)
    for lesson in lessons:
        services.mark_item_done(officer, lesson)
    client.force_login(trainer)
    response = client.get(reverse("course_listing:index"))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    row = next(tr for tr in soup.select("tbody tr") if course.title in tr.get_text())
    cells = [td.get_text(strip=True) for td in row.find_all("td")]
    assert cells[-2:] == ["2", "1"]


def test_scheduled_publishing_publishes_the_course_at_its_time(officer):
    import datetime

    import time_machine
    from django.core.management import call_command
    from django.utils import timezone

    index = catalogue()
    course = CoursePage(title="Khóa hẹn giờ", slug="hen-gio", summary="Sẽ mở sau.", live=False)
    index.add_child(instance=course)
    go_live = timezone.now() + datetime.timedelta(days=2)
    course.go_live_at = go_live
    course.save_revision().publish()
    course.refresh_from_db()
    assert not course.live
    with pytest.raises(services.CourseNotAvailable):
        services.enrol(officer, course)
    with time_machine.travel(go_live + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled", verbosity=0)
    course.refresh_from_db()
    assert course.live
    assert services.enrol(officer, course)


def test_a_lesson_may_not_take_a_reserved_address(course):
    from django.core.exceptions import ValidationError

    lesson = LessonPage(title="Ghi danh", slug="enrol")
    with pytest.raises(ValidationError) as refusal:
        course.add_child(instance=lesson)
    assert "slug" in refusal.value.message_dict


def test_course_children_are_course_items_only(course):
    allowed = CoursePage.allowed_subpage_models()
    assert LessonPage in allowed
    assert all(getattr(model, "is_course_item", False) for model in allowed)
    assert CourseIndexPage not in allowed
    assert Page.objects.type(CourseIndexPage).count() == 1


def test_a_cover_image_needs_alternative_text(course):
    from django.core.exceptions import ValidationError
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    course.cover_image = get_image_model().objects.create(title="Bìa", file=get_test_image_file())
    course.cover_image_alt = "  "
    with pytest.raises(ValidationError, match="cover_image_alt"):
        course.full_clean()
    course.cover_image_alt = "Cán bộ đang làm việc với bảng tính"
    course.full_clean()


def test_a_topic_in_use_cannot_be_deleted(client, administrator, course):
    client.force_login(administrator)
    url = reverse("wagtailsnippets_courses_topic:delete", args=[course.topic.pk])
    response = client.post(url)
    assert response.status_code in (200, 302, 403)
    assert Topic.objects.filter(pk=course.topic.pk).exists()
