"""Settings shared by every environment. Safe on its own: DEBUG is off and there is no secret."""

from pathlib import Path
from typing import Any, Literal

import dj_database_url

from config.env import env_bool, env_int, env_list, env_str
from config.storage import storages_from_env

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Demo data (seed_demo) may only be loaded where this is on: development and tests.
DEMO_DATA_ALLOWED = False

INSTALLED_APPS = [
    "home",
    "people",
    "courses",
    "quizzes",
    "tracker",
    "certificates",
    "reports",
    "api",
    "interop",
    "lti",
    "progress",
    "operations",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "people.users_app.PeopleUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # Each cached family's version stamp is read once per request (people/cache_stamps.py).
    "people.cache_stamps.StampsPerRequestMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Outermost but one, so every answer (error pages of any middleware too) carries the policy.
    "home.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "courses.scorm.delivery.ContentHostMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.replica.ReadYourWritesMiddleware",
    "django.middleware.common.CommonMiddleware",
    "home.middleware.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Django's, with the signed-in account kept in the shared cache between requests.
    "people.signed_in.AuthenticationMiddleware",
    "home.middleware.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "people.signin.AdminAccessMiddleware",
    "people.mfa.MfaRequiredMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # translations/templates: Wagtail's templates where its wording had to be corrected.
        "DIRS": [BASE_DIR / "config" / "templates", BASE_DIR / "translations" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "home.context_processors.navigation",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# Database: DATABASE_URL, or a SQLite file inside the project folder.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Django's backend, with writing transactions queued on a file lock (config/sqlite/base.py).
    DATABASES["default"]["ENGINE"] = "config.sqlite"
    DATABASES["default"].setdefault("OPTIONS", {})
    # WAL and a busy timeout let the dev server and a background task share the file; writing
    # transactions take the write lock when they begin (IMMEDIATE), so concurrent writers wait
    # their turn instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"].update(
        {
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
        }
    )
# A PostgreSQL streaming replica for reports (dashboards, exports, statistics): with
# DATABASE_REPLICA_URL set they read from it, except for a browser that wrote in the last
# REPLICA_PIN_SECONDS (config.replica); without it everything uses the primary.
DATABASE_REPLICA_URL = env_str("DATABASE_REPLICA_URL")
REPLICA_PIN_SECONDS = env_int("REPLICA_PIN_SECONDS", 30)
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0)
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
for _database in DATABASES.values():
    if _database["ENGINE"] == "django.db.backends.postgresql":
        # Django's backend, checking a kept connection's health only after it sat idle
        # (config/postgresql/base.py).
        _database["ENGINE"] = "config.postgresql"
