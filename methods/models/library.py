"""The national methods library: every live method and tool from all centres in one list."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .centres import CentrePage
from .methods import MethodKind, MethodPage


class MethodLibraryPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    per_page = models.PositiveSmallIntegerField(_("methods per page"), default=20)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]
    # Translation: the introduction is translated, the page size synchronised.
    override_translatable_fields = [
        TranslatableField("intro"),
        SynchronizedField("per_page", overridable=False),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("methods library")

    def get_methods(self, centre_slug="", kind=""):
        """Live, public methods in this page's language (in bokmål where not translated), newest first,
        optionally filtered."""
        from home.i18n import in_language_or_default

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
        from home.i18n import in_language_or_default

        context = super().get_context(request, *args, **kwargs)
        centre_slug = request.GET.get("centre", "")
        kind = request.GET.get("kind", "")
        paginator = Paginator(self.get_methods(centre_slug, kind), self.per_page or 20)
        try:
            page = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page = paginator.page(1)
        except EmptyPage:
            page = paginator.page(paginator.num_pages)
        context.update(
            {
                "methods": page,
                "paginator": paginator,
                "centres": in_language_or_default(
                    CentrePage.objects.live(), self.locale, include_aliases=True
                ).order_by("title"),
                "kinds": MethodKind.choices,
                "selected_centre": centre_slug,
                "selected_kind": kind,
            }
        )
        return context
