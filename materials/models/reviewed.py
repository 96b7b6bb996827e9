"""The reviewed version of a material stays public until a lived-experience review lets the new one out.

A method page goes live only after the lived-experience panel reviewed it (methods.publishing), and its
badge says so. Its materials are documents of their own that editors change in the document admin, not
in the page: without this rule a replaced file, title or description would reach the public at once and
the badge would vouch for content nobody reviewed.

So a material linked from at least one live method page keeps what the public gets, and a change to its
file, title or description is stored beside it as a *pending* version:

- The ordinary fields (`file`, `file_hash`, `file_size`, `file_format`, `title`, `description`) always
  hold the *public* version, and the `pending_*` fields the new one (empty, and `pending_since` null, when
  nothing waits). The public side is the default on purpose: the download view, the ZIP and its cache
  (keyed by `file_hash`), the method page, the library, search, previews and download counts all read the
  ordinary fields, and so can never show a pending version, also code written later that knows nothing of
  this rule. Showing the pending version is the opt-in: `pending_version()` and `show_pending_version()`,
  used for people with admin access (materials.pending).
- `updated_at` is the date of the public version: a save that only changes the pending version keeps it.
- A material linked from no live method page has nothing public to protect: its changes apply at once,
  as before, and a pending version it still has (its page was unpublished) applies with them.
- `apply_pending_version()` makes the pending version public; materials.pending calls it for every
  material of a method page that was published after an approved review. The replaced file is deleted
  from storage once no material uses it any longer, never while it is still served.
"""

import copy

from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TEXT_FIELDS = ("title", "description")
FILE_FIELDS = ("file_hash", "file_size", "file_format")


def _file_name(value):
    return (getattr(value, "name", value) or "") if value is not None else ""


