"""The public certificate check: limited per client address (counted in the shared cache), and
a revoked certificate shows its category, never the administrator's own words."""

import uuid

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from certificates import services
from tests.factories.certificates import CertificateFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def limits(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": f"kns-test-{uuid.uuid4().hex}",
        }
    }
    settings.CERTIFICATE_VERIFY_PER_MINUTE = 5


def test_the_check_is_limited_per_address(client, limits):
    certificate = CertificateFactory()
    url = reverse("certificates:verify", args=[certificate.code])
    statuses = [client.get(url).status_code for _attempt in range(6)]
    assert statuses == [200] * 5 + [429]
    other = client.get(url, REMOTE_ADDR="192.0.2.50")
    assert other.status_code == 200
    guesses = client.get(reverse("certificates:verify", args=["KNS-0000-0000-0000"]))
    assert guesses.status_code == 429
    assert client.get(reverse("certificates:verify_lookup")).status_code == 429


def test_a_revoked_certificate_shows_the_category_not_the_free_text(client, administrator):
    certificate = CertificateFactory()
    services.revoke_certificate(
        administrator,
        certificate,
        reason="Ông A nhờ người làm bài hộ, theo biên bản số 12",
        category="misconduct",
    )
    client.cookies["kns_language"] = "en"
    page = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
    assert "Dishonesty in the assessment" in page
    assert "biên bản" not in page
    entry = ModelLogEntry.objects.get(action="certificates.revoke")
    assert entry.user == administrator
    assert entry.data["category"] == "misconduct"
