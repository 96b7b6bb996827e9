"""The whole editorial journey through Wagtail's own admin views, logged in as each role in turn."""

import json

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import GroupApprovalTask, PageLogEntry

from methods.models import MethodPage
from reviews.models import LivedExperienceReviewTask, ReviewRecord

from .conftest import approve, create_method_page, request_changes, workflow_action

pytestmark = pytest.mark.django_db


def mails_to(user):
    return [message for message in mail.outbox if user.email in message.to]


def test_centre_editor_submits_two_reviewers_approve_national_editor_publishes(
    client, editorial, django_capture_on_commit_callbacks
):
    people = editorial
    # A reviewer opts in to being named publicly, through Wagtail's account settings.
    client.force_login(people.reviewer)
    account = client.get(reverse("wagtailadmin_account"))
    assert "reviewer_profile-show_name_publicly" in account.content.decode()
    response = client.post(
        reverse("wagtailadmin_account"),
        {
            "name_email-first_name": "Randi",
            "name_email-last_name": "Erfaring",
            "name_email-email": people.reviewer.email,
            "locale-preferred_language": "en",
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
            "theme-keyboard_shortcuts": "on",
            "reviewer_profile-show_name_publicly": "on",
        },
    )
    assert response.status_code == 302
    assert people.reviewer.reviewer_profile.show_name_publicly is True

    # 1. The Bikuben editor creates a method page in their centre and submits it.
    client.force_login(people.bikuben_editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = create_method_page(
            client, people.tree["method_indexes"]["bikuben"], "Samtalegruppe for pårørende", "action-submit"
        )
    assert response.status_code == 302
    page = MethodPage.objects.get(title="Samtalegruppe for pårørende")
    assert not page.live
    assert page.owner == people.bikuben_editor
    review_task = page.current_workflow_task
    assert isinstance(review_task, LivedExperienceReviewTask)

    # The lived-experience panel is told, with links into the admin; the author is not asked to review.
    for reviewer in (people.reviewer, people.reviewer2, people.reviewer3):
        [message] = mails_to(reviewer)
        assert "Samtalegruppe for pårørende" in message.subject
        assert f"http://testserver/admin/pages/workflow/preview/{page.pk}/{review_task.pk}/" in message.body
        assert "http://testserver/admin/" in message.body
        assert "Bikuben" in message.body
    assert mails_to(people.bikuben_editor) == []
    assert mails_to(people.national) == []
    mail.outbox.clear()

    # 2. The first reviewer sees the page on the dashboard, opens the review form and approves.
    client.force_login(people.reviewer)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting your review" in dashboard
    assert "Samtalegruppe for pårørende" in dashboard
    task_state = page.current_workflow_task_state
    form = client.get(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)),
        headers={"X-Requested-With": "XMLHttpRequest"},
    )
    html = json.loads(form.content)["html"]
    assert "The language is respectful and non-stigmatising" in html
    assert "approvals so far: 0" in html
    preview = client.get(reverse("wagtailadmin_pages:workflow_preview", args=(page.pk, review_task.pk)))
    assert preview.status_code == 200
    assert "Samtalegruppe for pårørende" in preview.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = approve(client, page, comment="Respektfullt og tydelig.")
    assert json.loads(response.content)["step"] == "success"
    page.refresh_from_db()
    assert page.current_workflow_task == review_task, "one approval is not enough"
    assert mail.outbox == []
    # The page's history records the first approval.
    client.force_login(people.bikuben_editor)
    history = client.get(reverse("wagtailadmin_pages:history", args=(page.pk,))).content.decode()
    assert "Approved by a lived-experience reviewer (1 of 2 needed)" in history

    # 3. A second reviewer approves the same revision: the review is complete.
    client.force_login(people.reviewer2)
    with django_capture_on_commit_callbacks(execute=True):
        approve(client, page, comment="Fint språk.")
    page.refresh_from_db()
    assert isinstance(page.current_workflow_task, GroupApprovalTask)
    records = ReviewRecord.objects.filter(page=page).order_by("created_at")
    assert [r.reviewer for r in records] == [people.reviewer, people.reviewer2]
    assert all(r.revision == task_state.revision for r in records)
    assert [r.completed_review for r in records] == [False, True]
    assert records[0].checklist["plain_language"] is True
    [to_national] = mails_to(people.national)
    assert "editorial approval" in to_national.subject
    assert f"http://testserver/admin/pages/{page.pk}/edit/" in to_national.body
    [to_author] = mails_to(people.bikuben_editor)
    assert "Lived-experience review approved" in to_author.subject
    mail.outbox.clear()

    # 4. A national editor gives the editorial approval, which publishes the page as them.
    client.force_login(people.national)
    with django_capture_on_commit_callbacks(execute=True):
        response = workflow_action(client, page, "approve", comment="")
    page.refresh_from_db()
    assert page.live
    assert page.current_workflow_state is None
    assert page.live_revision.approved_go_live_at is None
    assert page.get_latest_revision().user == people.bikuben_editor
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").get().user == people.national
    [published] = mails_to(people.bikuben_editor)
    assert "Approved and published" in published.subject
    assert "http://testserver/" in published.body

    # 5. The public page carries the badge with the date of the review and only the opted-in name.
    client.logout()
    public = client.get(page.url).content.decode()
    with translation.override("nb"):
        assert gettext("Reviewed by the lived-experience panel") in public
    completed = timezone.localtime(records[1].created_at)
    assert f'datetime="{completed:%Y-%m-%d}"' in public
    assert "Randi Erfaring" in public
    assert "Per Pårørende" not in public


