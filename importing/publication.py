"""What an import does with a page whose record says `"published": true`: it never publishes past the review.

The network's promise is that no method or tool goes live before the lived-experience panel has reviewed it
(methods/publishing.py). So an import, from the admin or from the command line, saves the record's content
as a new revision and submits it to the page's review workflow, as an editor's "Submit for review" does
(Wagtail's edit view: `workflow.start`, or `resume` when the panel had asked for changes). Only a first
migration of content reviewed outside this system may publish without review: `import_methods
--publish-unreviewed --reason ...`, run on the server, under `methods.publishing.unreviewed_publication`,
which logs the reason on each page; those pages say "not yet reviewed" in public until a review completes.

Each record gets one *outcome*; the preview shows what it would be and the report what it was.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.models import WorkflowState

from reviews.queries import live_content_review

SUBMITTED = "submitted"
RESUBMITTED = "resubmitted"
RESTARTED = "restarted"
PUBLISHED_UNREVIEWED = "published-unreviewed"
DRAFT = "draft"
DRAFT_NO_WORKFLOW = "draft-no-workflow"
UNCHANGED_REVIEWED = "unchanged-reviewed"
UNCHANGED_NOT_REVIEWED = "unchanged-not-reviewed"
UNCHANGED_IN_REVIEW = "unchanged-in-review"
UNCHANGED_DRAFT = "unchanged-draft"

# (what the preview says will happen, what the report says happened)
LABELS = {
    SUBMITTED: (_("submit for lived-experience review"), _("submitted for lived-experience review")),
    RESUBMITTED: (
        _("submit for lived-experience review again (the panel had asked for changes)"),
        _("submitted for lived-experience review again (the panel had asked for changes)"),
    ),
    RESTARTED: (
        _("submit for lived-experience review again (the review under way starts over with this version)"),
        _("submitted for lived-experience review again (the review under way starts over with this version)"),
    ),
    PUBLISHED_UNREVIEWED: (
        _("publish without lived-experience review (shown as not yet reviewed)"),
        _("published without lived-experience review (shown as not yet reviewed)"),
    ),
    DRAFT: (_("save as draft"), _("saved as draft")),
    DRAFT_NO_WORKFLOW: (
        _("save as draft: no review workflow applies to this page, so it cannot be submitted"),
        _("saved as draft: no review workflow applies to this page, so it could not be submitted"),
    ),
    UNCHANGED_REVIEWED: (_("unchanged (live, reviewed)"), _("unchanged (live, reviewed)")),
    UNCHANGED_NOT_REVIEWED: (
        _("unchanged (live, not yet reviewed)"),
        _("unchanged (live, not yet reviewed)"),
    ),
    UNCHANGED_IN_REVIEW: (
        _("unchanged (in lived-experience review)"),
        _("unchanged (in lived-experience review)"),
    ),
    UNCHANGED_DRAFT: (_("unchanged (draft)"), _("unchanged (draft)")),
}


def preview_label(outcome):
    return LABELS[outcome][0]


def report_label(outcome):
    return LABELS[outcome][1]


def in_review(page):
    """Whether a review workflow is under way for the page (running, or waiting for the author's changes)."""
    return page is not None and page.current_workflow_state is not None


def workflow_for(plan):
    """The review workflow a new or existing page of the record would be submitted to, or None."""
    if plan.page is not None:
        return plan.page.get_workflow()
    # A new page: its method index's workflow, or the centre's when the import creates the index.
    return (plan.method_index or plan.centre).get_workflow()


def unchanged_outcome(page):
    if page.live and not page.has_unpublished_changes:
        return UNCHANGED_REVIEWED if live_content_review(page) else UNCHANGED_NOT_REVIEWED
    return UNCHANGED_IN_REVIEW if in_review(page) else UNCHANGED_DRAFT


def planned_outcome(plan, unreviewed=False):
    """What the import will do with the record's page, decided before anything is written."""
    from .validate import UNCHANGED

    if plan.action == UNCHANGED:
        return unchanged_outcome(plan.page)
    if not plan.publish:
        return DRAFT
    if unreviewed:
        return PUBLISHED_UNREVIEWED
    if workflow_for(plan) is None:
        return DRAFT_NO_WORKFLOW
    state = plan.page.current_workflow_state if plan.page is not None else None
    if state is None:
        return SUBMITTED
    return RESUBMITTED if state.status == WorkflowState.STATUS_NEEDS_CHANGES else RESTARTED


def carry_out(outcome, page, revision, user=None):
    """After the record's revision was saved: submit it, or (a first migration only) publish it.

    `page` is the saved page; `revision` its latest revision, the one submitted or published.
    """
    if outcome == PUBLISHED_UNREVIEWED:
        # Allowed only under methods.publishing.unreviewed_publication, which the importer opened.
        revision.publish(user=user, skip_permission_checks=True)
    elif outcome == SUBMITTED:
        page.get_workflow().start(page, user)
    elif outcome == RESUBMITTED:
        # As Wagtail's "Submit" after changes were requested: the same run goes on with the new revision.
        page.current_workflow_state.resume(user)
    elif outcome == RESTARTED:
        # As Wagtail's "Restart workflow": the panel reviews the new version from the start.
        page.current_workflow_state.cancel(user=user)
        page.get_workflow().start(page, user)
