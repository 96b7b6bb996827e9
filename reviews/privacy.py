"""Who may see which lived-experience reviewer: the one rule every admin screen asks.

Lived experience is sensitive personal information. A reviewer is named only to national editors,
administrators and themselves, unless they chose to be named (ReviewerProfile.show_name_publicly). Everyone
else reads "A lived-experience reviewer" for what a reviewer did on the lived-experience review task; what
the same person does in another role (editing a page, say) is not a review and is shown as usual.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.utils import get_user_display_name
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from . import roles
from .models import LivedExperienceReviewTask, ReviewerProfile, ReviewRecord

ANONYMOUS_REVIEWER = _("A lived-experience reviewer")

# Log actions a reviewer's decision on the review task writes (with the task in their data).
REVIEW_LOG_ACTIONS = {"wagtail.workflow.approve", "wagtail.workflow.reject", "reviews.review_approved"}


def _sees_every_reviewer(viewer):
    """Administrators and national editors; remembered on the user object for the request."""
    if not hasattr(viewer, "_sees_every_reviewer"):
        viewer._sees_every_reviewer = bool(
            viewer.is_authenticated
            and (viewer.is_superuser or viewer.groups.filter(name=roles.NATIONAL_EDITORS_GROUP).exists())
        )
    return viewer._sees_every_reviewer


def may_see_reviewer(viewer, reviewer):
    """May `viewer` learn that `reviewer` reviewed? The one place this question is answered."""
    if reviewer is None or getattr(reviewer, "pk", None) is None:
        return True  # a deleted user: there is no name to protect
    if viewer.is_authenticated and viewer.pk == reviewer.pk:
        return True
    if _sees_every_reviewer(viewer):
        return True
    return ReviewerProfile.objects.filter(user_id=reviewer.pk, show_name_publicly=True).exists()


def reviewer_name(viewer, reviewer):
    """The reviewer's display name, or 'A lived-experience reviewer' when the viewer may not know it."""
    if may_see_reviewer(viewer, reviewer):
        return get_user_display_name(reviewer) if reviewer is not None else ""
    return str(ANONYMOUS_REVIEWER)


def _review_task_ids():
    return set(LivedExperienceReviewTask.objects.values_list("pk", flat=True))


def is_review_log_entry(entry, review_task_ids=None):
    """A reviewer's decision on the lived-experience review task, as written to the audit log."""
    if entry.action not in REVIEW_LOG_ACTIONS:
        return False
    data = entry.data or {}
    # Wagtail's workflow actions nest the task under "workflow"; reviews.review_approved has it on top.
    task = data.get("task") or (data.get("workflow") or {}).get("task") or {}
    ids = _review_task_ids() if review_task_ids is None else review_task_ids
    return task.get("id") in ids


def hides_log_entry_user(viewer, entry, review_task_ids=None):
    """Must this log entry's user be hidden from the viewer?"""
    return (
        entry.user_id is not None
        and is_review_log_entry(entry, review_task_ids)
        and not may_see_reviewer(viewer, entry.user)
    )


class AnonymousReviewer:
    """Stands in for a hidden reviewer where Wagtail's templates show a user: no name, no avatar."""

    pk = id = None

    def get_full_name(self):
        return str(ANONYMOUS_REVIEWER)

    def get_username(self):
        return str(ANONYMOUS_REVIEWER)

    def __str__(self):
        return str(ANONYMOUS_REVIEWER)


def hide_reviewers_in_log_entries(viewer, entries):
    """Put the stand-in in place of hidden reviewers in these log entries, for display and export only."""
    entries = list(entries)
    review_task_ids = _review_task_ids()
    for entry in entries:
        if hides_log_entry_user(viewer, entry, review_task_ids):
            entry.user_display_name = str(ANONYMOUS_REVIEWER)  # a cached_property on the entry
            entry._state.fields_cache["user"] = AnonymousReviewer()
    return entries


def hides_task_state_user(viewer, task_state):
    """Must the person who finished this task state (approved or requested changes) be hidden?"""
    return (
        task_state is not None
        and task_state.finished_by_id is not None
        and isinstance(task_state.task.specific, LivedExperienceReviewTask)
        and not may_see_reviewer(viewer, task_state.finished_by)
    )


def hide_reviewers_in_task_states(viewer, task_states):
    """Put the stand-in in place of hidden reviewers as these task states' `finished_by` (never saved)."""
    for task_state in task_states:
        if hides_task_state_user(viewer, task_state):
            task_state._state.fields_cache["finished_by"] = AnonymousReviewer()


def hides_editing_session_user(viewer, user, obj):
    """Must the user be hidden among the people who have the object open in the editor?

    Reviewers read a page in the editor while reviewing it; one who has no editing rights there is
    there as a reviewer, and their presence says who is reviewing."""
    if user is None or getattr(user, "pk", None) is None or not isinstance(obj, Page):
        return False
    return (
        user.groups.filter(livedexperiencereviewtask__active=True).exists()
        and not may_see_reviewer(viewer, user)
        and not page_permission_policy.user_has_permission_for_instance(user, "change", obj)
    )


def users_without_hidden_reviewers(viewer, users):
    """`users` (a history filter's choices) without reviewers hidden from the viewer: filtering by one
    would show which decisions were theirs."""
    if _sees_every_reviewer(viewer):
        return users
    reviewers = ReviewRecord.objects.exclude(reviewer=None).values_list("reviewer_id", flat=True)
    return users.exclude(
        Q(pk__in=reviewers) & ~Q(pk=viewer.pk) & ~Q(reviewer_profile__show_name_publicly=True)
    )
