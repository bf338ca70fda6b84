"""Who may see the catalogue, a course and its lessons, and who may act on them."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from courses.models import Enrolment, EnrolmentMode, ItemProgress
from people.roles import MANAGER

pytestmark = pytest.mark.django_db


def _login_redirect(response, url):
    return response.status_code == 302 and response["Location"].startswith(
        f"/accounts/login/?next={url}"
    )


# Anonymous


def test_anyone_may_browse_the_catalogue(client, course, lessons):
    response = client.get("/courses/")
    assert response.status_code == 200
    assert course.title in response.content.decode()


def test_anonymous_visitors_are_sent_to_sign_in_from_course_lesson_and_actions(
    client, course, lessons
):
    for url in (course.url, lessons[0].url):
        assert _login_redirect(client.get(url), url)
    assert _login_redirect(client.post(course.url + "enrol/"), course.url + "enrol/")
    done = lessons[0].url + "done/"
    assert _login_redirect(client.post(done), done)
    assert not Enrolment.objects.exists()


# Signed in, not enrolled


def test_any_signed_in_person_may_read_a_course_page(client, outsider, course, lessons):
    client.force_login(outsider)
    response = client.get(course.url)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]
    body = response.content.decode()
    assert lessons[0].title in body
    assert f'href="{lessons[0].url}"' not in body  # the outline does not link to lessons


def test_lessons_are_refused_until_enrolled(client, officer, course, lessons):
    client.force_login(officer)
    response = client.get(lessons[0].url)
    assert response.status_code == 302
    assert response["Location"] == course.url
    assert not ItemProgress.objects.exists()


def test_marking_done_without_enrolment_is_refused(client, officer, course, lessons):
    client.force_login(officer)
    response = client.post(lessons[0].url + "done/")
    assert response.status_code == 302
    assert response["Location"] == course.url
    assert not ItemProgress.objects.exists()


def test_an_officer_enrols_from_the_course_page_and_lands_on_the_first_lesson(
    client, officer, course, lessons
):
    client.force_login(officer)
    response = client.post(course.url + "enrol/")
    assert response.status_code == 302
    assert response["Location"] == lessons[0].url
    assert Enrolment.objects.get(user=officer, course=course).source == "self"


def test_enrol_by_get_changes_nothing(client, officer, course, lessons):
    client.force_login(officer)
    assert client.get(course.url + "enrol/").status_code == 302
    assert not Enrolment.objects.exists()


def test_an_assignment_only_course_refuses_self_enrolment(client, officer, course, lessons):
    course.enrolment_mode = EnrolmentMode.ASSIGNMENT_ONLY
    course.save_revision().publish()
    client.force_login(officer)
    page = client.get(course.url).content.decode()
    assert "enrol/" not in page
    response = client.post(course.url + "enrol/", follow=True)
    assert not Enrolment.objects.exists()
    assert "assignment only" in response.content.decode() or "phân công" in (
        response.content.decode()
    )


# Enrolled


def test_an_enrolled_officer_opens_lessons_and_marks_them_done(
    client, enrolled_officer, course, lessons
):
    client.force_login(enrolled_officer)
    response = client.get(lessons[0].url)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    response = client.post(lessons[0].url + "done/")
    assert response["Location"] == lessons[1].url
    assert ItemProgress.objects.get(user=enrolled_officer, item=lessons[0]).done_at


def test_enrolment_in_one_course_opens_no_other(client, enrolled_officer, lessons):
    from tests.factories.courses import CoursePageFactory, LessonPageFactory

    other = CoursePageFactory(title="Khóa khác", slug="khoa-khac")
    other_lesson = LessonPageFactory(parent=other)
    client.force_login(enrolled_officer)
    assert client.get(other_lesson.url)["Location"] == other.url


def test_another_officers_progress_is_not_touched(client, enrolled_officer, other_officer, lessons):
    client.force_login(enrolled_officer)
    client.post(lessons[0].url + "done/")
    assert not ItemProgress.objects.filter(user=other_officer).exists()


# Editors


def test_trainers_may_read_lessons_without_enrolling_and_nothing_is_recorded(
    client, trainer, course, lessons
):
    client.force_login(trainer)
    response = client.get(lessons[0].url)
    assert response.status_code == 200
    assert "progress is not recorded" in response.content.decode() or (
        "không được ghi nhận" in response.content.decode()
    )
    assert not ItemProgress.objects.exists()
    assert not Enrolment.objects.exists()


# Wagtail page privacy still applies on top


def test_page_privacy_restricts_course_and_lessons_to_a_group(
    client, enrolled_officer, manager, course, lessons
):
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=MANAGER)])
    client.force_login(enrolled_officer)
    for response in (
        client.get(course.url),
        client.get(lessons[0].url),
        client.post(lessons[0].url + "done/"),
    ):
        assert response.status_code == 302  # Wagtail asks for another sign-in
        assert "login" in response["Location"]
    assert not ItemProgress.objects.exists()
    client.force_login(manager)
    assert client.get(course.url).status_code == 200


def test_restricted_courses_are_hidden_from_anonymous_catalogue(client, course, lessons):
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    assert course.title not in client.get("/courses/").content.decode()


def test_an_unpublished_course_and_its_lessons_are_not_found(
    client, enrolled_officer, course, lessons
):
    course.unpublish()
    client.force_login(enrolled_officer)
    assert client.get(course.url).status_code == 404
    assert client.get(lessons[0].url).status_code == 404
    assert course.title not in client.get("/courses/").content.decode()
