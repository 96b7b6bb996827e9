"""The demo's lived-experience reviews: real runs of the review workflow, so the demo shows what the public
sees after a review (the badge with its date) and what it sees before one ("not yet reviewed").

A method page goes live only through the review (methods/publishing.py). The demo therefore submits each
method page to its centre's workflow "Erfaringsgjennomgang og godkjenning" and lets demo people decide
through the workflow's own tasks, as the admin's buttons would: panel members approve with the whole
checklist ticked (`LivedExperienceReviewTask.on_action`, which writes the review records), then a national
editor approves the last step, which publishes under a review authority (reviews.workflow_finish).
The pages in `extras.UNREVIEWED` are instead published as a first migration would be, with the logged
reason "Demo content", and so say "not yet reviewed" in public.

The demo people cannot log in (no usable password) and have no e-mail address, so no notification is sent.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import WorkflowState

from methods.publishing import unreviewed_publication
from reviews import roles
from reviews.checklist import CHECKLIST

UNREVIEWED_REASON = "Demo content"
PANEL = [("demo-panel-1", "Panelmedlem", "En"), ("demo-panel-2", "Panelmedlem", "To")]
NATIONAL_EDITOR = ("demo-nasjonal-redaktor", "Nasjonal", "Redaktør")
APPROVAL_COMMENT = "Respektfullt og tydelig skrevet; opphavet i egenerfaring kommer godt fram."


def _person(username, first_name, last_name, group_name, created):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User(username=username, first_name=first_name, last_name=last_name, email="")
        user.set_unusable_password()
        user.save()
        created["demo review users"] += 1
    user.groups.add(Group.objects.get(name=group_name))
    return user


class DemoReviews:
    """Demo panel members and a national editor who review and approve the demo's method pages."""

    def __init__(self, created):
        self.panel = [_person(*person, roles.REVIEWERS_GROUP, created) for person in PANEL]
        self.national_editor = _person(*NATIONAL_EDITOR, roles.NATIONAL_EDITORS_GROUP, created)

    def review_and_publish(self, page):
        """Submit the page's latest revision (unless it is under review already) and approve every step."""
        state = page.current_workflow_state or page.get_workflow().start(page, None)
        checklist = dict.fromkeys((key for key, _label in CHECKLIST), "on")
        for reviewer in self.panel:  # the lived-experience review: as many approvals as the task needs
            _approve(state, reviewer, **checklist, comment=APPROVAL_COMMENT)
        _approve(state, self.national_editor, comment="")  # the last step, which publishes

    @staticmethod
    def publish_unreviewed(page):
        """As a first migration would: live, with the reason logged, and "not yet reviewed" in public."""
        with unreviewed_publication(UNREVIEWED_REASON):
            page.get_latest_revision().publish()


def _approve(state, user, **data):
    state.refresh_from_db()
    if state.status == WorkflowState.STATUS_IN_PROGRESS:
        task_state = state.current_task_state.specific
        task_state.task.specific.on_action(task_state, user, "approve", **data)
