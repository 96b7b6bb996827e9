"""import_methods never publishes past the lived-experience review: records that say "published" are
submitted to the review workflow; only a first migration with a reason publishes, logged and shown as
"not yet reviewed" in public."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import PageLogEntry, TaskState, WorkflowPage, WorkflowState

from methods.models import MethodPage
from methods.publishing import PUBLISH_WITHOUT_REVIEW
from tests.importing.import_helpers import (
    FIRST_MIGRATION,
    rewrite,
    run_first_migration,
    run_import,
    site_state,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]

REASON = FIRST_MIGRATION[-1]


def not_yet_reviewed():
    """The public badge's words on a bokmål page."""
    with translation.override("nb"):
        return gettext("Not yet reviewed by the lived-experience panel")


def published(records):
    return [r for r in records if r["published"]]


def page_of(record):
    return MethodPage.objects.get(slug=record["id"], locale__language_code=record["language"])


def test_without_the_flag_nothing_is_published_and_published_records_are_submitted(
    six_centres, import_folder, import_records, client, capsys
):
    run_import(import_folder)

    out = capsys.readouterr().out
    assert not MethodPage.objects.filter(live=True).exists()
    for record in import_records:
        page = page_of(record)
        assert client.get(f"/sentre/{record['centre']}/metoder-og-verktoy/{record['id']}/").status_code == 404
        state = page.current_workflow_state
        if record["published"]:
            assert state.status == WorkflowState.STATUS_IN_PROGRESS
            assert state.current_task_state.revision_id == page.latest_revision_id
            assert f"{record['centre']}/{record['id']} (nb): submitted for lived-experience review" in out
        else:
            assert state is None
            assert f"{record['centre']}/{record['id']} (nb): saved as draft" in out
    assert not PageLogEntry.objects.filter(action=PUBLISH_WITHOUT_REVIEW).exists()


@pytest.mark.parametrize("reason", [None, "   "], ids=["no-reason", "blank-reason"])
def test_publishing_unreviewed_without_a_reason_is_refused_and_imports_nothing(
    six_centres, import_folder, reason
):
    before = site_state()
    args = ["--publish-unreviewed"] + ([] if reason is None else ["--reason", reason])

    with pytest.raises(CommandError, match="--publish-unreviewed needs --reason"):
        call_command("import_methods", str(import_folder), *args)

    assert site_state() == before


def test_first_migration_publishes_logs_the_reason_and_says_not_yet_reviewed(
    six_centres, import_folder, import_records, client, capsys
):
    run_first_migration(import_folder)

    out = capsys.readouterr().out
    live = published(import_records)
    assert set(MethodPage.objects.filter(live=True).values_list("slug", flat=True)) == {r["id"] for r in live}
    entries = PageLogEntry.objects.filter(action=PUBLISH_WITHOUT_REVIEW)
    assert sorted(entries.values_list("page__slug", flat=True)) == sorted(r["id"] for r in live)
    assert {entry.data["reason"] for entry in entries} == {REASON}
    assert f"{live[0]['centre']}/{live[0]['id']} (nb): published without lived-experience review" in out
    html = client.get(page_of(live[0]).url).content.decode()
    assert live[0]["title"] in html
    assert not_yet_reviewed() in html
    assert not WorkflowState.objects.exists()


def test_a_changed_record_of_a_page_in_review_restarts_the_review_with_the_new_version(
    six_centres, import_folder, import_records, capsys
):
    run_import(import_folder)
    record = published(import_records)[0]
    page = page_of(record)
    first = page.current_workflow_state
    record["summary"] = "Et nytt sammendrag, skrevet etter at siden ble sendt til gjennomgang."
    rewrite(import_folder, import_records)
    capsys.readouterr()

    run_import(import_folder)

    page.refresh_from_db()
    first.refresh_from_db()
    assert first.status == WorkflowState.STATUS_CANCELLED
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.revision.as_object().summary == record["summary"]
    assert not page.live
    assert "review under way starts over with this version" in capsys.readouterr().out


def test_a_changed_record_after_the_panel_asked_for_changes_resumes_the_review(
    six_centres, import_folder, import_records, capsys
):
    run_import(import_folder)
    record = published(import_records)[0]
    page = page_of(record)
    state = page.current_workflow_state
    # What a reviewer's "Request changes" leaves behind (reviews.models.LivedExperienceReviewTask.on_action).
    TaskState.objects.filter(pk=state.current_task_state_id).update(status=TaskState.STATUS_REJECTED)
    WorkflowState.objects.filter(pk=state.pk).update(status=WorkflowState.STATUS_NEEDS_CHANGES)
    record["aim"] = "Et tydeligere mål, slik panelet ba om."
    rewrite(import_folder, import_records)
    capsys.readouterr()

    run_import(import_folder)

    state.refresh_from_db()
    page.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.revision_id == page.latest_revision_id
    assert "submitted for lived-experience review again (the panel had asked for changes)" in (
        capsys.readouterr().out
    )


def test_without_a_review_workflow_published_records_are_saved_as_drafts_and_the_report_says_so(
    six_centres, import_folder, import_records, capsys
):
    WorkflowPage.objects.all().delete()

    run_import(import_folder)

    record = published(import_records)[0]
    assert not MethodPage.objects.filter(live=True).exists() and not WorkflowState.objects.exists()
    assert (
        f"{record['centre']}/{record['id']} (nb): saved as draft: no review workflow applies to this page, "
        "so it could not be submitted"
    ) in capsys.readouterr().out
