from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index

from .licences import LICENCE_CHOICES, licence_allows, licence_label


class Audience(models.TextChoices):
    EDUCATORS = "educators", _("Educators")
    PRACTITIONERS = "practitioners", _("Practitioners")
    PARTICIPANTS = "participants", _("Participants")
    RELATIVES = "relatives", _("Relatives")


class Material(AbstractDocument):
    """A downloadable material (Wagtail document) with what educators need to trust and reuse it."""

    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What the material is and how it is used, in one or two sentences."),
    )
    # Comma-separated Audience values: portable across SQLite and PostgreSQL and easy to filter with
    # `audiences__contains`, since no value is a substring of another.
    audiences = models.CharField(
        _("audience"), max_length=200, blank=True, help_text=_("Who the material is written for.")
    )
    licence = models.CharField(
        _("licence"),
        max_length=40,
        choices=LICENCE_CHOICES,
        default="CC-BY-4.0",
        help_text=_("What others may do with the material (an SPDX licence identifier)."),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="nb",
        help_text=_("The language of the file."),
    )
    # Set by the method import ("<language>/<method id>/<path in the import folder>") so that importing
    # the same file again updates this document instead of adding a duplicate. Empty for uploads.
    import_key = models.CharField(max_length=255, blank=True, db_index=True, editable=False)

    admin_form_fields = Document.admin_form_fields + ("description", "audiences", "licence", "language")

    search_fields = AbstractDocument.search_fields + [
        index.SearchField("description"),
        index.FilterField("licence"),
        index.FilterField("language"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    @property
    def audience_list(self):
        return [value for value in self.audiences.split(",") if value]

    @property
    def audience_labels(self):
        labels = dict(Audience.choices)
        return [labels[value] for value in self.audience_list if value in labels]

    @property
    def licence_label(self):
        return licence_label(self.licence)

    @property
    def licence_allows(self):
        return licence_allows(self.licence)
