"""Hostile PDFs cost the preview worker at most its limits; it records why and goes on with the next task.

The files come from tests/materials/hostile/make_hostile.py. The limits are set low so that the suite stays fast;
without the sandbox the nested drawings alone would keep the worker busy for minutes at gigabytes of memory.
"""

import logging
import time

import pytest
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from wagtail.users.models import UserProfile

from materials.models import Material
from materials.sandbox import PreviewProblem
from tests.materials.conftest import make_material, pdf_bytes
from tests.materials.hostile.make_hostile import write_all

CPU_SECONDS, WALL_SECONDS = 2, 5
# Starting the child and the renders of the ordinary PDFs, on a busy shared machine.
SLACK_SECONDS = 6

pytestmark = pytest.mark.django_db

# What stops each file: a limit of the sandbox, or PDFium refusing it.
HOSTILE_OUTCOMES = {
    "nested-6.pdf": {PreviewProblem.TOO_SLOW, PreviewProblem.TOO_BIG},
    "nested-7.pdf": {PreviewProblem.TOO_SLOW, PreviewProblem.TOO_BIG},
    "bomb.pdf": {PreviewProblem.TOO_SLOW, PreviewProblem.TOO_BIG},
    "truncated.pdf": {PreviewProblem.UNREADABLE},
    "encrypted.pdf": {PreviewProblem.UNREADABLE},
}


@pytest.fixture(autouse=True)
def limits_and_queue(settings):
    """Low limits, and the database queue a real worker reads (the test settings run tasks immediately)."""
    settings.PREVIEW_CPU_SECONDS = CPU_SECONDS
    settings.PREVIEW_WALL_SECONDS = WALL_SECONDS
    settings.PREVIEW_MEMORY_MB = 256
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return write_all(tmp_path_factory.mktemp("hostile"))


def upload(title, content, django_capture_on_commit_callbacks):
    """A PDF material saved as an editor's upload is: its preview task is queued when the transaction commits."""
    with django_capture_on_commit_callbacks(execute=True):
        return make_material(title, content, "pdf")


def run_worker(monkeypatch):
    """Run the database queue's worker (manage.py db_worker) until the queue is empty; the seconds it took."""
    # The worker recycles database connections between tasks; inside the test's transaction it must not.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    start = time.monotonic()
    call_command("db_worker", batch=True, no_startup_delay=True, interval=0, verbosity=0)
    return time.monotonic() - start


@pytest.mark.parametrize("name", HOSTILE_OUTCOMES)
def test_a_hostile_pdf_gets_no_preview_and_the_next_one_does(
    name, hostile, django_capture_on_commit_callbacks, monkeypatch, caplog
):
    bad = upload("Fiendtlig", hostile[name].read_bytes(), django_capture_on_commit_callbacks)
    good = upload("Arbeidshefte", pdf_bytes("etterpå"), django_capture_on_commit_callbacks)

    with caplog.at_level(logging.WARNING, logger="materials.tasks"):
        seconds = run_worker(monkeypatch)

    assert seconds < WALL_SECONDS + SLACK_SECONDS
    bad.refresh_from_db()
    assert not bad.preview
    assert bad.preview_problem in HOSTILE_OUTCOMES[name]
    assert f"Material {bad.pk} (fiendtlig.pdf): no preview ({bad.preview_problem})" in caplog.text
    good.refresh_from_db()
    assert good.preview and not good.preview_problem
    preview_tasks = DBTaskResult.objects.filter(task_path="materials.tasks.generate_preview")
    assert sorted(preview_tasks.values_list("return_value", flat=True)) == ["failed", "ok"]


def test_a_huge_page_count_costs_nothing_since_only_the_first_page_is_read(
    hostile, django_capture_on_commit_callbacks, monkeypatch
):
    material = upload("Mange sider", hostile["pages.pdf"].read_bytes(), django_capture_on_commit_callbacks)
    assert run_worker(monkeypatch) < SLACK_SECONDS
    material.refresh_from_db()
    assert material.preview and not material.preview_problem


@override_settings(PREVIEW_CPU_SECONDS=60, PREVIEW_MEMORY_MB=1024, PREVIEW_WALL_SECONDS=2)
def test_the_wall_clock_limit_stops_a_render_the_other_limits_allow(
    hostile, django_capture_on_commit_callbacks, monkeypatch, caplog
):
    material = upload("Fiendtlig", hostile["nested-6.pdf"].read_bytes(), django_capture_on_commit_callbacks)
    with caplog.at_level(logging.WARNING, logger="materials.tasks"):
        assert run_worker(monkeypatch) < 2 + SLACK_SECONDS
    material.refresh_from_db()
    assert material.preview_problem == PreviewProblem.TOO_SLOW
    assert "stopped after 2 s of wall time" in caplog.text


def test_an_ordinary_pdf_still_gets_its_preview(django_capture_on_commit_callbacks, monkeypatch):
    material = upload("Arbeidshefte", pdf_bytes("vanlig"), django_capture_on_commit_callbacks)
    run_worker(monkeypatch)
    material.refresh_from_db()
    assert (material.preview_width, material.preview_height) == (360, 510)
    assert not material.preview_problem


def test_the_edit_view_tells_the_editor_why_there_is_no_preview(
    hostile, django_capture_on_commit_callbacks, monkeypatch, django_user_model
):
    material = upload("Låst", hostile["encrypted.pdf"].read_bytes(), django_capture_on_commit_callbacks)
    run_worker(monkeypatch)
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    UserProfile.objects.filter(pk=UserProfile.get_for_user(user).pk).update(preferred_language="en")
    client = Client()
    client.force_login(user)

    content = client.get(reverse("wagtaildocs:edit", args=[material.pk])).content.decode()
    assert "No preview: the file cannot be read as a PDF (it may be damaged or password-protected)" in content

    # And the words for a file that ran over its time.
    Material.objects.filter(pk=material.pk).update(preview_problem=PreviewProblem.TOO_SLOW)
    content = client.get(reverse("wagtaildocs:edit", args=[material.pk])).content.decode()
    assert "No preview: the file took too long to render" in content
