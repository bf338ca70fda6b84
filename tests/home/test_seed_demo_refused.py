"""The demo is never loaded where demo data is not allowed (production)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_seed_demo_is_refused_under_production_settings(settings):
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(CommandError, match="cấu hình vận hành chính thức"):
        call_command("seed_demo", verbosity=0)
    assert not get_user_model().objects.filter(email="officer@example.org").exists()
