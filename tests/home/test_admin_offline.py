"""The Wagtail admin works on a closed network: nothing in it reaches for another site."""

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
