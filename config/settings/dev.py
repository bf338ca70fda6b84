"""Development: DEBUG on, console email, a fixed local secret, demo data allowed."""

from config.env import env_list, env_str
from config.storage import media_storage

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY", "dev-only-not-secret-k8s2j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8o9p0")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEMO_DATA_ALLOWED = True
STORAGES = {
    "default": media_storage(
        "django.core.files.storage.FileSystemStorage",
        {"location": MEDIA_ROOT},  # noqa: F405
    ),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": STORAGES["private"],  # noqa: F405
}
# SCORM packages play from http://localhost:8000 when the site is opened at 127.0.0.1:8000.
SCORM_CONTENT_ORIGIN = env_str("SCORM_CONTENT_ORIGIN", "http://localhost:8000")

# The benchmarks' scale seeding (manage.py seed_scale) exists only where demo data may be loaded.
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
