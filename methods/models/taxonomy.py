"""Shared taxonomies: translatable snippets that editors manage in one place."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.text import norwegian_slugify

from ..taxonomy_rule import TaxonomyTermForm


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Used in web addresses and search filters."),
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("change_reason")]
    # Changing a term that published pages show needs an administrator and a reason (methods.taxonomy_rule).
    base_form_class = TaxonomyTermForm
    # Translation: name and description are translated; the slug is synchronised so that filter addresses
    # (?target_group=parorende) are the same in every language.
    override_translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        TranslatableField("description"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = norwegian_slugify(self.name, max_length=100)
        super().save(*args, **kwargs)


class TargetGroup(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Theme(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
