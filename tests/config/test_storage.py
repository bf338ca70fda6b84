"""Where files live: a local or shared folder, or S3-compatible storage, chosen by settings."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.storage import storages_from_env


def test_by_default_files_live_in_folders_and_private_files_outside_public_media(monkeypatch):
    monkeypatch.delenv("STORAGE_BACKEND", raising=False)
    storages = storages_from_env("/srv/kns/media", "/srv/kns/private")
    assert storages["default"]["BACKEND"] == "config.storage.MediaStorage"
    assert storages["default"]["OPTIONS"] == {
        "backend": "django.core.files.storage.FileSystemStorage",
        "options": {"location": "/srv/kns/media"},
    }
    assert storages["private"]["OPTIONS"] == {
        "location": "/srv/kns/private",
        "base_url": "/private-not-served/",
    }
    assert storages["staticfiles"]["BACKEND"].endswith("CompressedManifestStaticFilesStorage")


@pytest.mark.parametrize("private", ["/srv/kns/media", "/srv/kns/media/private"])
def test_private_files_inside_public_media_are_refused(monkeypatch, private):
    monkeypatch.setenv("STORAGE_BACKEND", "filesystem")
    with pytest.raises(ImproperlyConfigured, match="outside MEDIA_ROOT"):
        storages_from_env("/srv/kns/media", private)


def test_object_storage_keeps_private_files_private(monkeypatch):
    monkeypatch.setenv("STORAGE_BACKEND", "s3")
    monkeypatch.setenv("S3_BUCKET", "kns")
    monkeypatch.setenv("S3_ENDPOINT_URL", "https://s3.tinh.example.vn")
    monkeypatch.setenv("S3_ACCESS_KEY_ID", "key")
    monkeypatch.setenv("S3_SECRET_ACCESS_KEY", "secret")
    storages = storages_from_env("/unused", "/unused-private")
    public, private = storages["default"]["OPTIONS"], storages["private"]
    assert public["backend"] == private["BACKEND"] == "storages.backends.s3.S3Storage"
    public = {"OPTIONS": public["options"]}
    assert public["OPTIONS"]["bucket_name"] == private["OPTIONS"]["bucket_name"] == "kns"
    assert public["OPTIONS"]["location"] == "media"
    assert private["OPTIONS"]["location"] == "private"
    assert private["OPTIONS"]["default_acl"] == "private"
    assert private["OPTIONS"]["querystring_auth"] is True
    assert private["OPTIONS"]["endpoint_url"] == "https://s3.tinh.example.vn"

    monkeypatch.setenv("S3_PRIVATE_BUCKET", "kns-private")
    assert (
        storages_from_env("/unused", "/unused-private")["private"]["OPTIONS"]["bucket_name"]
        == "kns-private"
    )


def test_object_storage_settings_build_a_working_storage(monkeypatch):
    from django.utils.module_loading import import_string

    monkeypatch.setenv("STORAGE_BACKEND", "s3")
    monkeypatch.setenv("S3_BUCKET", "kns")
    monkeypatch.setenv("S3_ENDPOINT_URL", "https://s3.tinh.example.vn")
    private = storages_from_env("/unused", "/unused-private")["private"]
    storage = import_string(private["BACKEND"])(**private["OPTIONS"])
    assert storage.bucket_name == "kns" and storage.location == "private"


def test_object_storage_without_a_bucket_or_an_unknown_backend_stops_start_up(monkeypatch):
    monkeypatch.setenv("STORAGE_BACKEND", "s3")
    monkeypatch.delenv("S3_BUCKET", raising=False)
    with pytest.raises(ImproperlyConfigured, match="S3_BUCKET"):
        storages_from_env("/unused", "/unused-private")
    monkeypatch.setenv("STORAGE_BACKEND", "ftp")
    with pytest.raises(ImproperlyConfigured, match="not known"):
        storages_from_env("/unused", "/unused-private")