DATABASE_ROUTERS = ["config.routers.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, else local memory. Redis fails open (config.cache): when
# it is down, pages still serve, the error is logged and /healthz reports the cache as down.
REDIS_URL = env_str("REDIS_URL")
CACHES: dict[str, dict[str, Any]]
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "config.cache.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kns",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Rendered page fragments (a lesson's body) are kept in each process: their keys carry the
# page's published state and the language, so publishing retires them everywhere at once.
CACHES["fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "kns-fragments",
    "TIMEOUT": 15 * 60,
    "OPTIONS": {"MAX_ENTRIES": 2000},
}
# Sessions in the database, read through the cache: any app server answers any request.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Accounts
AUTH_USER_MODEL = "people.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "people.passwords.PersonalWordsValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
# An address signs in only once confirmed: provisioned accounts come verified (people.services.
# accounts), an address someone adds waits for the code sent to it, and so does making it
# primary. Adding or changing addresses, passwords and two-factor asks for the password again.
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_MAX_EMAIL_ADDRESSES = 3
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_ADAPTER = "people.adapters.AccountAdapter"
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Kỹ Năng Số] "
# allauth takes False for "no limits" (the test settings). Counted in the cache, so every app
# server shares them (Redis). A whole office signs in before an exam from one address (its
# NAT): SIGNIN_PER_MINUTE_PER_ADDRESS sign-in posts a minute from one client address (600 by
# default, where allauth's own default of 30 would refuse most of an office of 300). Failed
# sign-ins: SIGNIN_FAILURES_PER_MINUTE_PER_ADDRESS a minute from one address (20) and 5 in 5
# minutes for one account, whatever the address.
SIGNIN_PER_MINUTE_PER_ADDRESS = env_int("SIGNIN_PER_MINUTE_PER_ADDRESS", 600)
SIGNIN_FAILURES_PER_MINUTE_PER_ADDRESS = env_int("SIGNIN_FAILURES_PER_MINUTE_PER_ADDRESS", 20)
ACCOUNT_RATE_LIMITS: dict[str, str] | Literal[False] = {
    "login": f"{SIGNIN_PER_MINUTE_PER_ADDRESS}/m/ip",
    "login_failed": f"{SIGNIN_FAILURES_PER_MINUTE_PER_ADDRESS}/m/ip,5/5m/key",
}
# The public certificate check (/verify/): look-ups a minute per client address (0: no limit).
CERTIFICATE_VERIFY_PER_MINUTE = env_int("CERTIFICATE_VERIFY_PER_MINUTE", 30)
# The client address is the one the last TRUSTED_PROXY_COUNT proxies saw (X-Forwarded-For);
# 0: the connection's own address. A spoofed header cannot choose the address counted.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Public sign-up is off: administrators provision staff. Switch on with SIGNUP_OPEN=true.
SIGNUP_OPEN = env_bool("SIGNUP_OPEN", False)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
# Roles that must use an authenticator app before anything else opens (people.mfa): any of
# Trainer, Manager, Administrator, Officer and Delegate (an officer holding a read delegation).
# Empty here and in development; production requires it of every staff role by default.
MFA_REQUIRED_ROLES = env_list("MFA_REQUIRED_ROLES")
MFA_TOTP_ISSUER = "Kỹ Năng Số"

# Account hygiene: accounts nobody signed in to for this many days are deactivated by the daily
# job (0: never); audit entries are deleted after this many days (0: kept for ever).
ACCOUNT_INACTIVE_DAYS = env_int("ACCOUNT_INACTIVE_DAYS", 45)
AUDIT_LOG_RETENTION_DAYS = env_int("AUDIT_LOG_RETENTION_DAYS", 365)

# Internationalisation: Vietnamese first, English on request.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
# Project strings in locale/; our Vietnamese catalogue for django-allauth, which ships none.
LOCALE_PATHS = [
    BASE_DIR / "locale",
    BASE_DIR / "translations" / "allauth",
    BASE_DIR / "translations" / "wagtail",
    BASE_DIR / "translations" / "django",
    BASE_DIR / "translations" / "django_tasks",
    BASE_DIR / "translations" / "taggit",
]
LANGUAGE_COOKIE_NAME = "kns_language"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE: Literal["Lax", "Strict", "None", False] | None = "Lax"
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["config.formats"]
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Static files, served by the app itself with hashed names.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "config" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env_str("MEDIA_ROOT", str(BASE_DIR / "media"))
# Serve uploaded media from the app itself (one-machine sites); off when a web server does it.
# Production settings default to off. Private files are never served this way.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
# Uploaded files: STORAGE_BACKEND=filesystem (MEDIA_ROOT and PRIVATE_MEDIA_ROOT, shared folders
# when there are several app servers) or s3 (S3-compatible object storage); see config.storage.
# Private files live outside MEDIA_ROOT and are served only by views that check access.
PRIVATE_MEDIA_ROOT = env_str("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private"))
STORAGES: dict[str, dict[str, Any]] = storages_from_env(MEDIA_ROOT, PRIVATE_MEDIA_ROOT)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Uploaded spreadsheets (staff import, question import): refused before reading when the file
# is over this size, unpacks (XLSX) to more than this, or has or declares more rows or columns.
SPREADSHEET_MAX_UPLOAD_MB = env_int("SPREADSHEET_MAX_UPLOAD_MB", 10)
SPREADSHEET_MAX_UNPACKED_MB = env_int("SPREADSHEET_MAX_UNPACKED_MB", 100)
SPREADSHEET_MAX_ROWS = env_int("SPREADSHEET_MAX_ROWS", 50_000)
SPREADSHEET_MAX_COLUMNS = env_int("SPREADSHEET_MAX_COLUMNS", 200)

# Email
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Kỹ Năng Số <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks: in-process unless a worker backend is configured (production: the database
# backend and `manage.py run_worker`; national scale: RQ on Redis and `manage.py rqworker`).
# Queues keep slow work apart: exports and certificates, the daily reminders, everything else.
TASK_QUEUES = ["default", "exports", "reminders"]
IMMEDIATE_TASKS_BACKEND = "django_tasks.backends.immediate.ImmediateBackend"
DATABASE_TASKS_BACKEND = "django_tasks_db.DatabaseBackend"
RQ_TASKS_BACKEND = "django_tasks_rq.RQBackend"
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", IMMEDIATE_TASKS_BACKEND),
        "QUEUES": TASK_QUEUES,
    }
}
# A task whose worker died this many times is marked failed instead of being run again.
TASKS_MAX_WORKER_LOSSES = env_int("TASKS_MAX_WORKER_LOSSES", 3)
# /healthz reports the worker as down when no worker has said it is alive for this long
# (database task backend; workers say so every 30 seconds).
WORKER_HEARTBEAT_MAX_AGE_SECONDS = env_int("WORKER_HEARTBEAT_MAX_AGE_SECONDS", 120)
# Finished task results (and the error of a failed one) are kept this many days.
TASKS_KEEP_DAYS = env_int("TASKS_KEEP_DAYS", 30)

