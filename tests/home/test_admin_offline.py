"""The Wagtail admin works on a closed network: nothing in it reaches for another site."""

import json
import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def dashboard(client, trainer):
    client.force_login(trainer)
    return client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_admin_dashboard_loads_nothing_from_other_sites(dashboard):
    assert "gravatar.com" not in dashboard
    assert not re.search(r'<(?:img|script)[^>]+src="(?://|https?://)', dashboard)
    assert not re.search(r'<link[^>]+href="(?://|https?://)', dashboard)


def test_the_help_menu_keeps_only_what_works_offline(dashboard):
    sidebar = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        dashboard,
        re.S,
    )
    assert sidebar is not None
    assert "guide.wagtail.org" not in sidebar.group(1)
    assert "whats-new-in-wagtail" not in sidebar.group(1)
    assert "keyboard" in sidebar.group(1).lower()  # the shortcuts dialog stays


def test_the_admin_speaks_vietnamese_where_wagtail_leaves_english(client, trainer):
    from tests.factories.courses import CoursePageFactory

    course = CoursePageFactory()
    client.force_login(trainer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    sidebar = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S
    )
    menu = json.dumps(json.loads(sidebar.group(1)), ensure_ascii=False)
    for label in ("Trang", "Hình ảnh", "Tài liệu", "Trợ giúp"):
        assert f'"{label}"' in menu
    assert '"Images"' not in menu and '"Documents"' not in menu
    explorer = client.get(reverse("wagtailadmin_explore", args=[course.get_parent().pk]))
    text = explorer.content.decode()
    assert "Tìm kiếm" in text and "Trạng thái" in text
    assert ">Status<" not in text and "Search all pages" not in text


def test_the_admin_scripts_speak_vietnamese_too(client, trainer):
    client.force_login(trainer)
    catalogue = client.get("/admin/jsi18n/").content.decode()
    # The catalogue is JSON inside a script: non-ASCII letters come escaped.
    assert json.dumps("Đang tự động lưu…") in catalogue