def test_request_changes_returns_the_page_to_its_author_with_the_comment(
    client, editorial, django_capture_on_commit_callbacks
):
    people = editorial
    client.force_login(people.bikuben_editor)
    create_method_page(client, people.tree["method_indexes"]["bikuben"], "Kriseplan", "action-submit")
    page = MethodPage.objects.get(title="Kriseplan")
    mail.outbox.clear()

    client.force_login(people.reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        response = request_changes(
            client,
            page,
            "Ordet «rusmisbruker» virker stigmatiserende. Skriv «person som bruker rusmidler».",
            plain_language=True,
        )
    assert json.loads(response.content)["step"] == "success"

    page.refresh_from_db()
    workflow_state = page.current_workflow_state
    assert workflow_state.status == "needs_changes"
    assert workflow_state.current_task_state.status == "rejected"
    assert workflow_state.current_task_state.comment.startswith("Ordet «rusmisbruker»")
    record = ReviewRecord.objects.get(page=page)
    assert record.decision == ReviewRecord.Decision.CHANGES_REQUESTED
    assert record.checklist == {
        "respectful_language": False,
        "origin_truthful": False,
        "user_perspective": False,
        "understandable_use": False,
        "plain_language": True,
    }

    # The author gets the comment and the checklist by email, with a link back to the page; the
    # reviewer who asked stays anonymous.
    [message] = mails_to(people.bikuben_editor)
    assert "Changes requested" in message.subject
    assert "Ordet «rusmisbruker» virker stigmatiserende" in message.body
    assert "[x] The language is plain and easy to read" in message.body
    assert "[ ] The language is respectful and non-stigmatising" in message.body
    assert f"http://testserver/admin/pages/{page.pk}/edit/" in message.body
    assert "Randi" not in message.body and "randi" not in message.body

    # Back in the editor, the page is editable again and Wagtail shows the comment in the workflow status.
    client.force_login(people.bikuben_editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    assert "Ordet «rusmisbruker» virker stigmatiserende" in edit
    assert "Page locked" not in edit


def test_request_changes_needs_a_comment_and_approval_needs_every_checklist_item(client, editorial):
    people = editorial
    client.force_login(people.bikuben_editor)
    create_method_page(client, people.tree["method_indexes"]["bikuben"], "Kriseplan", "action-submit")
    page = MethodPage.objects.get(title="Kriseplan")

    client.force_login(people.reviewer)
    response = request_changes(client, page, "   ")
    payload = json.loads(response.content)
    assert payload["step"] == "action"
    assert "Write a comment so that the author knows what to change." in payload["html"]

    response = approve(client, page, plain_language=False, comment="Ellers bra")
    payload = json.loads(response.content)
    assert payload["step"] == "action"
    assert "tick every item on the checklist" in payload["html"]
    assert "The language is plain and easy to read" in payload["html"]
    # What the reviewer wrote is still in the form.
    assert "Ellers bra" in payload["html"]
    assert not ReviewRecord.objects.exists()
    assert page.current_workflow_task_state.status == "in_progress"
