"""Workflow signals → background email tasks.

Wagtail's own workflow emails are sent inside the request; they are disconnected here and replaced by
django-tasks tasks (reviews.tasks), enqueued once the transaction commits. Wagtail connects them in
wagtail.admin's ready(), so "reviews" must come after "wagtail.admin" in INSTALLED_APPS; the check
reviews.E001 says so if it does not.
"""

from django.db import transaction
from wagtail.models import AbstractGroupApprovalTask, TaskState, WorkflowState
from wagtail.signals import (
    task_approved,
    task_submitted,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)

from . import tasks


def enqueue_on_commit(task_function, *args):
    """Queue the task once the surrounding transaction commits, so it sees the committed data and a
    rolled-back action sends nothing."""
    transaction.on_commit(lambda: task_function.enqueue(*args))


_enqueue = enqueue_on_commit


def _user_id(user):
    return getattr(user, "pk", None)


def review_task_submitted(sender, instance, user=None, **kwargs):
    _enqueue(tasks.send_review_requested, instance.pk)


def group_approval_task_submitted(sender, instance, user=None, **kwargs):
    if isinstance(instance.task.specific, AbstractGroupApprovalTask):
        _enqueue(tasks.send_approval_requested, instance.pk, _user_id(user))


def review_task_approved(sender, instance, user=None, **kwargs):
    _enqueue(tasks.send_review_completed, instance.pk, _user_id(user))


def workflow_sent_back(sender, instance, user=None, **kwargs):
    # The task state that rejected is the current one now; pass its id before anything moves on.
    _enqueue(tasks.send_changes_requested, instance.current_task_state_id, _user_id(user))


def workflow_finished(sender, instance, user=None, **kwargs):
    _enqueue(tasks.send_published, instance.pk, _user_id(user))


WAGTAIL_NOTIFIERS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification"),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification"),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification"),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification"),
]


def wagtail_notifiers_still_connected():
    uids = {uid for _signal, _sender, uid in WAGTAIL_NOTIFIERS}
    return sorted(
        {key[0] for signal, _sender, _uid in WAGTAIL_NOTIFIERS for key, *_rest in signal.receivers} & uids
    )


def connect():
    from .models import LivedExperienceReviewTaskState

    # Replace Wagtail's in-request emails (same dispatch_uids as wagtail.admin.signal_handlers).
    for signal, sender, uid in WAGTAIL_NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=uid)

    task_submitted.connect(
        review_task_submitted, sender=LivedExperienceReviewTaskState, dispatch_uid="reviews_review_requested"
    )
    task_submitted.connect(
        group_approval_task_submitted, sender=TaskState, dispatch_uid="reviews_approval_requested"
    )
    task_approved.connect(
        review_task_approved, sender=LivedExperienceReviewTaskState, dispatch_uid="reviews_review_completed"
    )
    workflow_rejected.connect(
        workflow_sent_back, sender=WorkflowState, dispatch_uid="reviews_changes_requested"
    )
    workflow_approved.connect(workflow_finished, sender=WorkflowState, dispatch_uid="reviews_published")
