"""The lock shown in the editor while a page is in lived-experience review."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.locks import WorkflowLock


class ReviewLock(WorkflowLock):
    def get_message(self, user):
        if not self.for_user(user):
            return None
        if self.task.get_actions(self.object, user):
            return format_html(
                "{} <a href='{}' target='_blank' rel='noreferrer'>{}</a> · <a href='{}'>{}</a>",
                _(
                    "This page is waiting for your lived-experience review. You can read it here, but not "
                    "change it. Approve it or request changes from your dashboard."
                ),
                reverse("wagtailadmin_pages:workflow_preview", args=(self.object.pk, self.task.pk)),
                _("Preview the page"),
                reverse("wagtailadmin_home"),
                _("Go to your dashboard"),
            )
        return _(
            "This page is in lived-experience review and cannot be changed until the review is finished. "
            "If it must change now, whoever submitted it can cancel the workflow."
        )

    def get_locked_by(self, user, can_lock=False):
        return _("Locked during lived-experience review")

    def get_description(self, user, can_lock=False):
        return _("Reviewers read the page and approve it or request changes; nobody edits it meanwhile.")
