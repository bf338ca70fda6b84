"""Without a signing key the demo still loads its assignments, and says how to get certificates."""

import pytest
from django.core.management import call_command

from certificates.models import Certificate
from tracker.models import Assignment

pytestmark = pytest.mark.django_db


def test_without_a_signing_key_the_demo_loads_and_says_what_to_do(settings, tmp_path, capsys):
    settings.CERTIFICATE_SIGNING_KEY = str(tmp_path / "none.key")
    settings.CERTIFICATE_SIGNING_CERT = str(tmp_path / "none.crt")
    call_command("seed_demo", verbosity=2)
    assert "create_signing_key" in capsys.readouterr().out
    assert Assignment.objects.count() == 4
    assert not Certificate.objects.exists()
