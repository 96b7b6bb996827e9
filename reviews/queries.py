"""Questions asked of the review records: the latest completed review, who may be named, what is due."""

import calendar
from datetime import datetime

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.admin.utils import get_user_display_name
from wagtail.models import TaskState

from methods.models import CentrePage, MethodPage

from .models import LivedExperienceReviewTaskState, ReviewRecord


def review_period_months():
    return int(getattr(settings, "REVIEW_PERIOD_MONTHS", 24))


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (the last day of the month if it is shorter)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def review_due_cutoff(now=None):
    return months_before(now or timezone.now(), review_period_months())


def latest_completed_review(page):
    """The approval that completed the page's latest lived-experience review, or None."""
    return (
        ReviewRecord.objects.filter(page_id=page.pk, completed_review=True)
        .order_by("-created_at", "-pk")
        .first()
    )


def live_content_review(page):
    """The completed review of exactly what the public sees (the live revision), or None.

    None when the live version was published without review (an administrator's first migration) or
    differs from the reviewed one in any way: the public badge never claims a review of other content.
    An alias shows its source page, so it has its source's review.
    """
    source = page.alias_of if getattr(page, "alias_of_id", None) else page
    if not source.live_revision_id:
        return None
    return (
        ReviewRecord.objects.filter(
            page_id=source.pk, revision_id=source.live_revision_id, completed_review=True
        )
        .order_by("-created_at", "-pk")
        .first()
    )


def public_reviewer_names(record):
    """Names of the reviewers in the record's round who chose to be named publicly (full names only)."""
    approvals = (
        ReviewRecord.objects.filter(
            review_round=record.review_round,
            decision=ReviewRecord.Decision.APPROVED,
            reviewer__reviewer_profile__show_name_publicly=True,
        )
        .select_related("reviewer")
        .order_by("created_at", "pk")
    )
    return [name for name in (approval.reviewer.get_full_name().strip() for approval in approvals) if name]


def last_completed_review_subquery():
    return Subquery(
        ReviewRecord.objects.filter(page_id=OuterRef("pk"), completed_review=True)
        .order_by("-created_at", "-pk")
        .values("created_at")[:1]
    )


def pages_due_for_review(now=None):
    """Live method pages whose last completed review (or, if never reviewed, first publication) is older
    than the review period. Aliases follow their source page and are left out."""

    return (
        MethodPage.objects.live()
        .filter(alias_of__isnull=True)
        .annotate(last_reviewed_at=last_completed_review_subquery())
        .annotate(review_reference_at=Coalesce("last_reviewed_at", "first_published_at"))
        .filter(review_reference_at__lt=review_due_cutoff(now))
        .order_by("review_reference_at", "pk")
    )


def waiting_review_states():
    """Review rounds in progress, the longest-waiting first."""
    return (
        LivedExperienceReviewTaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS)
        .select_related("workflow_state__requested_by", "revision__user", "task")
        .order_by("started_at", "pk")
    )


def reviewer_label(record):
    return get_user_display_name(record.reviewer) if record.reviewer else ""


def centre_name(page):
    """The registry name of the centre a page belongs to ('Vårres'), or '' outside the centres."""
    centre = CentrePage.containing(page)
    return centre.identity.name if centre else ""
