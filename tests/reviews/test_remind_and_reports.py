"""`remind_reviews` puts overdue pages back into review; the admin reports show what waits and what is due."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, TaskState, WorkflowState

from methods.models import MethodPage
from reviews.models import LivedExperienceReviewTask, ReviewerProfile, ReviewRecord
from reviews.queries import months_before
from tests.factories import MethodPageFactory, publish_unreviewed
from tests.i18n.helpers import translated

from .conftest import approve

NOT_YET = translated("Not yet reviewed by the lived-experience panel")

pytestmark = pytest.mark.django_db


def live_page(parent, title, published_months_ago, reviewed_months_ago=None, reviewers=()):
    page = MethodPageFactory(parent=parent, title=title, live=True)
    publish_unreviewed(page.save_revision())
    page.refresh_from_db()
    now = timezone.now()
    Page.objects.filter(pk=page.pk).update(first_published_at=months_before(now, published_months_ago))
    if reviewed_months_ago is not None:
        reviewed_at = months_before(now, reviewed_months_ago)
        for number, reviewer in enumerate(reviewers, start=1):
            ReviewRecord.objects.create(
                page=page,
                revision=page.live_revision,
                review_round=10_000 + page.pk,
                reviewer=reviewer,
                decision=ReviewRecord.Decision.APPROVED,
                checklist={"respectful_language": True},
                completed_review=number == len(reviewers),
                created_at=reviewed_at,
            )
    return MethodPage.objects.get(pk=page.pk)


@pytest.fixture
def aging(editorial):
    people = editorial
    bikuben = people.tree["method_indexes"]["bikuben"]
    reviewers = (people.reviewer, people.reviewer2)
    return {
        "overdue": live_page(bikuben, "Gammel metode", 40, 25, reviewers),
        "recent": live_page(bikuben, "Fersk metode", 40, 3, reviewers),
        "never": live_page(bikuben, "Aldri gjennomgått", 30),
        "new": live_page(bikuben, "Ny og aldri gjennomgått", 2),
    }


def test_remind_reviews_puts_overdue_pages_back_into_review_and_tells_the_centre(
    editorial, aging, django_capture_on_commit_callbacks, capsys
):
    people = editorial
    with django_capture_on_commit_callbacks(execute=True):
        call_command("remind_reviews")

    for key in ("overdue", "never"):
        page = MethodPage.objects.get(pk=aging[key].pk)
        task_state = page.current_workflow_task_state
        assert isinstance(task_state.task.specific, LivedExperienceReviewTask), key
        assert task_state.revision == page.get_latest_revision()
        assert page.live, "the published page stays online while it is reviewed again"
    for key in ("recent", "new"):
        assert MethodPage.objects.get(pk=aging[key].pk).current_workflow_state is None, key

    to_editor = [m for m in mail.outbox if m.to == [people.bikuben_editor.email]]
    assert sorted(m.subject for m in to_editor) == [
        "Back in lived-experience review: “Aldri gjennomgått”",
        "Back in lived-experience review: “Gammel metode”",
    ]
    [overdue_mail] = [m for m in to_editor if "Gammel metode" in m.subject]
    last_review = ReviewRecord.objects.filter(page=aging["overdue"], completed_review=True).get().created_at
    assert f"{last_review:%Y}" in overdue_mail.body
    assert f"http://testserver/admin/pages/{aging['overdue'].pk}/edit/" in overdue_mail.body
    assert not [m for m in mail.outbox if m.to == [people.vestavind_editor.email]]
    to_reviewer = [m for m in mail.outbox if m.to == [people.reviewer.email]]
    assert len(to_reviewer) == 2
    assert all("is due for a new lived-experience review" in m.body for m in to_reviewer)
    assert "2 page(s) put back into review" in capsys.readouterr().out

    # Running again (cron does, daily) restarts nothing and sends nothing.
    mail.outbox.clear()
    states = WorkflowState.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("remind_reviews")
    assert WorkflowState.objects.count() == states
    assert mail.outbox == []
    assert "0 page(s) put back into review" in capsys.readouterr().out


def test_remind_reviews_dry_run_changes_nothing(editorial, aging, capsys):
    call_command("remind_reviews", dry_run=True)
    assert not WorkflowState.objects.exists()
    out = capsys.readouterr().out
    assert "Due: 'Gammel metode'" in out and "Due: 'Aldri gjennomgått'" in out
    assert "Fersk metode" not in out


def test_the_review_period_is_a_setting(editorial, aging, settings):
    settings.REVIEW_PERIOD_MONTHS = 48
    call_command("remind_reviews")
    assert not WorkflowState.objects.exists()


def test_waiting_report_lists_pages_in_review_and_how_long_they_waited(client, editorial, aging):
    people = editorial
    page = aging["overdue"]
    page.get_workflow().start(page, people.bikuben_editor)
    TaskState.objects.filter(pk=page.current_workflow_task_state.pk).update(
        started_at=timezone.now() - timedelta(days=5, hours=1)
    )
    client.force_login(people.reviewer)
    approve(client, page)

    client.force_login(people.national)
    html = client.get(reverse("reviews:waiting")).content.decode()
    assert "Gammel metode" in html
    assert "5 days" in html
    assert "1 / 2" in html
    assert "Bikuben" in html
    assert "Kari Nordmann" in html
    export = client.get(reverse("reviews:waiting") + "?export=csv")
    csv = b"".join(export.streaming_content).decode()
    assert "Gammel metode" in csv and ",5," in csv


def test_due_report_lists_overdue_and_never_reviewed_pages(client, editorial, aging):
    client.force_login(editorial.bikuben_editor)
    html = client.get(reverse("reviews:due")).content.decode()
    assert "Gammel metode" in html
    assert "Aldri gjennomgått" in html
    assert "Never reviewed" in html
    assert "Fersk metode" not in html
    assert "Ny og aldri gjennomgått" not in html


def test_history_report_shows_every_decision(client, editorial, aging):
    people = editorial
    page = aging["overdue"]
    ReviewRecord.objects.create(
        page=page,
        revision=page.live_revision,
        review_round=1,
        reviewer=people.reviewer3,
        decision=ReviewRecord.Decision.CHANGES_REQUESTED,
        checklist={"plain_language": True},
        comment="Forklar ordet «recovery».",
    )
    client.force_login(people.national)
    html = client.get(reverse("reviews:history", args=(page.pk,))).content.decode()
    rows = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    assert rows.count("<tr>") == 3
    assert "Forklar ordet «recovery»." in html
    assert "Changes requested" in html
    assert "Randi Erfaring" in html
    assert "The language is plain and easy to read" in html
    assert reverse("wagtailadmin_pages:revisions_view", args=(page.pk, page.live_revision.pk)) in html


def test_reports_are_for_editors_and_reviewers_only(client, editorial, django_user_model):
    outsider = django_user_model.objects.create_user("utenforstaende", password="x")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    for name in ("reviews:waiting", "reviews:due"):
        assert client.get(reverse(name)).status_code == 302  # Wagtail's permission-denied redirect
    client.force_login(editorial.reviewer)
    assert client.get(reverse("reviews:waiting")).status_code == 200


def test_badge_shows_the_latest_review_date_and_only_opted_in_names(editorial, aging):
    people = editorial
    ReviewerProfile.objects.create(user=people.reviewer2, show_name_publicly=True)
    html = render_to_string("reviews/includes/review_badge.html", {"page": aging["recent"]})
    record = ReviewRecord.objects.get(page=aging["recent"], completed_review=True)
    assert f'datetime="{timezone.localtime(record.created_at):%Y-%m-%d}"' in html
    assert "Per Pårørende" in html
    assert "Randi Erfaring" not in html  # did not opt in
    never = render_to_string("reviews/includes/review_badge.html", {"page": aging["never"]})
    assert NOT_YET in never and "datetime=" not in never


def test_a_request_for_changes_is_not_a_completed_review(editorial, aging):
    page = aging["never"]
    ReviewRecord.objects.create(
        page=page,
        review_round=5,
        reviewer=editorial.reviewer,
        decision=ReviewRecord.Decision.CHANGES_REQUESTED,
        comment="Nei",
    )
    html = render_to_string("reviews/includes/review_badge.html", {"page": page})
    assert NOT_YET in html and "datetime=" not in html


def test_the_badge_claims_no_review_for_a_live_version_published_after_the_review(editorial, aging):
    page = aging["recent"]
    assert "datetime=" in render_to_string("reviews/includes/review_badge.html", {"page": page})
    # An administrator's unreviewed correction: the reviewed date must not be shown for it.
    publish_unreviewed(page.save_revision())
    page.refresh_from_db()
    html = render_to_string("reviews/includes/review_badge.html", {"page": page})
    assert NOT_YET in html and "datetime=" not in html
