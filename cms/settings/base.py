"""Settings shared by every environment. Deployment-specific values come from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "methods",
    "materials",
    "search",
    "importing",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "reviews",  # after wagtail.admin: it replaces Wagtail's in-request workflow emails
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "wagtail.contrib.sitemaps",
    "django.contrib.sitemaps",
    "axes",  # sign-in protection: see the block "Sign-in protection" below
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "core.csp.SiteCSPMiddleware",
    # Before anything can read the body: a body over the limit is refused from its Content-Length.
    "core.request_limits.RequestSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.admin_sessions.AdminIdleTimeoutMiddleware",
    "core.admin_bad_requests.AdminBadRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "methods.middleware.ReviewRequiredMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into core.signin.lockout's page.
    "axes.middleware.AxesMiddleware",
]

# Content-Security-Policy (django-csp; core/csp.py, docs/deployment.md). The public site: only this origin's
# files, no inline script or style at all (the 500 page's <style> carries a per-response nonce), no plug-ins,
# no framing, forms post only here.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, NONCE],
        "img-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    },
}
# Wagtail's admin (and the page preview and "view draft", served under it) needs inline script and style:
# its templates hold inline <script> blocks and style="" attributes and Wagtail has no nonce support. It also
# frames its own preview, shows data:/blob: images (icons, image uploads before saving) and links out only
# by navigation. Everything else stays as strict as the public policy.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
    },
}

# Permissions-Policy (django-permissions-policy): no page here needs a camera, microphone, location,
# payment, USB or other device API, nor ad-interest tracking; an injected script or frame gets none of them.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite file in the project folder unless DATABASE_URL names another database.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # SQLite as a multi-user database (docs/deployment.md, "SQLite as the embedded default"):
    # - WAL: readers never wait for a writer, so public pages and search keep answering during an import.
    # - IMMEDIATE: every transaction.atomic() takes the write lock when it begins. A deferred transaction
    #   that read first and then writes fails at once with "database is locked" when another connection
    #   wrote in between (the busy timeout cannot help it); an immediate one waits its turn instead.
    # - timeout: how long a writer waits for the write lock (seconds) before "database is locked".
    # - synchronous=NORMAL is safe with WAL (a power cut may lose the last commits, never corrupts).
    DATABASES["default"]["OPTIONS"] = {
        "timeout": float(os.environ.get("SQLITE_BUSY_TIMEOUT", "30")),
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        **DATABASES["default"].get("OPTIONS", {}),
    }
if DATABASE_IS_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Sessions and redirects (docs/deployment.md). Django's login view (Wagtail's /_util/login/ for private
# pages) sends people who came without `next` to the front page, not to Django's /accounts/profile/.
LOGIN_REDIRECT_URL = "/"
# A login lasts at most this long (seconds; 12 hours): core.admin_sessions pins the expiry of an admin session
# at its first admin request, so activity does not extend it.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", 12 * 60 * 60))
# An admin session ends after this many minutes without an admin request; 0 turns the idle timeout off.
ADMIN_IDLE_TIMEOUT_MINUTES = int(os.environ.get("ADMIN_IDLE_TIMEOUT_MINUTES", "60"))

# Internationalisation: bokmål is the source language; nynorsk, English and Northern Sami are
# translations. Django has no locale data for Northern Sami, so it is described here.
LANG_INFO["se"] = {
    "bidi": False,
    "code": "se",
    "name": "Northern Sami",
    "name_local": "Davvisámegiella",
    "fallback": ["nb"],
}
LANGUAGE_CODE = "nb"
LANGUAGES = [
    ("nb", _("Norwegian Bokmål")),
    ("nn", _("Norwegian Nynorsk")),
    ("en", _("English")),
    ("se", _("Northern Sami")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nb", "Norsk bokmål"), ("nn", "Norsk nynorsk"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Email: EMAIL_URL-style configuration kept simple: a backend and SMTP parameters from the environment.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Knutepunkt for Recovery <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work. The database backend queues tasks for `manage.py db_worker`; settings for
# development and tests override this with the immediate backend.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Limits for rendering an uploaded PDF's preview in its own process (materials.sandbox): CPU seconds,
# wall-clock seconds and address space in MB. A file that hits one gets no preview; the worker goes on.
PREVIEW_CPU_SECONDS = int(os.environ.get("PREVIEW_CPU_SECONDS", "10"))
PREVIEW_WALL_SECONDS = int(os.environ.get("PREVIEW_WALL_SECONDS", "20"))
PREVIEW_MEMORY_MB = int(os.environ.get("PREVIEW_MEMORY_MB", "512"))

# Wagtail
WAGTAIL_SITE_NAME = "Knutepunkt for Recovery"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_DOCUMENT_MODEL = "materials.Material"
# Served through Wagtail's view so that collection privacy and download counting apply.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "pptx",
    "xlsx",
    "odt",
    "odp",
    "ods",
    "txt",
    "png",
    "jpg",
    "jpeg",
    "gif",
    "webp",
]
MATERIAL_MAX_UPLOAD_SIZE = int(os.environ.get("MATERIAL_MAX_UPLOAD_SIZE", 25 * 1024 * 1024))
WAGTAILDOCS_MAX_UPLOAD_SIZE = MATERIAL_MAX_UPLOAD_SIZE
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024  # Wagtail's default, named for the request limit below

# Method import in the admin (importing.views): the JSON file, and the ZIP of material files, unpacked
# into METHOD_IMPORT_UPLOAD_DIR until the import is confirmed or cancelled. 300 methods with two
# handouts of a few hundred kB each unpack to well under 200 MB; larger migrations use the command.
METHOD_IMPORT_MAX_JSON_SIZE = 20 * 1024 * 1024
METHOD_IMPORT_MAX_UNZIPPED_SIZE = int(os.environ.get("METHOD_IMPORT_MAX_UNZIPPED_SIZE", 200 * 1024 * 1024))
METHOD_IMPORT_MAX_ZIP_MEMBERS = 10_000
# Uploads never confirmed or cancelled are removed after this many hours (manage.py clean_import_uploads).
METHOD_IMPORT_UPLOAD_MAX_AGE_HOURS = int(os.environ.get("METHOD_IMPORT_UPLOAD_MAX_AGE_HOURS", "24"))

# The largest request body, refused from its Content-Length before it is read (core.request_limits);
# larger where uploads are expected (path prefix: bytes; a little over the file limits for the form's
# own bytes). nginx's client_max_body_size should match the largest (docs/deployment.md).
_FORM_MARGIN = 1024 * 1024
REQUEST_MAX_BODY_SIZE = int(os.environ.get("REQUEST_MAX_BODY_SIZE", 10 * 1024 * 1024))
REQUEST_MAX_BODY_SIZE_BY_PATH = {
    "/admin/documents/": MATERIAL_MAX_UPLOAD_SIZE + _FORM_MARGIN,
    "/admin/images/": WAGTAILIMAGES_MAX_UPLOAD_SIZE + _FORM_MARGIN,
    # A stored ZIP is a little larger than what it unpacks to: its headers (a few MB at most).
    "/admin/methods/import/": METHOD_IMPORT_MAX_JSON_SIZE
    + METHOD_IMPORT_MAX_UNZIPPED_SIZE
    + 4 * _FORM_MARGIN,
}
# Sniffed types that open in the browser; everything else is sent as an attachment (materials.Material
# decides the content type from the file's bytes and never serves HTML, SVG or XML inline).
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp"]
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Method pages are published by the workflow's final approval once their lived-experience review is
# approved; nobody but administrators can publish them directly (methods/publishing.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "reviews.workflow_finish.publish_workflow_state"
# A published method page is due for a new lived-experience review after this many months.
REVIEW_PERIOD_MONTHS = int(os.environ.get("REVIEW_PERIOD_MONTHS", "24"))
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar in the admin: it would send a hash of every editor's and reviewer's email address to a third
# party, and the admin's Content-Security-Policy (img-src 'self') blocks its images anyway. Editors get
# Wagtail's default avatar unless they upload one.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# search.backends.database is modelsearch's database backend (PostgreSQL, SQLite FTS5 or fallback) with
# Norwegian query expansion support; see the README's search section.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends.database",
        **({"SEARCH_CONFIG": "norwegian"} if DATABASE_IS_POSTGRES else {}),
    }
}
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
if ELASTICSEARCH_URL:
    from search.elasticsearch_settings import elasticsearch_backend

    WAGTAILSEARCH_BACKENDS = {
        "default": elasticsearch_backend(
            ELASTICSEARCH_URL, index_prefix=os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "knutepunkt_")
        )
    }
WAGTAILDOCS_DOCUMENT_FORM_BASE = "materials.forms.MaterialForm"

# Two-factor sign-in (accounts app, on django-otp): the middleware goes right after Django's
# AuthenticationMiddleware, since it needs request.user. National editors and administrators must set it
# up before they can use the admin; TWO_FACTOR_REQUIRED=0 lifts that requirement (development only;
# production.py always requires it). Anyone who has set it up is asked for a code at every sign-in.
INSTALLED_APPS += ["accounts", "django_otp", "django_otp.plugins.otp_totp", "django_otp.plugins.otp_static"]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "accounts.middleware.TwoFactorMiddleware",
)
TWO_FACTOR_REQUIRED = os.environ.get("TWO_FACTOR_REQUIRED", "1") == "1"
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

# Sign-in protection (django-axes; docs/deployment.md "Sign-in protection"). Failed sign-ins are counted per
# client address and per (account, address) pair; after AXES_FAILURE_LIMIT failures within the cool-off
# both are refused, even with the right password, until the cool-off has passed or an administrator lifts
# the lock (Settings → Sign-in lock-outs). There is deliberately no lock per account alone: anyone could
# then lock any editor out by typing wrong passwords for their name.
AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out client before the password is checked (axes' backend, letting
    # authenticate() calls without a request through: see the module).
    "core.signin.backends.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("SIGNIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("SIGNIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
# Attempts made while locked out do not extend the lock: a colleague behind the same address who tries
# during the lock is not punished for it.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "core.signin.lockout.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
AXES_VERBOSE = False
# axes would otherwise keep every successful sign-in's address and browser forever; nothing here reads it.
AXES_DISABLE_ACCESS_LOG = True
# The client address (core.signin.addresses): REMOTE_ADDR, unless SIGNIN_TRUSTED_PROXIES says how many
# reverse proxies in front of Django append the address they saw to X-Forwarded-For (production.py
# defaults to one: nginx). Never trust the header without such a proxy: anyone could then choose a new
# address for every attempt.
SIGNIN_TRUSTED_PROXIES = int(os.environ.get("SIGNIN_TRUSTED_PROXIES", "0"))
AXES_CLIENT_IP_CALLABLE = "core.signin.addresses.client_address"
# Password reset: at most this many requests per hour from one address and for one email address; the
# email itself is sent by a background task (core.signin.password_reset).
PASSWORD_RESET_LIMIT_PER_HOUR = int(os.environ.get("PASSWORD_RESET_LIMIT_PER_HOUR", "3"))
