from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import MethodPage, TargetGroup, Theme
from .publishing import PUBLISH_WITHOUT_REVIEW
from .taxonomy_rule import TAXONOMY_CHANGE_WITHOUT_REVIEW, live_pages_showing


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (TargetGroupViewSet, ThemeViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Taxonomies")
    menu_name = "taxonomies"


register_snippet(TaxonomyViewSetGroup)


@hooks.register("after_copy_page")
def say_method_copies_are_drafts(request, page, new_page):
    """A copy of a method page is a draft even with "publish copies" (MethodPage.save): say so."""
    if not request.POST.get("publish_copies"):
        return
    drafts = MethodPage.objects.descendant_of(new_page, inclusive=True).filter(live=False).count()
    if drafts:
        messages.warning(
            request,
            ngettext(
                "The copied method page is a draft: it goes live after lived-experience review.",
                "The %(count)d copied method pages are drafts: they go live after lived-experience review.",
                drafts,
            )
            % {"count": drafts},
        )


class PublishedWithoutReview(LogFormatter):
    label = _("Published without lived-experience review")
    message = _("Published without lived-experience review")

    def format_comment(self, log_entry):
        # The administrator's reason, shown as the history's comment.
        return (log_entry.data or {}).get("reason", "")


class TaxonomyChangedWithoutReview(PublishedWithoutReview):
    label = _("Term on published pages changed without lived-experience review")
    message = _("Term on published pages changed without lived-experience review")


@hooks.register("register_log_actions")
def register_publication_log_actions(actions):
    actions.register_action(PUBLISH_WITHOUT_REVIEW)(PublishedWithoutReview)
    actions.register_action(TAXONOMY_CHANGE_WITHOUT_REVIEW)(TaxonomyChangedWithoutReview)


@hooks.register("before_delete_snippet")
def refuse_deleting_terms_on_live_pages(request, instances):
    """A term that published method pages show is not deleted: take it off them through review first."""
    in_use = [
        term for term in instances if isinstance(term, (TargetGroup, Theme)) and live_pages_showing(term)
    ]
    if not in_use:
        return None
    messages.error(
        request,
        _("%(terms)s cannot be deleted: published methods and tools show it. Remove it from them first.")
        % {"terms": ", ".join(str(term) for term in in_use)},
    )
    return redirect(request.META.get("HTTP_REFERER") or reverse("wagtailadmin_home"))
