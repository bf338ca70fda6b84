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

from pathlib import Path
from typing import Any

from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_str

FILESYSTEM = "filesystem"
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
            "default": {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": media_root},
            },
            "private": {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                # A private file has no address of its own: this prefix is never routed.
                "OPTIONS": {"location": private_root, "base_url": "/private-not-served/"},
            },
            "staticfiles": dict(STATIC_STORAGE),
        }
    if backend == S3:
        return {
            "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": _s3_options()},
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
