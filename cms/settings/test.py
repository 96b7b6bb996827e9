import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="knutepunkt-test-media-"))  # noqa: F405
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Wagtail 8's autosave creates a new page in the background while the add form is being filled in; a
# browser test that clicks "Submit" while that request is in flight posts the add form a second time and
# gets "slug already in use" (seen on a loaded 2-core machine, at the last landed commit too). Browser
# tests drive explicit saves only; autosave itself is Wagtail's and tested there.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# Most tests sign in with client.force_login and test other things; tests/accounts turns the two-factor
# requirement on where it is what they test (a user with a device is asked for a code either way).
TWO_FACTOR_REQUIRED = False
