"""Private files stay private and no uploaded file runs script: certificates, exports and lesson
documents live in private storage, go out only through views that check access, and always as
inert attachments; old copies left in the public media folder are never served."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model

from config.storage import media_storage
from tests.factories.certificates import CertificateFactory

pytestmark = pytest.mark.django_db

INERT = "default-src 'none'; sandbox"


@pytest.fixture(autouse=True)
def folders(settings, tmp_path):
    """Public media and private files in two folders on disk, as in production."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": media_storage(
            "django.core.files.storage.FileSystemStorage", {"location": settings.MEDIA_ROOT}
        ),
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private")},
        },
    }
    return tmp_path


def assert_inert(response):
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == INERT


def document(name, content):
    return get_document_model().objects.create(title=name, file=ContentFile(content, name=name))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("trang.html", b"<html><script>alert(document.cookie)</script></html>"),
        ("hinh.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("tai-lieu.pdf", b"%PDF-1.4 demo"),
    ],
)
def test_a_document_is_never_served_inline(client, administrator, folders, name, content):
    doc = document(name, content)
    assert storages["private"].exists(doc.file.name)
    assert not (folders / "media" / doc.file.name).exists()
    client.force_login(administrator)
    response = client.get(doc.url)
    assert response.status_code == 200
    assert_inert(response)
    assert b"".join(response.streaming_content) == content


def test_anonymous_requests_for_private_folders_under_media_are_refused(client, folders):
    for folder in ("certificates/2026/01", "exports/2026/01/x", "documents"):
        stale = folders / "media" / folder / "left-over.pdf"
        stale.parent.mkdir(parents=True)
        stale.write_bytes(b"%PDF-1.4 old public copy")
        assert client.get(f"/media/{folder}/left-over.pdf").status_code == 404
    image = folders / "media" / "images" / "anh.png"
    image.parent.mkdir(parents=True)
    image.write_bytes(b"\x89PNG")
    assert client.get("/media/images/anh.png").status_code == 200  # public media stays public


def test_a_certificate_pdf_is_private_and_an_inert_attachment(client, officer, folders):
    certificate = CertificateFactory(user=officer)
    assert storages["private"].exists(certificate.pdf.name)
    assert not (folders / "media" / certificate.pdf.name).exists()
    url = reverse("certificates:certificate", args=[certificate.code])
    assert client.get(url).status_code == 302
    client.force_login(officer)
    response = client.get(url)
    assert response.status_code == 200
    assert_inert(response)


@pytest.mark.parametrize(
    ("who", "status"),
    [("officer", 404), ("manager", 404), ("other_officer", 404), ("administrator", 200)],
)
def test_a_revoked_certificate_pdf_goes_only_to_administrators(
    client, request, officer, administrator, who, status
):
    certificate = CertificateFactory(user=officer)
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = administrator
    certificate.save()
    client.force_login(request.getfixturevalue(who))
    url = reverse("certificates:certificate", args=[certificate.code])
    assert client.get(url).status_code == status


def _upload(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


@pytest.mark.parametrize("name", ["trang.html", "hinh.svg", "chay.exe"])
def test_documents_of_kinds_not_on_the_list_are_refused(client, administrator, name):
    client.force_login(administrator)
    response = _upload(client, name, b"<script>alert(1)</script>")
    assert response.status_code == 200  # the form again, with its error
    assert not get_document_model().objects.exists()


def test_documents_over_the_size_limit_are_refused(client, administrator, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    client.force_login(administrator)
    assert _upload(client, "lon.pdf", b"%PDF" + b"0" * 2048).status_code == 200
    assert not get_document_model().objects.exists()
    assert _upload(client, "nho.pdf", b"%PDF-1.4 small").status_code == 302
    doc = get_document_model().objects.get()
    assert storages["private"].exists(doc.file.name)


def test_production_does_not_serve_media_unless_told(monkeypatch):
    import importlib

    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    monkeypatch.setenv("ALLOWED_HOSTS", "example.org")
    monkeypatch.setenv("SITE_URL", "https://example.org")
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/15")
    monkeypatch.delenv("SERVE_MEDIA", raising=False)
    base = importlib.import_module("config.settings.base")

    def production_settings():
        importlib.reload(base)  # production starts from base, read with this environment
        return importlib.reload(importlib.import_module("config.settings.production"))

    try:
        assert production_settings().SERVE_MEDIA is False
        monkeypatch.setenv("SERVE_MEDIA", "true")
        assert production_settings().SERVE_MEDIA is True
    finally:
        monkeypatch.undo()
        importlib.reload(base)


@pytest.mark.parametrize(
    "url",
    [
        "/people/export/csv/",
        "/people/export/xlsx/",
        "/admin/staff-import/template/csv/",
        "/admin/staff-import/template/xlsx/",
    ],
)
def test_every_spreadsheet_download_is_an_inert_attachment(client, administrator, url):
    client.force_login(administrator)
    response = client.get(url)
    assert response.status_code == 200
    assert_inert(response)
