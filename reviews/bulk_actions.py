"""Wagtail's page bulk actions, with another centre's pages left out of the confirmation screens.

Wagtail lists the pages a user may not act on by title ("you don't have permission to ..."); for a centre
editor those can be another centre's drafts. Pages the user may not see at all (reviews.visibility) are
dropped before either list is made. Registered after Wagtail's own, under the same action names.
"""

from django.shortcuts import get_list_or_404
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction

from .visibility import visible_pages


class OnlyVisiblePagesMixin:
    def get_queryset(self, model, object_ids):
        # Wagtail declares this a classmethod without the request; its only caller is the instance's
        # get_actionable_objects, so an instance method here can ask who is looking.
        return get_list_or_404(visible_pages(self.request.user, model.objects.all()), pk__in=object_ids)


class VisiblePublishBulkAction(OnlyVisiblePagesMixin, PublishBulkAction):
    pass


class VisibleUnpublishBulkAction(OnlyVisiblePagesMixin, UnpublishBulkAction):
    pass


class VisibleDeleteBulkAction(OnlyVisiblePagesMixin, DeleteBulkAction):
    pass


class VisibleMoveBulkAction(OnlyVisiblePagesMixin, MoveBulkAction):
    pass


PAGE_BULK_ACTIONS = [
    VisiblePublishBulkAction,
    VisibleUnpublishBulkAction,
    VisibleDeleteBulkAction,
    VisibleMoveBulkAction,
]
