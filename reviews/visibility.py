"""Which pages a user may see in the admin at all: centres never see each other's pages.

A centre editor has rights only on their own centre's page (in each language). Wagtail already limits the
explorer and the page search to the pages a user has rights on (and their ancestors); the same set is used
for the admin screens that list or name pages some other way (review reports, bulk-action confirmations,
the page chooser). Reviewers also see the pages they review or reviewed. Administrators and national
editors, who have rights on every home page, see everything.
"""

from django.db.models import Q
from wagtail.models import Page, TaskState
from wagtail.permissions import page_permission_policy

from .models import LivedExperienceReviewTaskState, ReviewRecord


def _reviewed_page_ids(user):
    """Pages in a review round the user is asked to review, or which they reviewed."""
    in_review = LivedExperienceReviewTaskState.objects.filter(
        status=TaskState.STATUS_IN_PROGRESS, task__livedexperiencereviewtask__groups__user=user
    ).values_list("workflow_state__object_id", flat=True)
    ids = {int(pk) for pk in in_review}
    ids.update(ReviewRecord.objects.filter(reviewer=user).values_list("page_id", flat=True))
    return ids


def visible_pages(user, pages=None):
    """`pages` (all pages by default) narrowed to those the user may see in the admin."""
    pages = Page.objects.all() if pages is None else pages
    if not user.is_active:
        return pages.none()
    if user.is_superuser:
        return pages
    explorable = page_permission_policy.explorable_instances(user).values("pk")
    return pages.filter(Q(pk__in=explorable) | Q(pk__in=_reviewed_page_ids(user)))


def may_see_page(user, page):
    return visible_pages(user, Page.objects.filter(pk=page.pk)).exists()
