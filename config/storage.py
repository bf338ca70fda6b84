"""Where files live, chosen by environment variables: a local or shared folder, or S3-compatible
object storage (django-storages). Two entries matter besides static files:

* ``default``: public media (page images and their renditions), which may be served directly;
* ``private``: certificates, exports, lesson documents, SCORM packages and uploaded import files,
  outside the public media folder and never under a public URL: only views that check access
  hand them out.

Every app server must see the same files, so a site with several app servers uses a shared
folder (NFS or similar) or object storage.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, cast

from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import Storage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.deconstruct import deconstructible
from django.utils.functional import LazyObject, empty
from django.utils.module_loading import import_string

from config.env import env_bool, env_str

FILESYSTEM = "filesystem"
MEDIA_STORAGE = "config.storage.MediaStorage"
# Files that Wagtail or other code saves to the default storage under these folders are in
# fact private: they go to the private storage (lesson documents uploaded in the admin).
PRIVATE_PREFIXES = ("documents/",)
S3 = "s3"
STATIC_STORAGE = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}


def storages_from_env(media_root: str, private_root: str) -> dict[str, dict[str, Any]]:
    """The STORAGES setting for STORAGE_BACKEND (``filesystem``, the default, or ``s3``)."""
    backend = env_str("STORAGE_BACKEND", FILESYSTEM).strip().lower()
    if backend == FILESYSTEM:
        if Path(private_root).resolve() == Path(media_root).resolve() or Path(
            private_root
        ).resolve().is_relative_to(Path(media_root).resolve()):
            raise ImproperlyConfigured(
                "PRIVATE_MEDIA_ROOT must lie outside MEDIA_ROOT: private files are never public."
            )
        return {
            "default": media_storage(
                "django.core.files.storage.FileSystemStorage", {"location": media_root}
            ),
            "private": {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                # A private file has no address of its own: this prefix is never routed.
                "OPTIONS": {"location": private_root, "base_url": "/private-not-served/"},
            },
            "staticfiles": dict(STATIC_STORAGE),
        }
    if backend == S3:
        return {
            "default": media_storage("storages.backends.s3.S3Storage", _s3_options()),
            "private": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": _s3_options(private=True),
            },
            "staticfiles": dict(STATIC_STORAGE),
        }
    raise ImproperlyConfigured(
        f"STORAGE_BACKEND={backend!r} is not known (use {FILESYSTEM!r} or {S3!r})."
    )


def _s3_options(*, private: bool = False) -> dict[str, Any]:
    """django-storages' S3 options; the private bucket is never public and its links expire."""
    bucket = env_str(
        "S3_PRIVATE_BUCKET" if private else "S3_BUCKET",
        env_str("S3_BUCKET") if private else None,
        required=not private,
    )
    if not bucket:
        raise ImproperlyConfigured("The environment variable S3_BUCKET must be set.")
    options: dict[str, Any] = {
        "bucket_name": bucket,
        "endpoint_url": env_str("S3_ENDPOINT_URL") or None,
        "region_name": env_str("S3_REGION") or None,
        "access_key": env_str("S3_ACCESS_KEY_ID") or None,
        "secret_key": env_str("S3_SECRET_ACCESS_KEY") or None,
        "file_overwrite": False,
        "verify": env_bool("S3_VERIFY_TLS", True),
    }
    if private:
        # Private files share a bucket only under their own prefix, and are never public.
        options.update(
            {
                "location": env_str("S3_PRIVATE_PREFIX", "private"),
                "default_acl": "private",
                "querystring_auth": True,
                "querystring_expire": 300,
            }
        )
    else:
        options.update(
            {
                "location": env_str("S3_PUBLIC_PREFIX", "media"),
                "querystring_auth": env_bool("S3_PUBLIC_SIGNED_URLS", False),
                "custom_domain": env_str("S3_PUBLIC_DOMAIN") or None,
            }
        )
    return options


def media_storage(backend: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """A STORAGES entry: public media in ``backend``, private folders in the private storage."""
    return {"BACKEND": MEDIA_STORAGE, "OPTIONS": {"backend": backend, "options": options or {}}}


class PrivateStorage(LazyObject):
    """The ``private`` entry of STORAGES, looked up when first used (and again after a change
    of the STORAGES setting), like Django's ``default_storage``."""

    def _setup(self) -> None:
        self._wrapped = storages["private"]


_private = PrivateStorage()


@receiver(setting_changed)
def _storages_changed(*, setting: str, **kwargs: Any) -> None:
    if setting == "STORAGES":
        _private._wrapped = empty  # type: ignore[assignment]


def private_storage() -> Storage:
    """The private storage, for ``FileField(storage=private_storage)``."""
    return cast(Storage, _private)


@deconstructible(path="config.storage.MediaStorage")
class MediaStorage(Storage):
    """The default storage: public media in the configured backend, except names under
    ``PRIVATE_PREFIXES`` (lesson documents), which live in the private storage and have no
    public address. Code that saves to the default storage needs no change."""

    def __init__(self, backend: str, options: dict[str, Any] | None = None) -> None:
        self.public: Storage = import_string(backend)(**(options or {}))

    def storage_for(self, name: str | None) -> Storage:
        if name and str(name).replace("\\", "/").lstrip("/").startswith(PRIVATE_PREFIXES):
            return private_storage()
        return self.public

    def open(self, name: str, mode: str = "rb") -> Any:
        return self.storage_for(name).open(name, mode)

    def _open(self, name: str, mode: str = "rb") -> Any:
        return self.storage_for(name).open(name, mode)

    def save(self, name: str | None, content: Any, max_length: int | None = None) -> str:
        return self.storage_for(name).save(name, content, max_length=max_length)

    def _save(self, name: str, content: Any) -> str:
        return self.storage_for(name).save(name, content)

    def get_available_name(self, name: str, max_length: int | None = None) -> str:
        return self.storage_for(name).get_available_name(name, max_length=max_length)

    def generate_filename(self, filename: str | os.PathLike[str]) -> str:
        return self.public.generate_filename(filename)

    def delete(self, name: str) -> None:
        self.storage_for(name).delete(name)

    def exists(self, name: str) -> bool:
        return self.storage_for(name).exists(name)

    def listdir(self, path: str) -> tuple[list[str], list[str]]:
        return self.storage_for(path.rstrip("/") + "/").listdir(path)

    def size(self, name: str) -> int:
        return self.storage_for(name).size(name)

    def url(self, name: str | None) -> str:
        return self.storage_for(name).url(name)

    def path(self, name: str) -> str:
        return self.storage_for(name).path(name)

    def get_accessed_time(self, name: str) -> Any:
        return self.storage_for(name).get_accessed_time(name)

    def get_created_time(self, name: str) -> Any:
        return self.storage_for(name).get_created_time(name)

    def get_modified_time(self, name: str) -> Any:
        return self.storage_for(name).get_modified_time(name)


def move_to_private(names: list[str]) -> int:
    """Move files saved before they were private from the public media to the private storage
    (used by the migrations that made certificates, exports and documents private)."""
    default = storages["default"]
    public = getattr(default, "public", default)
    private = private_storage()
    moved = 0
    for name in names:
        if not name or not public.exists(name) or private.exists(name):
            continue
        with public.open(name, "rb") as handle:
            private.save(name, handle)
        public.delete(name)
        moved += 1
    return moved
