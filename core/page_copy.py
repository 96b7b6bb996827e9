"""Wagtail's page copy view, with the copy in one transaction.

Wagtail's CopyPageAction copies a page and its subpages one save at a time: each subpage is written at a
tree position reserved in advance, and the parent's child count is written after the last one. A copy
that fails halfway ("database is locked", a full disk, a validation error in one subpage) therefore left
the subpages that were already written live but unreachable, and the tree broken (`fixtree`: incorrect
numchild). In one transaction a failed copy leaves nothing behind. Wagtail does the same for its delete
and convert-alias views. The default page viewset (reviews.admin_views) uses it for every page type.
"""

from django.db import transaction
from django.utils.decorators import method_decorator
from wagtail.admin.views.pages.copy import CopyView


class AtomicCopyView(CopyView):
    @method_decorator(transaction.atomic)
    def form_valid(self, form):
        return super().form_valid(form)
