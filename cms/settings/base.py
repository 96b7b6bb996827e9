"""Settings shared by every environment. Deployment-specific values come from the environment."""

import os
from pathlib import Path

import dj_database_url
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
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "methods.middleware.ReviewRequiredMiddleware",
]

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
