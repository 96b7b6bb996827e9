from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.forms import RevisionCheckedPageForm


class MaterialLibraryPage(Page):
    """'Undervisningsmateriell': every public material of every live method and tool, with filters."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    per_page = models.PositiveSmallIntegerField(_("materials per page"), default=20)

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
        verbose_name = _("materials library")

    def get_context(self, request, *args, **kwargs):
        from materials.library import library_context

        context = super().get_context(request, *args, **kwargs)
        context.update(library_context(self, request))
        return context
