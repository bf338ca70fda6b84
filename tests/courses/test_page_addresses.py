"""Pages created in the admin get plain-ASCII addresses, as the demo courses have: an empty
address is made from the title ("an-toan-thong-tin"), unique among its siblings, and one typed
with diacritics loses them."""

import pytest

from courses.models import CoursePage, LessonPage
from tests.courses.test_topic_limits import _add_url, _course_form, _lesson_form
from tests.factories.quizzes import course_index, make_course

pytestmark = pytest.mark.django_db


def add_course(client, **fields):
    return client.post(_add_url(CoursePage, course_index()), _course_form(None, **fields))


def test_a_course_saved_without_an_address_takes_it_from_its_title(client, administrator):
    client.force_login(administrator)
    response = add_course(client, title="An toàn thông tin: Đặt mật khẩu", slug="")
    assert response.status_code == 302
    assert CoursePage.objects.get().slug == "an-toan-thong-tin-dat-mat-khau"


def test_a_second_course_of_the_same_title_gets_its_own_address(client, administrator):
    client.force_login(administrator)
    add_course(client, title="An toàn thông tin", slug="")
    add_course(client, title="An toàn thông tin", slug="")
    assert sorted(CoursePage.objects.values_list("slug", flat=True)) == [
        "an-toan-thong-tin",
        "an-toan-thong-tin-2",
    ]


def test_an_address_typed_with_diacritics_is_made_plain(client, administrator):
    client.force_login(administrator)
    assert add_course(client, title="Khóa", slug="Bảo mật dữ liệu").status_code == 302
    assert CoursePage.objects.get().slug == "bao-mat-du-lieu"


def test_a_course_without_title_or_address_is_refused_with_a_message(client, administrator):
    client.force_login(administrator)
    response = add_course(client, title="", slug="")
    assert response.status_code == 200
    assert not CoursePage.objects.exists()
    assert response.context["form"].errors["title"]


def test_lessons_take_plain_addresses_too(client, administrator):
    course = make_course()
    client.force_login(administrator)
    data = _lesson_form("")
    data["title"] = "Bài một: Đăng nhập"
    assert client.post(_add_url(LessonPage, course), data).status_code == 302
    assert LessonPage.objects.get().slug == "bai-mot-dang-nhap"
