"""Wagtail's own Vietnamese, where it shows on our screens, reads right: corrected in the
project's overrides (translations/wagtail and translations/templates)."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def test_an_action_and_publish_keeps_a_space():
    with translation.override("vi"):
        label = translation.gettext("Approve")
        assert translation.gettext("%(label)s and Publish") % {"label": label} == (
            "Phê duyệt và xuất bản"
        )


def test_wagtails_pages_are_not_our_page_count():
    with translation.override("vi"):
        assert str(Page._meta.verbose_name_plural) == "trang"
        assert translation.pgettext("count", "pages") == "số trang"


def test_a_page_without_children_says_so_instead_of_one_to_zero(client, administrator):
    leaf = Page.objects.get(depth=2)
    assert not leaf.get_children().exists()
    client.force_login(administrator)
    client.cookies["kns_language"] = "vi"
    text = BeautifulSoup(client.get(f"/admin/pages/{leaf.pk}/").content, "html.parser").get_text(
        " ", strip=True
    )
    assert "Chưa có trang nào ở đây." in text
    assert "1-0" not in text and "trong số 0" not in text
