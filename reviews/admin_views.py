"""Wagtail's history screens, with reviewers named only to those who may know them (reviews.privacy).

The page viewset is registered for every page type (Wagtail registers its default one with a lower hook
order so that a project can replace it); it changes who is shown for review decisions, and makes a page
copy all or nothing (core.page_copy). The site history report has no such registry, so cms/urls.py routes
its URL to the subclass here.
"""

from django.utils.functional import cached_property
from wagtail.admin.views.generic.history import LogEntryUserColumn
from wagtail.admin.views.pages.history import PageHistoryFilterSet, PageHistoryView, WorkflowHistoryDetailView
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.admin.viewsets.pages import PageViewSet

from core.page_copy import AtomicCopyView

from .privacy import (
    ANONYMOUS_REVIEWER,
    hide_reviewers_in_log_entries,
    hide_reviewers_in_task_states,
    hides_log_entry_user,
    users_without_hidden_reviewers,
)


class ReviewerPrivacyUserColumn(LogEntryUserColumn):
    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        if hides_log_entry_user(parent_context["request"].user, instance):
            context["value"] = None  # no avatar either
            context["display_name"] = str(ANONYMOUS_REVIEWER)
        return context


class ReviewerPrivacyHistoryFilterSet(PageHistoryFilterSet):
    def get_users_queryset(self):
        return users_without_hidden_reviewers(self.request.user, super().get_users_queryset())


class ReviewerPrivacyPageHistoryView(PageHistoryView):
    filterset_class = ReviewerPrivacyHistoryFilterSet

    @cached_property
    def columns(self):
        return [
            ReviewerPrivacyUserColumn("user", label=column.label, width=column.width)
            if isinstance(column, LogEntryUserColumn)
            else column
            for column in super().columns
        ]


class ReviewerPrivacyWorkflowHistoryDetailView(WorkflowHistoryDetailView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        task_states = [state for _revision, states in context["task_states_by_revision"] for state in states]
        task_states += [item["task_state"] for item in context["timeline"] if "task_state" in item]
        hide_reviewers_in_task_states(self.request.user, task_states)
        return context


class ReviewerPrivacyPageViewSet(PageViewSet):
    # The project's default page viewset: besides reviewer privacy, a page copy is all or nothing.
    copy_view_class = AtomicCopyView
    history_view_class = ReviewerPrivacyPageHistoryView
    workflow_history_detail_view_class = ReviewerPrivacyWorkflowHistoryDetailView


class ReviewerPrivacySiteHistoryFilterSet(SiteHistoryReportFilterSet):
    def get_users_queryset(self):
        return users_without_hidden_reviewers(self.request.user, super().get_users_queryset())


class ReviewerPrivacySiteHistoryView(LogEntriesView):
    """Reports → Site history, and its CSV/XLSX export."""

    filterset_class = ReviewerPrivacySiteHistoryFilterSet

    def decorate_paginated_queryset(self, queryset):
        return hide_reviewers_in_log_entries(self.request.user, super().decorate_paginated_queryset(queryset))
