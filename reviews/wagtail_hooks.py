from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.account import BaseSettingsPanel
from wagtail.log_actions import LogFormatter
from wagtail.models import PagePermissionTester

from . import urls
from .admin_views import ReviewerPrivacyPageViewSet
from .bulk_actions import PAGE_BULK_ACTIONS
from .forms import ReviewerProfileForm
from .models import LivedExperienceReviewTask, ReviewerProfile, ReviewRecord
from .views import can_view_review_reports, is_reviewer
from .visibility import visible_pages


@hooks.register("register_admin_urls")
def register_review_urls():
    return [path("reviews/", include((urls.urlpatterns, urls.app_name), namespace="reviews"))]


class ReviewReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_review_reports(request.user)


@hooks.register("register_reports_menu_item")
def register_waiting_report():
    return ReviewReportMenuItem(
        _("Waiting for lived-experience review"),
        reverse("reviews:waiting"),
        name="reviews-waiting",
        icon_name="clipboard-list",
        order=810,
    )


@hooks.register("register_reports_menu_item")
def register_due_report():
    return ReviewReportMenuItem(
        _("Due for a new review"),
        reverse("reviews:due"),
        name="reviews-due",
        icon_name="time",
        order=820,
    )


class ReviewHistoryButton(PageMenuItem):
    label = _("Review history")
    icon_name = "clipboard-list"
    url_name = "reviews:history"

    def is_shown(self, user):
        return can_view_review_reports(user) and ReviewRecord.objects.filter(page_id=self.page.pk).exists()


@hooks.register("register_page_header_buttons")
def review_history_header_button(page, user, view_name, next_url=None):
    yield ReviewHistoryButton(page=page, priority=66)


@hooks.register("register_page_listing_more_buttons")
def review_history_listing_button(page, user, next_url=None):
    yield ReviewHistoryButton(page=page, priority=66)


@hooks.register("register_log_actions")
def register_review_log_actions(actions):
    @actions.register_action("reviews.review_approved")
    class ReviewApprovedFormatter(LogFormatter):
        label = _("Lived-experience review: one reviewer approved")

        def format_message(self, log_entry):
            try:
                return _("Approved by a lived-experience reviewer (%(approvals)s of %(required)s needed)") % {
                    "approvals": log_entry.data["approvals"],
                    "required": log_entry.data["required"],
                }
            except (KeyError, TypeError):
                return _("Approved by a lived-experience reviewer")

        def format_comment(self, log_entry):
            return log_entry.data.get("comment", "")


# Reviewers read and decide; they do not cancel or restart a workflow they were only asked to review.


def _only_reviewing(page, user):
    task_state = page.current_workflow_task_state
    if task_state is None or not isinstance(task_state.task.specific, LivedExperienceReviewTask):
        return False
    workflow_state = task_state.workflow_state
    return not (
        user.is_superuser
        or user.pk in (workflow_state.requested_by_id, page.owner_id)
        # Wagtail's own tester: the publish permission, whether or not the page type lets it be used directly.
        or PagePermissionTester(user, page).can_publish()
    )


@hooks.register("construct_page_action_menu")
def hide_workflow_cancel_from_reviewers(menu_items, request, context):
    page = context.get("page")
    if page is None or not page.pk or not _only_reviewing(page, request.user):
        return
    menu_items[:] = [
        item for item in menu_items if item.name not in ("action-cancel-workflow", "action-restart-workflow")
    ]


@hooks.register("before_edit_page")
def refuse_workflow_cancel_by_reviewers(request, page):
    if request.method != "POST":
        return None
    if not (request.POST.get("action-cancel-workflow") or request.POST.get("action-restart-workflow")):
        return None
    if _only_reviewing(page, request.user):
        raise PermissionDenied
    return None


class ReviewerProfilePanel(BaseSettingsPanel):
    name = "reviewer_profile"
    title = _("Lived-experience review")
    help_text = _(
        "Lived experience is personal. Your name is only shown on pages you reviewed if you tick this."
    )
    order = 350
    form_class = ReviewerProfileForm

    def is_active(self):
        return is_reviewer(self.user) or ReviewRecord.objects.filter(reviewer=self.user).exists()

    def get_form(self):
        instance = ReviewerProfile.objects.filter(user=self.user).first() or ReviewerProfile(user=self.user)
        if self.request.method == "POST":
            return self.form_class(self.request.POST, instance=instance, prefix=self.name)
        return self.form_class(instance=instance, prefix=self.name)


@hooks.register("register_account_settings_panel")
def register_reviewer_profile_panel(request, user, profile):
    return ReviewerProfilePanel(request, user, profile)


# Privacy in the admin (docs/editorial-workflow.md): reviewers named only to those who may know them,
# centres never shown each other's pages.


@hooks.register("register_admin_viewset")
def register_reviewer_privacy_page_viewset():
    # Replaces Wagtail's default page viewset (registered with order=-1 for this purpose).
    return ReviewerPrivacyPageViewSet()


for bulk_action in PAGE_BULK_ACTIONS:
    # After Wagtail's own (order 0), so these replace them under the same action names.
    hooks.register("register_bulk_action", bulk_action, order=1)


@hooks.register("construct_page_chooser_queryset")
def only_visible_or_published_pages_in_chooser(pages, request):
    """Editors link to any published page (its title is public anyway), never to another centre's draft."""
    return pages.filter(Q(pk__in=visible_pages(request.user).values("pk")) | Q(live=True))
