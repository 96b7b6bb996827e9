"""Emails go through django-tasks: the request only queues them, a worker sends them."""

import pytest
from django.core import mail
from django.core.checks import run_checks
from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.models import DBTaskResult
from wagtail.users.models import UserProfile

from methods.models import MethodPage
from reviews.notifications import wagtail_notifiers_still_connected

from .conftest import create_method_page, request_changes

pytestmark = pytest.mark.django_db


def test_wagtails_in_request_workflow_emails_are_replaced():
    assert wagtail_notifiers_still_connected() == []
    assert not [message for message in run_checks() if message.id == "reviews.E001"]


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_submitting_queues_the_emails_and_the_worker_sends_them(
    client, editorial, django_capture_on_commit_callbacks, monkeypatch
):
    people = editorial
    client.force_login(people.bikuben_editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = create_method_page(
            client, people.tree["method_indexes"]["bikuben"], "Erfaringskafé", "action-submit"
        )
    assert response.status_code == 302

    # The editor's request sent nothing; it queued one email task (next to Wagtail's own index tasks).
    assert mail.outbox == []
    queued = [result.task_path for result in DBTaskResult.objects.all()]
    assert [path for path in queued if path.startswith("reviews.")] == ["reviews.tasks.send_review_requested"]

    # The worker recycles database connections between tasks; inside the test's transaction it must not.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    call_command("db_worker", batch=True, no_startup_delay=True, interval=0, verbosity=0)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        user.email for user in (people.reviewer, people.reviewer2, people.reviewer3)
    )
    assert all("Erfaringskafé" in m.subject for m in mail.outbox)
    # Not Wagtail's own "submitted" email to the administrators.
    assert not [m for m in mail.outbox if people.admin.email in m.to]


def test_nothing_is_sent_if_the_action_is_rolled_back(client, editorial, django_capture_on_commit_callbacks):
    people = editorial
    client.force_login(people.bikuben_editor)
    create_method_page(client, people.tree["method_indexes"]["bikuben"], "Erfaringskafé", "action-submit")
    # Without a commit (callbacks not executed) nothing is queued or sent.
    assert mail.outbox == []


def test_notification_settings_are_respected(client, editorial, django_capture_on_commit_callbacks):
    people = editorial
    profile = UserProfile.get_for_user(people.reviewer3)
    profile.submitted_notifications = False
    profile.save()
    client.force_login(people.bikuben_editor)
    with django_capture_on_commit_callbacks(execute=True):
        create_method_page(client, people.tree["method_indexes"]["bikuben"], "Erfaringskafé", "action-submit")
    recipients = {m.to[0] for m in mail.outbox}
    assert people.reviewer.email in recipients
    assert people.reviewer3.email not in recipients


def test_the_reviewer_who_asks_for_changes_is_not_emailed(
    client, editorial, django_capture_on_commit_callbacks
):
    people = editorial
    client.force_login(people.bikuben_editor)
    create_method_page(client, people.tree["method_indexes"]["bikuben"], "Erfaringskafé", "action-submit")
    page = MethodPage.objects.get(title="Erfaringskafé")
    client.force_login(people.reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        request_changes(client, page, "Skriv mer om hvem som ledet utviklingen.")
    assert [m.to for m in mail.outbox] == [[people.bikuben_editor.email]]
