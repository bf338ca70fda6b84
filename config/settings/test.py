"""Tests: fast and deterministic (cheap hasher, in-memory email, immediate tasks, plain static)."""

from config.env import env_str
from config.storage import media_storage

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-2b7e151628aed2a6abf7158809cf4f3c-kns"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": IMMEDIATE_TASKS_BACKEND, "QUEUES": TASK_QUEUES}}  # noqa: F405
DEMO_DATA_ALLOWED = True
# The benchmarks' scale seeding (manage.py seed_scale) is tested; production never has it.
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "fragments": CACHES["fragments"],  # noqa: F405
}
STORAGES = {
    "default": media_storage("django.core.files.storage.InMemoryStorage"),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
}
SCORM_CONTENT_ORIGIN = "http://scorm.testserver"
ACCOUNT_RATE_LIMITS = False
MFA_REQUIRED_ROLES = []
CERTIFICATE_VERIFY_PER_MINUTE = 0
MEDIA_ROOT = env_str("TEST_MEDIA_ROOT", "/tmp/kns-test-media")  # noqa: S108
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static files are looked up when asked for, not scanned by every test client's middleware: a
# folder left by collectstatic (make topology, make bench) would otherwise cost each test that
# makes requests a scan of it.
WHITENOISE_AUTOREFRESH = True
# SQLite tests run in memory, in each test process (the backend is the project's own, so say it
# rather than leave test runners to recognise Django's).
if DATABASES["default"]["ENGINE"] == "config.sqlite":  # noqa: F405
    DATABASES["default"].setdefault("TEST", {}).setdefault("NAME", ":memory:")  # noqa: F405

# The signed-in account is read from the database on every request, except in the tests of
# people.signed_in: how long a test's setup took never changes its query counts.
SIGNED_IN_KEEP_SECONDS = 0
