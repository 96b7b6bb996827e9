"""Background tasks (django-tasks) that send the workflow emails, so a slow mail server never slows an editor.

Each task takes ids only, loads what it needs, and returns how many messages it sent.
"""

from datetime import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django_tasks import task
from wagtail.admin.utils import get_user_display_name
from wagtail.models import Page, TaskState, WorkflowState

from methods.models import CentrePage

from .emails import page_links, send_to_users
from .queries import centre_name


def _users(ids):
    ids = {pk for pk in ids if pk is not None}
    return list(get_user_model().objects.filter(pk__in=ids)) if ids else []


def _author_ids(workflow_state, page):
    return {workflow_state.requested_by_id, page.owner_id}


def _page_context(page, revision=None, task=None):
    return {
        "page": page,
        "page_title": revision.object_str if revision else page.get_admin_display_title(),
        "centre_name": centre_name(page),
        "site_name": getattr(settings, "WAGTAIL_SITE_NAME", ""),
        **page_links(page, task),
    }


@task()
def send_review_requested(task_state_id):
    """Tell the lived-experience panel that a page waits for their review (never its authors)."""
    from .models import LivedExperienceReviewTaskState, page_author_ids

    task_state = LivedExperienceReviewTaskState.objects.filter(pk=task_state_id).first()
    if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
        return 0
    review_task = task_state.task.specific
    page = task_state.workflow_state.content_object.specific
    reviewers = (
        get_user_model()
        .objects.filter(groups__in=review_task.groups.all())
        .exclude(pk__in=page_author_ids(task_state))
        .distinct()
    )
    # No requester: remind_reviews restarted the review because it was due.
    submitter = task_state.workflow_state.requested_by
    context = {
        **_page_context(page, task_state.revision, review_task),
        "task": review_task,
        "required_approvals": review_task.required_approvals,
        "submitted_by": get_user_display_name(submitter) if submitter else "",
    }
    return send_to_users(reviewers, "review_requested", context, preference="submitted")


@task()
def send_approval_requested(task_state_id, user_id=None):
    """Tell a group approval task's groups (the national editors) that a page waits for their approval."""
    task_state = TaskState.objects.filter(pk=task_state_id).first()
    if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
        return 0
    approval_task = task_state.task.specific
    page = task_state.workflow_state.content_object.specific
    members = Q(groups__in=approval_task.groups.all())
    if getattr(settings, "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", True):
        members |= Q(is_superuser=True)
    recipients = get_user_model().objects.filter(members).exclude(pk=user_id).distinct()
    context = {**_page_context(page, task_state.revision, approval_task), "task": approval_task}
    return send_to_users(recipients, "approval_requested", context, preference="submitted")


@task()
def send_review_completed(task_state_id, user_id=None):
    """Tell the authors that the lived-experience review approved their page."""
    task_state = TaskState.objects.filter(pk=task_state_id).first()
    if task_state is None:
        return 0
    workflow_state = task_state.workflow_state
    page = workflow_state.content_object.specific
    recipients = _users(_author_ids(workflow_state, page) - {user_id})
    context = {
        **_page_context(page, task_state.revision),
        "task": task_state.task,
        "next_task": workflow_state.get_next_task() if workflow_state.status == "in_progress" else None,
    }
    return send_to_users(recipients, "review_completed", context, preference="approved")


@task()
def send_changes_requested(task_state_id, user_id=None):
    """Tell the authors that a reviewer or an editor sent the page back, with their comment."""
    from .models import ReviewRecord

    task_state = TaskState.objects.filter(pk=task_state_id).first()
    if task_state is None:
        return 0
    workflow_state = task_state.workflow_state
    page = workflow_state.content_object.specific
    record = (
        ReviewRecord.objects.filter(
            review_round=task_state.pk, decision=ReviewRecord.Decision.CHANGES_REQUESTED
        )
        .order_by("-created_at")
        .first()
    )
    recipients = _users(_author_ids(workflow_state, page) - {user_id})
    context = {
        **_page_context(page, task_state.revision),
        "task": task_state.task,
        "comment": task_state.comment,
        "checklist_items": record.checklist_items if record else [],
        # A lived-experience reviewer stays anonymous in email; an editor's name is given.
        "sent_back_by": (
            get_user_display_name(task_state.finished_by) if task_state.finished_by and record is None else ""
        ),
    }
    return send_to_users(recipients, "changes_requested", context, preference="rejected")


@task()
def send_published(workflow_state_id, user_id=None):
    """Tell the authors that the workflow finished and the page is published."""
    workflow_state = WorkflowState.objects.filter(pk=workflow_state_id).first()
    if workflow_state is None:
        return 0
    page = workflow_state.content_object.specific
    recipients = _users(_author_ids(workflow_state, page) - {user_id})
    context = {**_page_context(page), "live_url": page.full_url if page.live else ""}
    return send_to_users(recipients, "published", context, preference="approved")


@task()
def send_review_due(page_id, last_reviewed_at=None):
    """Tell a centre's editors that a page of theirs is due for review and has been put back into review.

    `last_reviewed_at` is an ISO datetime string (task arguments must be JSON), or None if never reviewed.
    """

    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    page = page.specific
    centre = CentrePage.containing(page)
    group = centre.identity.editors_group if centre else None
    recipients = list(group.user_set.all()) if group else []
    recipients += _users({page.owner_id})
    context = {
        **_page_context(page),
        "last_reviewed_at": datetime.fromisoformat(last_reviewed_at) if last_reviewed_at else None,
    }
    return send_to_users(recipients, "review_due", context)
