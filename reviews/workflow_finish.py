"""WAGTAIL_FINISH_WORKFLOW_ACTION: the final editorial approval publishes a reviewed method page.

Wagtail imports this setting while `wagtail.models` is loading, so everything is imported inside the
functions. See methods/publishing.py for why editors cannot publish method pages directly.
"""


def review_approved_in(workflow_state, revision):
    """Whether this workflow run includes an approved lived-experience review of `revision`."""
    from wagtail.models import TaskState

    from reviews.models import LivedExperienceReviewTask

    return TaskState.objects.filter(
        workflow_state=workflow_state,
        revision=revision,
        status=TaskState.STATUS_APPROVED,
        task_id__in=LivedExperienceReviewTask.objects.values("pk"),
    ).exists()


def publish_workflow_state(workflow_state, user=None):
    """Publish the latest revision when the workflow finishes.

    The approver was checked by the approval task (a member of its group). A method page is published
    under a review authority (methods.publishing) only when this run's lived-experience review was
    approved; everything else is published as Wagtail does, with the approver's permissions.
    """
    from wagtail.workflows import publish_workflow_state as wagtail_publish_workflow_state

    from methods.models import MethodPage
    from methods.publishing import reviewed_publication

    page = workflow_state.content_object
    specific_class = getattr(page, "specific_class", None) or type(page)
    revision = page.get_latest_revision()
    if issubclass(specific_class, MethodPage) and review_approved_in(workflow_state, revision):
        # The revision that goes live is the one the panel approved (any later edit restarted the review).
        with reviewed_publication(page, user=user):
            revision.publish(user=user, skip_permission_checks=True)
        return
    # Without an approved review in this run, a method page's publish raises methods.publishing.ReviewRequired.
    wagtail_publish_workflow_state(workflow_state, user=user)