# Certificates are signed (PAdES) with the organisation's key and certificate, PEM or DER files;
# relative paths are taken from the project folder. Development uses a self-signed pair made by
# `manage.py create_signing_key`; keys/ is never committed.
CERTIFICATE_SIGNING_KEY = str(
    BASE_DIR / env_str("CERTIFICATE_SIGNING_KEY", "keys/certificate-signing.key")
)
CERTIFICATE_SIGNING_CERT = str(
    BASE_DIR / env_str("CERTIFICATE_SIGNING_CERT", "keys/certificate-signing.crt")
)
CERTIFICATE_SIGNING_PASSPHRASE = env_str("CERTIFICATE_SIGNING_PASSPHRASE")
# The organisation named on certificates as their issuer.
CERTIFICATE_ISSUER = env_str("CERTIFICATE_ISSUER", "Kỹ Năng Số")
# Printed above the issuer: "<place>, ngày … tháng … năm …", and the signer's title below it.
CERTIFICATE_PLACE = env_str("CERTIFICATE_PLACE", "")
CERTIFICATE_SIGNER_TITLE = env_str("CERTIFICATE_SIGNER_TITLE", "")

# Tracker: overdue assignments are escalated to the managers of the officer's unit after this
# many days, and to the managers of the unit above after the second number; managers get a
# digest of overdue work once a week on this weekday (0 = Monday); an officer who joins an
# assigned unit late gets at least this many days; an officer due again (recurring
# assignment, expiring certificate) finds the course opened for another round this many days
# before the new due date.
TRACKER_ESCALATE_AFTER_DAYS = env_int("TRACKER_ESCALATE_AFTER_DAYS", 7)
TRACKER_ESCALATE_PARENT_AFTER_DAYS = env_int("TRACKER_ESCALATE_PARENT_AFTER_DAYS", 14)
TRACKER_DIGEST_WEEKDAY = env_int("TRACKER_DIGEST_WEEKDAY", 0)
TRACKER_NEWCOMER_DAYS = env_int("TRACKER_NEWCOMER_DAYS", 14)
TRACKER_NEXT_ROUND_OPENS_DAYS = env_int("TRACKER_NEXT_ROUND_OPENS_DAYS", 30)

# Reports: exports up to this many rows are made while the manager waits, larger ones by a
# background task; units with at least REPORTS_SNAPSHOT_MIN_OFFICERS officers under them are
# shown from a snapshot (refresh_report_snapshots) no older than the maximum age.
REPORTS_EXPORT_INLINE_ROWS = env_int("REPORTS_EXPORT_INLINE_ROWS", 5000)
REPORTS_SNAPSHOT_MIN_OFFICERS = env_int("REPORTS_SNAPSHOT_MIN_OFFICERS", 10000)
REPORTS_SNAPSHOT_MAX_AGE_MINUTES = env_int("REPORTS_SNAPSHOT_MAX_AGE_MINUTES", 60)

# Lesson blocks that apps built on courses add, as (block name, dotted path of the block class):
# courses loads them by name and never imports those apps. Block names are stored in lesson
# bodies, so keep a name once content uses it.
COURSES_LESSON_EXTRA_BLOCKS = [("question_check", "quizzes.blocks.QuestionCheckBlock")]

# SCORM packages play from a separate address of this site (another host name pointing at the
# same application, e.g. https://noidung.daotao.example.vn), so their scripts never run with the
# site's origin; without it SCORM lessons are not played. Links to package content are valid
# for SCORM_CONTENT_LINK_HOURS; uploads are limited in size and number of files.
SCORM_CONTENT_ORIGIN = env_str("SCORM_CONTENT_ORIGIN", "")
SCORM_CONTENT_LINK_HOURS = env_int("SCORM_CONTENT_LINK_HOURS", 12)
SCORM_MAX_PACKAGE_BYTES = env_int("SCORM_MAX_PACKAGE_MB", 500) * 1024 * 1024
SCORM_MAX_PACKAGE_FILES = env_int("SCORM_MAX_PACKAGE_FILES", 10_000)

