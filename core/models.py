"""The centre registry: the network's one record of each regional user-controlled centre.

A centre's identity used to be written down in five places (a slug list, the reviewers' role names, the
groups migration, the import schema, the demo) and its materials collection was found by the centre
page's title, so renaming the page quietly made a new collection. Now every part of the site reads the
centre from here: the slug the import format names it by, its display name, its collection and its
editors' group, the last two held by id. A centre's pages (one per language) point at their entry, so
renaming or moving a page renames nothing else.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Centre(models.Model):
    slug = models.SlugField(
        _("identifier"),
        max_length=50,
        unique=True,
        help_text=_("How the import format and exports name the centre, e.g. 'varres'. Never change it."),
    )
    name = models.CharField(_("name"), max_length=100, unique=True, help_text=_("Short name, e.g. 'Vårres'."))
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("materials collection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the centre's teaching materials are kept. Made when first needed."),
    )
    editors_group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("editors' group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The group whose members edit this centre's pages and materials. Made by the editorial setup."
        ),
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("centre")
        verbose_name_plural = _("centres")

    def __str__(self):
        return self.name
