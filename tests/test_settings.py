"""Production settings: refuse to start without SECRET_KEY, and pass Django's deployment checks.

Each check runs manage.py / the WSGI module in a subprocess, as a server would, with a clean environment.
"""

import os
import subprocess
import sys

import pytest
from django.conf import settings

ROOT = settings.BASE_DIR

PRODUCTION_ENV = {
    "SECRET_KEY": "k8Zq-3vN!p0rT2yLx9_WbHs4Jd7Fg1Mc6Re5Ua8Ti0Oy2Qw4Ez6Xn",
    "ALLOWED_HOSTS": "metoder.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://metoder.example.org",
    "EMAIL_HOST": "smtp.example.org",
}


def run(args, env_overrides, tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "SECRET_KEY"))}
    env.update(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}",
            "MEDIA_ROOT": str(tmp_path / "media"),
            "STATIC_ROOT": str(tmp_path / "static"),
            **env_overrides,
        }
    )
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean_with_the_environment_set(tmp_path):
    result = run(
        [
            "manage.py",
            "check",
            "--deploy",
            "--settings=cms.settings.production",
            "--fail-level=WARNING",
        ],
        PRODUCTION_ENV,
        tmp_path,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("secret_key", [None, ""])
def test_production_refuses_to_start_without_secret_key(tmp_path, secret_key):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "SECRET_KEY"}
    if secret_key is not None:
        env["SECRET_KEY"] = secret_key

    result = run(["manage.py", "check", "--settings=cms.settings.production"], env, tmp_path)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_wsgi_application_loads_production_settings(tmp_path):
    """What `gunicorn cms.wsgi` does: the module defaults to production settings and builds the app."""
    script = (
        "import cms.wsgi\n"
        "from django.conf import settings\n"
        "print(settings.SETTINGS_MODULE, settings.DEBUG, settings.ALLOWED_HOSTS)\n"
    )

    result = run(["-c", script], PRODUCTION_ENV, tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["cms.settings.production", "False", "['metoder.example.org']"]


def test_wsgi_process_keeps_its_startup_objects_out_of_garbage_collections(tmp_path):
    """The served process freezes what it loaded at start-up: full collections stay short."""
    script = "import gc, cms.wsgi\nprint(gc.get_freeze_count(), len(gc.get_objects()))\n"

    result = run(["-c", script], PRODUCTION_ENV, tmp_path)

    assert result.returncode == 0, result.stderr
    frozen, still_collected = map(int, result.stdout.split())
    assert frozen > 50_000  # Django, Wagtail and the project's modules, URLconf included
    assert still_collected < frozen / 20
