from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.forms import RevisionCheckedPageForm
from core.i18n import in_language_or_default, translation_or_self
from methods.models import CentrePage, MethodPage
from search.models import MethodLibraryPage

from .blocks import ContentBlock


class HomePage(Page):
    """The site root: what the network is, a way into the library, and the centres."""

    lead = models.TextField(
        _("lead"), help_text=_("One or two sentences at the top of the page that say what the network is.")
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])
    newest_count = models.PositiveSmallIntegerField(_("number of newest methods shown"), default=6)

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("intro"),
        InlinePanel("featured_methods", label=_("Featured methods and tools"), max_num=6),
        FieldPanel("newest_count"),
    ]
    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("intro")]

    base_form_class = RevisionCheckedPageForm
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "methods.CentreIndexPage",
        "search.MethodLibraryPage",
        "materials.MaterialLibraryPage",
        "home.StandardPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        # In a translated home page, each method in this language where it is translated, else in bokmål.
        featured = [
            translation_or_self(item.method, self.locale)
            for item in self.featured_methods.select_related("method", "method__centre")
            if item.method.live
        ]
        newest = (
            in_language_or_default(MethodPage.objects.live().public(), self.locale)
            .exclude(translation_key__in=[m.translation_key for m in featured])
            .select_related("centre")
            .order_by("-first_published_at", "-pk")[: self.newest_count]
        )
        centres = in_language_or_default(CentrePage.objects.live(), self.locale, include_aliases=True)
        library = in_language_or_default(MethodLibraryPage.objects.live(), self.locale, include_aliases=True)
        context.update(
            {
                "featured_methods": featured,
                "newest_methods": newest,
                "centres": centres.order_by("title"),
                "library_page": library.first(),
            }
        )
        return context


class HomePageFeaturedMethod(Orderable):
    page = ParentalKey(HomePage, related_name="featured_methods", on_delete=models.CASCADE)
    method = models.ForeignKey(
        "methods.MethodPage", verbose_name=_("method or tool"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("method")]


class StandardPage(Page):
    """'Om Knutepunkt for Recovery', the accessibility statement and other content pages."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    base_form_class = RevisionCheckedPageForm
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("content page")
