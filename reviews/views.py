"""Admin reports: pages waiting for lived-experience review, pages due for a new review, a page's history."""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import CharField
from django.db.models.functions import Cast
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .models import LivedExperienceReviewTask, ReviewRecord
from .queries import centre_name, pages_due_for_review, review_period_months, waiting_review_states
from .visibility import may_see_page, visible_pages


def is_reviewer(user):
    """Member of a group that a lived-experience review task draws its reviewers from."""
    return user.is_authenticated and user.groups.filter(livedexperiencereviewtask__active=True).exists()


def can_view_review_reports(user):
    """Editors of any kind, reviewers and administrators; not people with admin access alone."""
    return (
        user.is_active
        and user.has_perm("wagtailadmin.access_admin")
        and (
            user.is_superuser
            or policy_registry.get_by_type(Page).user_has_any_permission(user, ["add", "change", "publish"])
            or is_reviewer(user)
        )
    )


class ReviewReportView(ReportView):
    header_icon = "clipboard-list"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_review_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class WaitingForReviewView(ReviewReportView):
    page_title = _("Waiting for lived-experience review")
    results_template_name = "reviews/reports/waiting_results.html"
    index_url_name = "reviews:waiting"
    index_results_url_name = "reviews:waiting_results"
    list_export = [
        "page_title",
        "centre",
        "submitted_by",
        "started_at",
        "days_waiting",
        "approvals",
        "required",
    ]
    export_headings = {
        "page_title": _("Page"),
        "centre": _("Centre"),
        "submitted_by": _("Submitted by"),
        "started_at": _("Waiting since"),
        "days_waiting": _("Days waiting"),
        "approvals": _("Approvals"),
        "required": _("Approvals needed"),
    }

    def get_filename(self):
        return f"waiting-for-review-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        # Centre editors see their own centre's pages only (reviews.visibility).
        visible = visible_pages(self.request.user).annotate(pk_text=Cast("pk", CharField())).values("pk_text")
        return waiting_review_states().filter(workflow_state__object_id__in=visible)

    def decorate_paginated_queryset(self, object_list):
        now = timezone.now()
        rows = list(object_list)
        pages = {
            page.pk: page
            for page in Page.objects.filter(pk__in=[int(s.workflow_state.object_id) for s in rows]).specific()
        }
        for state in rows:
            state.page = pages.get(int(state.workflow_state.object_id))
            state.page_title = state.revision.object_str
            state.centre = centre_name(state.page) if state.page else ""
            submitter = state.workflow_state.requested_by or state.revision.user
            state.submitted_by = get_user_display_name(submitter) if submitter else ""
            # Waiting since this review round began; earlier rounds that were sent back do not count.
            state.days_waiting = (now - state.started_at).days
            state.approvals = state.approval_count()
            state.required = state.task.specific.required_approvals
        return rows


class ReviewsDueView(ReviewReportView):
    page_title = _("Due for a new lived-experience review")
    results_template_name = "reviews/reports/due_results.html"
    index_url_name = "reviews:due"
    index_results_url_name = "reviews:due_results"
    list_export = ["title", "centre_name", "last_reviewed_at", "first_published_at", "status_string"]
    export_headings = {
        "title": _("Page"),
        "centre_name": _("Centre"),
        "last_reviewed_at": _("Last reviewed"),
        "first_published_at": _("First published"),
        "status_string": _("Status"),
    }

    def get_filename(self):
        return f"due-for-review-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        pages = visible_pages(self.request.user, pages_due_for_review())
        return pages.select_related("centre").prefetch_workflow_states()

    def decorate_paginated_queryset(self, object_list):
        rows = list(object_list)
        for page in rows:
            page.centre_name = centre_name(page)
        return rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["review_period_months"] = review_period_months()
        return context


class ReviewHistoryView(ReviewReportView):
    results_template_name = "reviews/reports/history_results.html"
    index_url_name = "reviews:history"
    index_results_url_name = "reviews:history_results"
    paginate_by = 100

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.page = get_object_or_404(Page, pk=kwargs["page_id"]).specific
        if request.user.is_authenticated and not may_see_page(request.user, self.page):
            # As if it did not exist: another centre's page is not even named.
            raise Http404

    def get_page_title(self):
        return _("Review history: %(title)s") % {"title": self.page.get_admin_display_title()}

    def get_index_url(self):
        return reverse(self.index_url_name, args=(self.page.pk,))

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=(self.page.pk,))

    def get_queryset(self):
        return ReviewRecord.objects.filter(page=self.page).select_related("reviewer", "revision")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = self.page
        context["review_task"] = LivedExperienceReviewTask.objects.filter(active=True).first()
        return context
