"""The national methods library (/metoder/): every live method and tool from all centres in one list.

The page lives in the search app because its listing is the search service's browse/search (same facets,
sorting and ranking as /sok/); the content apps below never call the search service themselves."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.forms import RevisionCheckedPageForm
from core.i18n import in_language_or_default
from methods.models import CentrePage, MethodKind, MethodPage

from . import facets
from .presenters import clear_filters_link, facet_groups, sort_links
from .service import SearchParams, SearchService


class MethodLibraryPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    per_page = models.PositiveSmallIntegerField(_("methods per page"), default=20)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]
    # Translation: the introduction is translated, the page size synchronised.
    override_translatable_fields = [
        TranslatableField("intro"),
        SynchronizedField("per_page", overridable=False),
    ]
    base_form_class = RevisionCheckedPageForm
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("methods library")

    def get_methods(self, centre_slug="", kind=""):
        """Live, public methods in this page's language (in bokmål where not translated), newest first,
        optionally filtered."""
        methods = (
            in_language_or_default(MethodPage.objects.live().public(), self.locale)
            .select_related("centre")
            .prefetch_related("target_groups")
            .order_by("-first_published_at", "-pk")
        )
        if centre_slug:
            methods = methods.filter(centre__slug=centre_slug)
        if kind in MethodKind.values:
            methods = methods.filter(kind=kind)
        return methods

    def get_context(self, request, *args, **kwargs):
        """The listing is the search service's browse/search over get_methods(): same facets, sorting and
        ranking as /sok/, limited to this page's language (with bokmål where a method is not translated)."""
        context = super().get_context(request, *args, **kwargs)
        labels = facets.option_labels(self.locale)
        params = SearchParams.from_querydict(request.GET, labels, per_page=self.per_page or 20)
        params.language = None  # get_methods() already chose the languages
        outcome = SearchService().search(params, request=request, labels=labels, queryset=self.get_methods())
        methods = outcome.page
        methods.object_list = [result.page for result in outcome.results]
        context.update(
            {
                "methods": methods,
                "paginator": methods.paginator,
                "search_results": outcome.results,
                "outcome": outcome,
                "search_query": outcome.params.query[:200],
                "facet_groups": [
                    group for group in facet_groups(outcome, request.GET) if group["key"] != "lang"
                ],
                "sort_links": sort_links(outcome),
                "clear_filters_url": clear_filters_link(request.GET),
                "centres": in_language_or_default(
                    CentrePage.objects.live(), self.locale, include_aliases=True
                ).order_by("title"),
                "kinds": MethodKind.choices,
                "selected_centre": sorted(outcome.params.selected.get("centre", [""]))[0],
                "selected_kind": sorted(outcome.params.selected.get("kind", [""]))[0],
            }
        )
        return context
