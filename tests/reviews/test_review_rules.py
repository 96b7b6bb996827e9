"""The review's rules: authors never review their own page, nobody counts twice, edits restart the review,
reviewers read but never edit or cancel."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Revision, TaskState

from methods.models import MethodPage
from reviews import roles
from reviews.models import LivedExperienceReviewTask, ReviewRecord
from tests.factories import MethodPageFactory

from .conftest import approve, create_method_page, edit_method_page, request_changes, workflow_action

pytestmark = pytest.mark.django_db


def submitted_page(client, people, title="Mestringskurs", author=None):
    client.force_login(author or people.bikuben_editor)
    response = create_method_page(client, people.tree["method_indexes"]["bikuben"], title, "action-submit")
    assert response.status_code == 302
    return MethodPage.objects.get(title=title)


def test_the_author_cannot_review_their_own_page(client, editorial):
    people = editorial
    # A centre editor who is also on the lived-experience panel writes and submits a page.
    people.bikuben_editor.groups.add(Group.objects.get(name=roles.REVIEWERS_GROUP))
    page = submitted_page(client, people)
    task = page.current_workflow_task
    assert task.get_actions(page, people.bikuben_editor) == []
    assert [name for name, *_ in task.get_actions(page, people.reviewer)] == ["approve", "reject"]

    # Not in their "Awaiting your review" list, and refused when posted anyway.
    assert not TaskState.objects.reviewable_by(people.bikuben_editor).exists()
    assert list(TaskState.objects.reviewable_by(people.reviewer)) == [
        page.current_workflow_task_state.taskstate_ptr
    ]
    response = approve(client, page)
    assert response.status_code == 403
    response = request_changes(client, page, "Jeg vil endre litt")
    assert response.status_code == 403
    assert not ReviewRecord.objects.exists()
    assert page.current_workflow_task_state.status == "in_progress"


def test_the_page_owner_cannot_review_a_page_someone_else_submitted(client, editorial):
    people = editorial
    people.bikuben_editor.groups.add(Group.objects.get(name=roles.REVIEWERS_GROUP))
    # The Bikuben editor writes a draft; a national editor submits it.
    client.force_login(people.bikuben_editor)
    create_method_page(client, people.tree["method_indexes"]["bikuben"], "Brukerstyrt seng")
    page = MethodPage.objects.get(title="Brukerstyrt seng")
    client.force_login(people.national)
    assert edit_method_page(client, page, "action-submit").status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state.requested_by == people.national

    client.force_login(people.bikuben_editor)
    assert approve(client, page).status_code == 403
    assert not ReviewRecord.objects.exists()


def test_a_reviewer_who_wrote_an_earlier_revision_cannot_review_after_a_trivial_later_save(client, editorial):
    people = editorial
    panel_member = people.bikuben_editor
    panel_member.groups.add(Group.objects.get(name=roles.REVIEWERS_GROUP))
    # The national editor creates the page (owner), the panel member writes the text, and the national
    # editor saves a trivial change and submits: neither owner, submitter nor author of the last revision.
    client.force_login(people.national)
    create_method_page(client, people.tree["method_indexes"]["bikuben"], "Erfaringsbasert kurs")
    page = MethodPage.objects.get(title="Erfaringsbasert kurs")
    client.force_login(panel_member)
    assert edit_method_page(client, page, summary="Teksten jeg skrev selv.").status_code == 302
    client.force_login(people.national)
    assert (
        edit_method_page(client, page, "action-submit", summary="Teksten jeg skrev selv!").status_code == 302
    )
    page.refresh_from_db()
    assert page.get_latest_revision().user == people.national

    assert page.current_workflow_task.get_actions(page, panel_member) == []
    assert not TaskState.objects.reviewable_by(panel_member).exists()
    client.force_login(panel_member)
    assert approve(client, page).status_code == 403
    assert not ReviewRecord.objects.exists()
    # Someone who wrote nothing reviews it as before.
    assert [name for name, *_ in page.current_workflow_task.get_actions(page, people.reviewer)] == [
        "approve",
        "reject",
    ]


def test_revisions_before_the_last_completed_review_do_not_exclude_their_author(editorial):
    from reviews.models import page_author_ids

    people = editorial
    index = people.tree["method_indexes"]["bikuben"]
    page = MethodPageFactory(parent=index, title="Gammel tekst", live=False, owner=people.national)
    old = page.save_revision(user=people.reviewer2)
    ReviewRecord.objects.create(
        page=page,
        revision=old,
        review_round=1,
        reviewer=people.reviewer3,
        decision="approved",
        completed_review=True,
    )
    page.save_revision(user=people.vestavind_editor)
    workflow_state = page.get_workflow().start(page, people.national)
    authors = page_author_ids(workflow_state.current_task_state)
    assert people.vestavind_editor.pk in authors
    assert people.reviewer2.pk not in authors


def test_one_reviewer_is_not_counted_twice(client, editorial):
    people = editorial
    page = submitted_page(client, people)
    client.force_login(people.reviewer)
    assert json.loads(approve(client, page).content)["step"] == "success"

    # The same reviewer tries again: no action is offered, a posted one is refused, nothing changes.
    page.refresh_from_db()
    assert page.current_workflow_task.get_actions(page, people.reviewer) == []
    assert approve(client, page).status_code == 403
    assert request_changes(client, page, "Likevel ikke").status_code == 403
    page.refresh_from_db()
    assert isinstance(page.current_workflow_task, LivedExperienceReviewTask)
    assert page.current_workflow_task_state.approval_count() == 1
    assert ReviewRecord.objects.count() == 1

    # The database refuses a second decision by the same reviewer in the same round too.
    with pytest.raises(IntegrityError), transaction.atomic():
        ReviewRecord.objects.create(
            page=page,
            review_round=page.current_workflow_task_state.pk,
            reviewer=people.reviewer,
            decision=ReviewRecord.Decision.APPROVED,
        )

    # A different reviewer completes the review.
    client.force_login(people.reviewer2)
    approve(client, page)
    page.refresh_from_db()
    assert isinstance(page.current_workflow_task, GroupApprovalTask)


def test_the_number_of_reviewers_is_a_setting_of_the_task(client, editorial):
    people = editorial
    LivedExperienceReviewTask.objects.update(required_approvals=3)
    page = submitted_page(client, people)
    for reviewer in (people.reviewer, people.reviewer2):
        client.force_login(reviewer)
        approve(client, page)
    page.refresh_from_db()
    assert isinstance(page.current_workflow_task, LivedExperienceReviewTask)
    assert page.current_workflow_task_state.approval_count() == 2
    client.force_login(people.reviewer3)
    approve(client, page)
    page.refresh_from_db()
    assert isinstance(page.current_workflow_task, GroupApprovalTask)


def test_editing_after_the_review_restarts_it_and_keeps_the_old_records(
    client, editorial, django_capture_on_commit_callbacks
):
    people = editorial
    page = submitted_page(client, people)
    reviewed_revision = page.get_latest_revision()
    for reviewer in (people.reviewer, people.reviewer2):
        client.force_login(reviewer)
        approve(client, page)
    page.refresh_from_db()
    assert isinstance(page.current_workflow_task, GroupApprovalTask)
    mail.outbox.clear()

    # At the editorial step a national editor changes the text and saves, then approves.
    client.force_login(people.national)
    response = edit_method_page(client, page, summary="En ny og annerledes oppsummering av tilbudet.")
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, page, "approve", comment="")

    # Not published: the changed version goes back to the lived-experience panel.
    page.refresh_from_db()
    assert not page.live
    task_state = page.current_workflow_task_state
    assert isinstance(task_state.task.specific, LivedExperienceReviewTask)
    assert task_state.revision != reviewed_revision
    assert task_state.revision == page.get_latest_revision()
    assert task_state.approval_count() == 0
    assert {m.to[0] for m in mail.outbox if "Please review" in m.subject} == {
        people.reviewer.email,
        people.reviewer2.email,
        people.reviewer3.email,
    }

    # The first round's records are kept, and the same reviewers may review the new version.
    assert ReviewRecord.objects.filter(page=page, revision=reviewed_revision).count() == 2
    client.force_login(people.reviewer)
    assert json.loads(approve(client, page).content)["step"] == "success"
    assert ReviewRecord.objects.filter(page=page).count() == 3


def test_resubmitting_after_changes_starts_a_new_round(client, editorial):
    people = editorial
    page = submitted_page(client, people)
    client.force_login(people.reviewer)
    approve(client, page)
    client.force_login(people.reviewer2)
    request_changes(client, page, "Beskriv erfaringsgrunnlaget tydeligere.")

    client.force_login(people.bikuben_editor)
    response = edit_method_page(
        client,
        page,
        "action-submit",
        lived_experience_origin=json.dumps(
            {
                "blocks": [
                    {
                        "key": "a",
                        "type": "unstyled",
                        "text": "Utviklet av tolv pårørende i Innlandet over to år.",
                        "depth": 0,
                        "inlineStyleRanges": [],
                        "entityRanges": [],
                    }
                ],
                "entityMap": {},
            }
        ),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    assert task_state.status == "in_progress"
    assert isinstance(task_state.task.specific, LivedExperienceReviewTask)
    # The approval from the first round does not count for the new version.
    assert task_state.approval_count() == 0
    client.force_login(people.reviewer2)
    approve(client, page)
    page.refresh_from_db()
    assert isinstance(page.current_workflow_task, LivedExperienceReviewTask), "one approval of two"
    assert ReviewRecord.objects.filter(page=page).count() == 3


def test_reviewers_read_the_page_in_the_editor_but_cannot_change_or_cancel_it(client, editorial):
    people = editorial
    page = submitted_page(client, people)
    revisions = Revision.objects.filter(object_id=str(page.pk)).count()

    client.force_login(people.reviewer)
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    editor = client.get(edit_url)
    assert editor.status_code == 200
    html = editor.content.decode()
    assert "This page is waiting for your lived-experience review" in html
    assert "action-cancel-workflow" not in html
    assert client.get(reverse("wagtailadmin_pages:view_draft", args=(page.pk,))).status_code == 200

    # Saving changes is refused by the lock; cancelling the workflow is refused outright.
    edit_method_page(client, page, summary="Endret av en gjennomgåer")
    assert Revision.objects.filter(object_id=str(page.pk)).count() == revisions
    response = edit_method_page(client, page, "action-cancel-workflow")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")  # Wagtail's "no permission" redirect
    page.refresh_from_db()
    assert page.current_workflow_state.status == "in_progress"

    # The author, who may cancel, still can.
    client.force_login(people.bikuben_editor)
    assert "action-cancel-workflow" in client.get(edit_url).content.decode()


def test_an_old_review_round_cannot_be_acted_on(client, editorial):
    people = editorial
    page = submitted_page(client, people)
    old_state = page.current_workflow_task_state
    client.force_login(people.reviewer)
    request_changes(client, page, "Mer klarspråk, takk.")
    client.force_login(people.bikuben_editor)
    edit_method_page(client, page, "action-submit")

    client.force_login(people.reviewer2)
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", old_state.pk))
    response = client.post(
        url,
        {
            key: "on"
            for key in (
                "respectful_language",
                "origin_truthful",
                "user_perspective",
                "understandable_use",
                "plain_language",
            )
        },
        headers={"X-Requested-With": "XMLHttpRequest"},
    )
    assert response.status_code == 403
    assert not ReviewRecord.objects.filter(review_round=old_state.pk, reviewer=people.reviewer2).exists()
