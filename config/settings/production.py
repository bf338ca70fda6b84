"""Production: secrets from the environment, HTTPS only, Redis cache when configured."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_list, env_str

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY", required=True)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("The environment variable ALLOWED_HOSTS must be set.")

# nginx (or the object storage) serves public media; the app does only when told to.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

# The public address printed on certificates, encoded in their QR codes and used in emails:
# a wrong or missing one would send every check to the wrong place.
SITE_URL = env_str("SITE_URL", required=True).rstrip("/")
if urlsplit(SITE_URL).scheme not in ("http", "https") or not urlsplit(SITE_URL).hostname:
    raise ImproperlyConfigured(
        f"SITE_URL={SITE_URL!r} is not a site address such as https://daotao.example.vn."
    )
WAGTAILADMIN_BASE_URL = SITE_URL

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^livez$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [f"https://{h}" for h in ALLOWED_HOSTS])

# Database connections are kept between requests (a new PostgreSQL connection costs a
# handshake on every request): DATABASE_CONN_MAX_AGE seconds, 600 in production unless set;
# 0 behind a transaction pooler (PgBouncer), see docs/deploy/national.md.
for _database in DATABASES.values():  # noqa: F405
    _database["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 600)
    _database["CONN_HEALTH_CHECKS"] = True

# Background tasks run in a worker (`manage.py run_worker`): the database backend unless
# TASKS_BACKEND names another (django_tasks_rq.RQBackend at national scale, see docs/deploy/).
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", DATABASE_TASKS_BACKEND),  # noqa: F405
        "QUEUES": TASK_QUEUES,  # noqa: F405
    }
}
if TASKS["default"]["BACKEND"] == RQ_TASKS_BACKEND:  # noqa: F405
    if not REDIS_URL:  # noqa: F405
        raise ImproperlyConfigured("The RQ task backend needs REDIS_URL.")
    INSTALLED_APPS = [*INSTALLED_APPS, "django_rq"]  # noqa: F405
    RQ_QUEUES = {
        name: {"URL": env_str("RQ_REDIS_URL", REDIS_URL), "DEFAULT_TIMEOUT": 3600}  # noqa: F405
        for name in TASK_QUEUES  # noqa: F405
    }

# Staff roles and read delegates must use an authenticator app (people.mfa).
MFA_REQUIRED_ROLES = env_list(
    "MFA_REQUIRED_ROLES", ["Trainer", "Manager", "Administrator", "Delegate"]
)

# Sign-in limits count the visitor's address, not nginx's: nginx (deploy/nginx/kns.conf) adds
# it to X-Forwarded-For. One proxy by default; 2 with a load balancer in front of nginx.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1)

# Sign-in limits, sessions and locks must be shared by every app process and server: a cache
# kept in each process's memory would let each worker count failures on its own.
if CACHES["default"]["BACKEND"] in {  # noqa: F405
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}:
    raise ImproperlyConfigured(
        "Production needs a cache shared by every app process: set REDIS_URL "
        "(e.g. redis://127.0.0.1:6379/0)."
    )
