import logging
import urllib.parse
from functools import partial

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document, DocumentQuerySet
from wagtail.search import index

from core.collections import restricted_collection_ids
from materials.licences import LICENCE_CHOICES, licence_allows, licence_label, licence_url
from materials.sandbox import PreviewProblem
from materials.validation import TYPES, sniff_file_type

from .reviewed import ReviewedVersion

logger = logging.getLogger(__name__)

FILE_FORMAT_CHOICES = [(file_type.key, file_type.label) for file_type in TYPES.values()]

# Content types a browser would run or render as a page: never served inline, whatever the settings say.
NEVER_INLINE = {
    "text/html",
    "application/xhtml+xml",
    "image/svg+xml",
    "text/xml",
    "application/xml",
    "text/javascript",
    "application/javascript",
}


class Audience(models.TextChoices):
    EDUCATORS = "educators", _("Educators")
    PRACTITIONERS = "practitioners", _("Practitioners")
    PARTICIPANTS = "participants", _("Participants")
    RELATIVES = "relatives", _("Relatives")


class MaterialQuerySet(DocumentQuerySet):
    def public(self):
        """Materials anyone may download: not in a collection with a view restriction."""
        return self.exclude(collection_id__in=restricted_collection_ids())

    def restricted(self):
        return self.filter(collection_id__in=restricted_collection_ids())


class Material(ReviewedVersion, AbstractDocument):
    """A downloadable material (Wagtail document) with what educators need to trust and reuse it.

    Its ordinary fields are the version the public gets; a change to one linked from a live method page
    waits for review in the `pending_*` fields (materials.models.reviewed).
    """

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
    # Materials are not translated objects: a document is one file in one language. A translated handout is
    # a document of its own with this set; method pages link their materials in every language (the
    # `materials` relation is synchronised from the bokmål page).
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
    # The type the file's bytes show (a key of materials.validation.TYPES), set on save. It decides the
    # content type the file is served with and the format shown to visitors, never the file name.
    file_format = models.CharField(
        _("file format"), max_length=10, choices=FILE_FORMAT_CHOICES, blank=True, editable=False
    )
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)
    # A picture of the first page of a PDF, made in the background (materials.tasks).
    preview = models.ImageField(
        _("preview"),
        upload_to="material-previews",
        blank=True,
        editable=False,
        width_field="preview_width",
        height_field="preview_height",
    )
    preview_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    preview_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    # Why a PDF has no preview (it broke a limit of the sandbox or cannot be read), shown in the admin.
    preview_problem = models.CharField(
        _("preview problem"), max_length=20, choices=PreviewProblem.choices, blank=True, editable=False
    )

    objects = MaterialQuerySet.as_manager()

    admin_form_fields = Document.admin_form_fields + ("description", "audiences", "licence", "language")

    # Saves are indexed by search.indexing (modelsearch's task, or one per object during an import).
    search_auto_update = False
    search_fields = AbstractDocument.search_fields + [
        index.SearchField("description"),
        index.FilterField("licence"),
        index.FilterField("language"),
        index.FilterField("file_format"),
        index.FilterField("collection_id"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._remember_file()
        self._remember_versions()

    def _remember_file(self):
        # Read from __dict__: touching a deferred field here would cost a query per instance.
        loaded = self.__dict__
        if "file" in loaded and "file_hash" in loaded:
            raw = loaded["file"]
            self._loaded_file = (getattr(raw, "name", raw) or "", loaded["file_hash"])
        else:
            self._loaded_file = None

    def file_changed(self):
        """True when the file is new or was replaced since the instance was loaded."""
        if self.pk is None:
            return True
        if "file" not in self.__dict__ or not self.file:
            return False
        if not getattr(self.file, "_committed", True):
            return True
        return self._loaded_file is not None and (self.file.name or "", self.file_hash) != self._loaded_file

    def clean(self):
        # Wagtail checks the extension even when the upload was already refused (and so no file is set),
        # which would add a confusing second message about an empty extension.
        if self.file:
            super().clean()

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        changed = update_fields is None and self.file_changed()
        file_loaded = "file" in self.__dict__
        if (
            update_fields is None
            and file_loaded
            and self.file
            and (changed or not self.file_format or not self.file_hash)
        ):
            self._inspect_file()
        if update_fields is None:
            waiting_fields = self._settle_versions(changed)
            if waiting_fields is not None:
                kwargs["update_fields"] = waiting_fields
            # The public file changes only when the change does not wait for review.
            changed = waiting_fields is None and self.file_changed()
        super().save(*args, **kwargs)
        if changed:
            from materials.tasks import schedule_preview

            transaction.on_commit(partial(schedule_preview, self.pk, self.file_hash))
        if update_fields is None:
            self._delete_unused_files()
        self._remember_file()
        self._remember_versions()

    def _inspect_file(self):
        """Record the sniffed type (and the hash, when whoever set the file did not)."""
        # Wagtail's forms and the importer set the hash and size themselves; code that assigns a file
        # directly does not, and a stale hash would keep an old ZIP in the cache.
        stale = not self.file_hash or (
            self.pk is not None
            and self.file_changed()
            and (self._loaded_file is None or self.file_hash == self._loaded_file[1])
        )
        try:
            with self.open_file() as handle:
                file_type = sniff_file_type(handle)
                if stale:
                    self._set_file_hash()
                    self.file_size = self.file.size
                elif self.file_size is None:
                    self.file_size = self.file.size
        except OSError:
            logger.warning("Material %s: its file %r cannot be read", self.pk, self.file.name)
            return
        self.file_format = file_type.key if file_type else ""

    @property
    def file_type(self):
        return TYPES.get(self.file_format)

    @property
    def format_label(self):
        file_type = self.file_type
        return file_type.label if file_type else self.file_extension.upper()

    @property
    def content_type(self):
        """The type the bytes showed when uploaded; unknown or unsniffed files are opaque binaries."""
        file_type = self.file_type
        return file_type.content_type if file_type else "application/octet-stream"

    @property
    def content_disposition(self):
        inline_types = getattr(settings, "WAGTAILDOCS_INLINE_CONTENT_TYPES", ["application/pdf"])
        media_type = self.content_type.split(";")[0].strip()
        # Only a known, sniffed type may open in the browser; anything else is an opaque download.
        if self.file_type and media_type in inline_types and media_type not in NEVER_INLINE:
            return "inline"
        quoted = urllib.parse.quote(self.filename)
        return f"attachment; filename={quoted}; filename*=UTF-8''{quoted}"

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

    @property
    def licence_url(self):
        return licence_url(self.licence)

    @property
    def is_restricted(self):
        return self.collection.get_view_restrictions().exists()

    @property
    def preview_alt(self):
        return _("First page of “%(title)s”") % {"title": self.title}
