"""Lived-experience review: a Wagtail workflow task that needs several distinct reviewers, and its records."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import AbstractGroupApprovalTask, Page, TaskState

from .checklist import CHECKLIST_LABELS
from .locks import ReviewLock


class ReviewerProfile(models.Model):
    """A reviewer's own choices. Lived experience is sensitive personal information, so names are private
    unless the reviewer opts in."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reviewer_profile"
    )
    show_name_publicly = models.BooleanField(
        _("show my name on pages I have reviewed"),
        default=False,
        help_text=_(
            "When ticked, your full name is shown on published pages under 'Reviewed by the lived-experience "
            "panel'. Leave it unticked to stay anonymous."
        ),
    )

    class Meta:
        verbose_name = _("reviewer profile")

    def __str__(self):
        return str(self.user)

    @classmethod
    def for_user(cls, user):
        return cls.objects.get_or_create(user=user)[0]


class ReviewRecord(models.Model):
    """One reviewer's decision on one revision. Kept for good: restarting or cancelling a workflow, and
    purging old revisions or task states, never removes it."""

    class Decision(models.TextChoices):
        APPROVED = "approved", _("Approved")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="review_records")
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The id of the task state the review belonged to: one review round on one revision. A plain number
    # rather than a foreign key because purge_revisions deletes old task states.
    review_round = models.PositiveBigIntegerField(_("review round"), db_index=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="review_records",
        verbose_name=_("reviewer"),
    )
    decision = models.CharField(_("decision"), max_length=20, choices=Decision.choices)
    checklist = models.JSONField(_("checklist answers"), default=dict, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    # True on the approval that made the review complete (the required number of reviewers reached).
    completed_review = models.BooleanField(_("completed the review"), default=False)
    created_at = models.DateTimeField(_("reviewed at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("review record")
        verbose_name_plural = _("review records")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["review_round", "reviewer"], name="reviews_one_decision_per_reviewer_per_round"
            )
        ]

    def __str__(self):
        return f"{self.get_decision_display()}: {self.page_id} by {self.reviewer_id}"

    @property
    def checklist_items(self):
        """(label, answer) pairs in checklist order, then any answers to items no longer on the list."""
        items = [(label, bool(self.checklist.get(key))) for key, label in CHECKLIST_LABELS.items()]
        items += [(key, bool(value)) for key, value in self.checklist.items() if key not in CHECKLIST_LABELS]
        return items


class LivedExperienceReviewTaskState(TaskState):
    """The state of one review round. Approvals are ReviewRecords; the state is approved when enough
    distinct reviewers have approved its revision."""

    class Meta:
        verbose_name = _("lived-experience review task state")
        verbose_name_plural = _("lived-experience review task states")

    def approvals(self):
        return ReviewRecord.objects.filter(
            review_round=self.pk, decision=ReviewRecord.Decision.APPROVED
        ).select_related("reviewer")

    def approval_count(self):
        return self.approvals().values("reviewer").distinct().count()


def page_author_ids(task_state):
    """Users who count as the page's authors for this review, and so may not review it: whoever submitted
    it, the page's owner, and whoever wrote any revision since the page's last completed review (all of
    its revisions if it was never reviewed). Someone who wrote part of the text cannot approve it because
    a colleague saved a trivial later version."""
    page = task_state.workflow_state.content_object
    ids = {
        task_state.workflow_state.requested_by_id,
        task_state.revision.user_id,
        getattr(page, "owner_id", None),
    }
    revisions = page.revisions.all()
    last_review = (
        ReviewRecord.objects.filter(page_id=page.pk, completed_review=True).order_by("-created_at").first()
    )
    if last_review is not None:
        revisions = revisions.filter(created_at__gt=last_review.created_at)
    ids.update(revisions.values_list("user_id", flat=True).distinct())
    ids.discard(None)
    return ids


class LivedExperienceReviewTask(AbstractGroupApprovalTask):
    """Members of the chosen groups (the lived-experience panel) review the page with a checklist.

    The task completes when `required_approvals` different reviewers have approved the same revision;
    one request for changes sends the page back to its author. Authors never review their own page.
    Reviewers can read the page in the editor and the preview, but the page is locked for editing.
    """

    required_approvals = models.PositiveSmallIntegerField(
        _("approving reviewers needed"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text=_("How many different reviewers must approve the same version of the page."),
    )

    admin_form_fields = AbstractGroupApprovalTask.admin_form_fields + ["required_approvals"]
    task_state_class = LivedExperienceReviewTaskState
    lock_class = ReviewLock

    class Meta:
        verbose_name = _("lived-experience review task")
        verbose_name_plural = _("lived-experience review tasks")

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups review the page with a checklist. The set number of different "
            "reviewers must approve the same version; the page's author cannot review it."
        )

    # Access: reviewers read the page in the editor, but nobody except administrators edits it meanwhile.

    def user_can_access_editor(self, obj, user):
        return user.is_active and self._user_in_groups(user)

    def locked_for_user(self, obj, user):
        return not user.is_superuser

    def user_can_lock(self, obj, user):
        return False

    # Actions

    def review_actions_for(self, task_state, user):
        if (
            task_state is None
            or task_state.task_id != self.pk
            or task_state.status != TaskState.STATUS_IN_PROGRESS
            or not user.is_active
            or not self._user_in_groups(user)
            or user.pk in page_author_ids(task_state)
            or ReviewRecord.objects.filter(review_round=task_state.pk, reviewer=user).exists()
        ):
            return []
        return [
            ("approve", _("Approve"), True),
            ("reject", _("Request changes"), True),
        ]

    def get_actions(self, obj, user):
        return self.review_actions_for(obj.current_workflow_task_state, user)

    def get_form_for_action(self, action):
        from .forms import ApproveReviewForm, RequestChangesForm

        if action == "approve":
            return ApproveReviewForm
        if action == "reject":
            return RequestChangesForm
        return super().get_form_for_action(action)

    def get_template_for_action(self, action):
        if action in ("approve", "reject"):
            return "reviews/workflow/review_action_modal.html"
        return super().get_template_for_action(action)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if not (user.is_active and self._user_in_groups(user)):
            return TaskState.objects.none()
        owned_page_ids = (
            Page.objects.filter(owner=user).annotate(pk_str=Cast("pk", CharField())).values("pk_str")
        )
        candidates = (
            self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
            .exclude(pk__in=ReviewRecord.objects.filter(reviewer=user).values("review_round"))
            .exclude(workflow_state__requested_by=user)
            .exclude(revision__user=user)
            .exclude(workflow_state__object_id__in=owned_page_ids)
        )
        # Earlier revisions' authors: per page, so checked on the (few) rounds left.
        authored = [
            state.pk
            for state in candidates.select_related("revision", "workflow_state")
            if user.pk in page_author_ids(state)
        ]
        return candidates.exclude(pk__in=authored)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        # Lock the round so that two reviewers approving at once are counted correctly.
        task_state = LivedExperienceReviewTaskState.objects.select_for_update().get(pk=task_state.pk)
        if task_state.workflow_state.current_task_state_id != task_state.pk:
            raise PermissionDenied
        if action_name not in {name for name, _label, _modal in self.review_actions_for(task_state, user)}:
            # Covers authors, non-reviewers, finished rounds, and a second decision by the same reviewer.
            raise PermissionDenied

        # The workflow action view validated the form already; the edit view passes raw JSON, so validate.
        form = self.get_form_for_action(action_name)(data=kwargs)
        if not form.is_valid():
            raise PermissionDenied(form.errors.as_text())
        data = form.cleaned_data

        record = ReviewRecord.objects.create(
            page_id=int(task_state.workflow_state.object_id),
            revision=task_state.revision,
            review_round=task_state.pk,
            reviewer=user,
            decision=(
                ReviewRecord.Decision.APPROVED
                if action_name == "approve"
                else ReviewRecord.Decision.CHANGES_REQUESTED
            ),
            checklist=form.checklist_answers(),
            comment=data["comment"],
        )

        if action_name == "reject":
            task_state.reject(user=user, comment=data["comment"])
            return None

        approvals = task_state.approval_count()
        if approvals >= self.required_approvals:
            record.completed_review = True
            record.save(update_fields=["completed_review"])
            task_state.approve(user=user, comment=data["comment"])
        else:
            log(
                instance=task_state.revision.as_object(),
                action="reviews.review_approved",
                user=user,
                revision=task_state.revision,
                data={
                    "task": {"id": self.pk, "title": self.name},
                    "approvals": approvals,
                    "required": self.required_approvals,
                    "comment": data["comment"],
                },
            )
        return None
