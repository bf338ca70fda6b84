"""Role groups and permissions read in the reader's language on the admin's screens, while the
stored names stay the English keys the code looks them up by."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.utils import translation

from people.roles import ADMINISTRATOR, OFFICER, TRAINER

pytestmark = pytest.mark.django_db


def _vietnamese(client):
    client.cookies["kns_language"] = "vi"


def test_a_role_group_prints_as_its_label_in_each_language():
    group = Group.objects.get(name=TRAINER)
    with translation.override("vi"):
        assert str(group) == "Giảng viên"
    with translation.override("en"):
        assert str(group) == "Trainer"
    assert group.name == TRAINER


def test_a_group_that_is_no_role_prints_as_its_name():
    assert str(Group.objects.create(name="Ban biên tập")) == "Ban biên tập"


def test_a_model_permission_is_worded_from_the_translated_model_name():
    permission = Permission.objects.get(codename="add_coursepage")
    with translation.override("vi"):
        assert str(permission) == "Thêm khóa học"
    with translation.override("en"):
        assert str(permission) == "Can add course"
    assert permission.name == "Can add course"


def test_a_custom_permission_keeps_its_own_translated_name():
    with translation.override("vi"):
        assert str(Permission.objects.get(codename="access_admin")) == (
            "Có thể truy cập trang quản trị Wagtail"
        )


def test_the_group_list_shows_the_roles_in_vietnamese(client, administrator):
    client.force_login(administrator)
    _vietnamese(client)
    page = BeautifulSoup(client.get("/admin/groups/").content, "html.parser")
    names = [cell.get_text(" ", strip=True) for cell in page.select("td.title")]
    assert sorted(names) == ["Cán bộ", "Giảng viên", "Quản lý", "Quản trị viên"]
    assert ADMINISTRATOR not in " ".join(names) and OFFICER not in " ".join(names)


def test_the_group_form_names_permissions_and_roles_in_vietnamese(client, administrator):
    client.force_login(administrator)
    _vietnamese(client)
    group = Group.objects.get(name=ADMINISTRATOR)
    page = BeautifulSoup(client.get(f"/admin/groups/edit/{group.pk}/").content, "html.parser")
    text = page.get_text(" ", strip=True)
    assert "Quản trị viên" in text
    for english in ("Can add", "Can change", "Publish any page", "Administrator"):
        assert english not in text


def test_yes_and_no_cells_say_so_in_words(client, administrator, org):
    client.force_login(administrator)
    _vietnamese(client)
    page = BeautifulSoup(client.get("/admin/units/").content, "html.parser")
    titles = {t.get_text(strip=True) for t in page.select("td .w-sr-only")}
    assert "Có" in titles
    assert not titles & {"True", "False", "None"}


def test_the_admin_header_actions_are_labelled_in_vietnamese(client, administrator):
    client.force_login(administrator)
    _vietnamese(client)
    page = BeautifulSoup(client.get("/admin/units/").content, "html.parser")
    assert page.select_one("#w-slim-header-buttons")["aria-label"] == "Thao tác"