# xAPI: with an endpoint (e.g. https://lrs.example.vn/xAPI) and credentials, learning events
# are sent to that Learning Record Store as statements, by the task worker. Learners appear as
# an account on XAPI_ACTOR_HOMEPAGE named by an opaque identifier ("opaque"), or by their email
# ("email"); XAPI_ACTOR_SECRET keeps the opaque names stable if SECRET_KEY changes.
XAPI_ENDPOINT = env_str("XAPI_ENDPOINT", "")
XAPI_USERNAME = env_str("XAPI_USERNAME", "")
XAPI_PASSWORD = env_str("XAPI_PASSWORD", "")
XAPI_ACTOR_IDENTIFIER = env_str("XAPI_ACTOR_IDENTIFIER", "opaque")
XAPI_ACTOR_HOMEPAGE = env_str("XAPI_ACTOR_HOMEPAGE", "")
XAPI_ACTOR_SECRET = env_str("XAPI_ACTOR_SECRET", "")
XAPI_ACTIVITY_BASE = env_str("XAPI_ACTIVITY_BASE", "")

# Wagtail
WAGTAIL_SITE_NAME = "Kỹ Năng Số"
# Page addresses in plain ASCII ("an-toan-thong-tin"), as the editor fills them from titles.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_BASE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents live in private storage and go out only through the serve view, which checks
# access (collections' privacy, lesson access) and sends them as inert attachments. Only these
# kinds of file may be uploaded, up to DOCUMENT_MAX_UPLOAD_MB.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES: list[str] = []
WAGTAILDOCS_EXTENSIONS = env_list(
    "DOCUMENT_EXTENSIONS",
    [
        "pdf",
        "doc",
        "docx",
        "odt",
        "xls",
        "xlsx",
        "ods",
        "ppt",
        "pptx",
        "odp",
        "txt",
        "csv",
        "zip",
        "mp4",
        "webm",
        "ogg",
        "ogv",
        "mp3",
        "vtt",
    ],
)
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_int("DOCUMENT_MAX_UPLOAD_MB", 200) * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# No avatars from gravatar.com: sites run on closed networks and email hashes stay in-house.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_COMMENTS_ENABLED = True

# Security headers that hold everywhere; production adds HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 12
CSRF_COOKIE_HTTPONLY = False
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; media-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
# The Wagtail admin gets the strictest policy it works under: some of its widgets (inline
# panels, date pickers) are started by inline scripts and it sets inline styles, so those are
# allowed there, but nothing is loaded from elsewhere, no plugin runs, forms post only here and
# only this site may frame it. Its preview panel frames the page preview, which gets the site's
# policy with framing by this site allowed.
CONTENT_SECURITY_POLICY_ADMIN = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' blob:; "
    "connect-src 'self'; frame-src 'self' https:; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'self'"
)
CONTENT_SECURITY_POLICY_ADMIN_PREFIXES = ["/admin/"]

# The REST API for other systems (/api/v1/): API clients, not people, authenticate with
# short-lived bearer tokens from the OAuth 2.0 client-credentials endpoint; every call is rate
# limited per client (through the cache) and written to the audit log.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["api.authentication.ClientTokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.IsApiClient"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.ClientRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "api_client": env_str("API_RATE_LIMIT", "600/min"),
        "api_token": env_str("API_TOKEN_RATE_LIMIT", "30/min"),
    },
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "UNAUTHENTICATED_USER": None,
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
}
API_TOKEN_LIFETIME_SECONDS = env_int("API_TOKEN_LIFETIME_SECONDS", 3600)
SPECTACULAR_SETTINGS = {
    "TITLE": "Kỹ Năng Số API",
    "DESCRIPTION": "Staff, units, assignments, training results and the course catalogue.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "PREPROCESSING_HOOKS": ["api.schema.only_api_v1"],
}
# Credentials signed with an earlier key stay verifiable while its certificate is listed here
# (comma-separated PEM or DER files) after the signing key is replaced.
CREDENTIAL_RETIRED_CERTS = env_list("CREDENTIAL_RETIRED_CERTS")

# JSON Lines with times to the microsecond, for `manage.py backup` and `restore`.
SERIALIZATION_MODULES = {"knsjsonl": "operations.exact_jsonl"}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json_line": {"format": "%(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        # The audit log, one JSON object a line, for a SIEM to collect (people.audit).
        "audit": {"class": "logging.StreamHandler", "formatter": "json_line"},
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "kns.audit": {"handlers": ["audit"], "level": "INFO", "propagate": False},
    },
}
