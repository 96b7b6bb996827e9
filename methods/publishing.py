"""Method and tool pages are published through the review workflow, never around it.

The network's promise is that no method or tool page goes live before people with lived experience have
reviewed it. Wagtail offers "Publish" to everyone with publish permission, so for method pages (in every
locale) the permission testers below reserve direct publishing to administrators (superusers, who can
change every rule anyway; what they publish directly shows no review badge and is due for review).
National editors publish by approving the workflow's last step: `reviews.workflow_finish` publishes once
the lived-experience review of that workflow run has been approved. Programmatic publishing (load_demo,
import_methods with `published: true`) does not go through these testers.
"""

from wagtail.models import PagePermissionTester


def may_publish_directly(user):
    return user.is_active and user.is_superuser


class ReviewedPagePermissionTester(PagePermissionTester):
    """For a MethodPage: publish (editor button, bulk action, translation editor) only as an administrator."""

    def can_publish(self):
        return super().can_publish() and may_publish_directly(self.user)

    # These follow can_publish in Wagtail but are not publishing: keep the publish permission's answer.
    def can_set_view_restrictions(self):
        return super().can_publish()

    def can_unschedule(self):
        return super().can_publish()


class ReviewedSubpagesPermissionTester(PagePermissionTester):
    """For a MethodIndexPage, whose children are method pages: no "Publish" when creating one."""

    def can_publish_subpage(self):
        return super().can_publish_subpage() and may_publish_directly(self.user)