class ReviewedVersion(models.Model):
    """The pending (not yet reviewed) version of a material; see the module docstring for the rule."""

    pending_file = models.FileField(upload_to="documents", blank=True, editable=False, max_length=255)
    pending_file_hash = models.CharField(max_length=40, blank=True, editable=False)
    pending_file_size = models.PositiveBigIntegerField(null=True, blank=True, editable=False)
    pending_file_format = models.CharField(max_length=10, blank=True, editable=False)
    pending_title = models.CharField(max_length=255, blank=True, editable=False)
    pending_description = models.TextField(blank=True, editable=False)
    pending_since = models.DateTimeField(
        _("new version waiting for review since"), null=True, blank=True, editable=False
    )

    class Meta:
        abstract = True

    # What was loaded from the database -------------------------------------------------------------------

    def _remember_versions(self):
        # Read from __dict__: touching a deferred field here would cost a query per instance.
        loaded = self.__dict__
        names = ("file", *FILE_FIELDS, *TEXT_FIELDS, "pending_file", "pending_since")
        if all(name in loaded for name in names) and not getattr(self, "_pending_shown", False):
            self._loaded_public = self._version_of("")
            self._loaded_pending = self._version_of("pending_") if loaded["pending_since"] else None
        else:
            self._loaded_public = self._loaded_pending = None

    def _version_of(self, prefix):
        version = {name: getattr(self, prefix + name) for name in (*TEXT_FIELDS, *FILE_FIELDS)}
        version["file"] = _file_name(getattr(self, prefix + "file"))
        return version

    # Reading ------------------------------------------------------------------------------------------------

    @property
    def has_pending_version(self):
        return self.pending_since is not None

    def show_pending_version(self):
        """Put the pending version in this instance's fields (in memory), for the admin form and previews.

        The download address stays the public one: Wagtail's serve view checks the file name in it, and
        materials.pending serves the pending file there to those who may see it.
        """
        if not self.has_pending_version or getattr(self, "_pending_shown", False):
            return self
        self._public_filename = self.filename
        if self.pending_file:
            self.file = self.pending_file.name
            for name in FILE_FIELDS:
                setattr(self, name, getattr(self, "pending_" + name))
        self.title, self.description = self.pending_title, self.pending_description
        self._pending_shown = True
        return self

    @property
    def shows_pending_version(self):
        """True on an instance that holds the pending version (for editors and reviewers) in its fields."""
        return bool(getattr(self, "_pending_shown", False))

    def pending_version(self):
        """A copy of this material showing its pending version, or the material itself when none waits."""
        if not self.has_pending_version:
            return self
        return copy.copy(self).show_pending_version()

    @property
    def url(self):
        public_filename = getattr(self, "_public_filename", None)
        if public_filename:
            return reverse("wagtaildocs_serve", args=[self.pk, public_filename])
        return super().url

    # Saving -------------------------------------------------------------------------------------------------

    def goes_to_review(self):
        """Whether a change to the file, title or description waits for review instead of going public."""
        if self.pk is None or getattr(self, "_apply_at_once", False):
            return False
        return self.method_links.filter(page__live=True).exists()

    def _settle_versions(self, file_changed):
        """Before saving: decide which version becomes public and which waits. Returns `update_fields`
        for the save (None for all), and remembers the files that may no longer be needed."""
        self._files_to_check = set()
        if self.pk is None or self._loaded_public is None:
            return None
        try:
            return self._settle(self._loaded_public, self._loaded_pending, file_changed)
        finally:
            # The instance now holds the public version, whichever it is.
            self._pending_shown, self._public_filename = False, None

    def _settle(self, public, pending, file_changed):
        working = self._working_version(public, pending, file_changed)
        if pending is None and working == public and not file_changed:
            return None  # nothing about the reviewed version changes
        if self.goes_to_review():
            if working == public:
                self._clear_pending()
            else:
                self._keep_pending(working, file_changed)
                self._put_version(public)
            self._files_to_check = (
                {pending["file"]} if pending and pending["file"] != public["file"] else set()
            )
            # A change that waits for review does not move the public version's date.
            return [
                f.attname for f in self._meta.concrete_fields if not f.primary_key and f.name != "updated_at"
            ]
        if pending is not None:
            if not file_changed and working["file"] != public["file"]:
                self.file = working["file"]
            self._put_version(working, file=False)
            self._clear_pending()
            self._files_to_check = {public["file"], pending["file"]}
        return None

    def _working_version(self, public, pending, file_changed):
        """The newest version: this instance's fields, with the pending version where they were not changed."""
        current = self._version_of("")
        if file_changed:
            current["file"] = self.file  # possibly a new upload, not stored yet
        if pending is None or getattr(self, "_pending_shown", False):
            return current
        working = {
            name: current[name] if current[name] != public[name] else pending[name] for name in TEXT_FIELDS
        }
        source = current if file_changed else pending
        working.update({name: source[name] for name in ("file", *FILE_FIELDS)})
        return working

    def _put_version(self, version, file=True):
        if file:
            self.file = version["file"]
        for name in (*TEXT_FIELDS, *FILE_FIELDS):
            setattr(self, name, version[name])

    def _keep_pending(self, working, file_changed):
        if file_changed:
            upload = self.file
            self.pending_file = upload if upload._committed else upload.file
        elif working["file"] != _file_name(self.pending_file):
            self.pending_file = working["file"]
        for name in (*TEXT_FIELDS, *FILE_FIELDS):
            setattr(self, "pending_" + name, working[name])
        self.pending_since = self.pending_since or timezone.now()

    def _clear_pending(self):
        self.pending_file = ""
        self.pending_file_hash = self.pending_file_format = self.pending_title = self.pending_description = ""
        self.pending_file_size = self.pending_since = None

    def _delete_unused_files(self):
        """After saving: delete the replaced public or pending files that no material uses any longer."""
        names = {name for name in self._files_to_check if name} - {self.file.name, self.pending_file.name}
        self._files_to_check = set()
        if names:
            storage = self.file.storage
            transaction.on_commit(lambda: delete_unused_files(storage, names))

    def apply_pending_version(self):
        """Make the pending version public (after a review); the replaced file goes once unused."""
        if not self.has_pending_version:
            return False
        self.show_pending_version()
        self._pending_shown = False  # the shown version is what is saved now, with nothing pending
        self._public_filename = None
        self._apply_at_once = True
        try:
            self.save()
        finally:
            self._apply_at_once = False
        return True


def delete_unused_files(storage, names):
    """Delete the stored files of `names` that neither a material's public nor its pending version uses."""
    from .material import Material

    used = set(
        Material.objects.filter(Q(file__in=names) | Q(pending_file__in=names)).values_list(
            "file", "pending_file"
        )
    )
    used = {name for pair in used for name in pair}
    for name in set(names) - used:
        storage.delete(name)
