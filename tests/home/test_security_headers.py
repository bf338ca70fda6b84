"""Headers everywhere: error pages (400, 403, 404, 500) carry the same security headers as
normal pages; the Wagtail admin has its own policy; the admin's preview may be framed by the
site itself (the preview panel) and by nobody else."""

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

SECURITY_HEADERS = [
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "X-Frame-Options",
]


def assert_site_headers(response):
    for header in SECURITY_HEADERS:
        assert response.has_header(header), header
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy and "'unsafe-inline'" not in policy
    assert response["X-Frame-Options"] == "DENY"


def test_a_normal_page_has_the_security_headers(client):
    assert_site_headers(client.get("/accounts/login/"))


def test_404_has_the_security_headers(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert_site_headers(response)


def test_403_has_the_security_headers(officer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(officer)
    response = client.post("/i18n/setlang/", {"language": "en"})
    assert response.status_code == 403
    assert_site_headers(response)


def test_400_has_the_security_headers(client, settings):
    settings.ALLOWED_HOSTS = ["daotao.example.vn"]
    response = client.get("/accounts/login/", HTTP_HOST="ke-gian.example")
    assert response.status_code == 400
    assert_site_headers(response)


def test_500_has_the_security_headers(settings):
    settings.ROOT_URLCONF = "tests.home.error_urls"
    response = Client(raise_request_exception=False).get("/broken-for-test/")
    assert response.status_code == 500
    assert_site_headers(response)


def test_the_admin_has_its_own_policy(client, administrator):
    client.force_login(administrator)
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    for directive in ("object-src 'none'", "base-uri 'self'", "form-action 'self'"):
        assert directive in policy
    assert "frame-ancestors 'self'" in policy
    assert "'unsafe-eval'" not in policy
    assert response["X-Frame-Options"] == "DENY"


def test_the_preview_may_be_framed_by_the_site_only(client, administrator, course):
    client.force_login(administrator)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[course.pk])
    response = client.get(url)
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy and "frame-ancestors 'none'" not in policy
    assert "'unsafe-inline'" not in policy  # the page's own strict policy
    assert response["X-Frame-Options"] == "SAMEORIGIN"
