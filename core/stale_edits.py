"""Stale edits: a page form opened on an older revision must not silently overwrite newer ones.

Wagtail's edit form carries the revision it was opened on (hidden `loaded_revision_id` and
`loaded_revision_created_at`), but Wagtail only refuses autosave requests that are out of date; a normal
"Save draft", "Submit for review" or "Publish" from a stale form replaces whatever was saved meanwhile.
`find_stale_edit` answers "did someone else save this page since the form was opened?" from those hidden
inputs; `core.forms.RevisionCheckedPageForm` refuses such a form (a form error can only be plain text) and
the `before_edit_page` hook in `core.wagtail_hooks` says who saved when, with a button to Wagtail's compare
view.

The user's own newer revisions do not count: with autosave on, the browser keeps posting the revision the
page was opened on while its own autosaved revisions pile up after it.
"""

from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_user_display_name
from wagtail.models import Revision
from wagtail.utils.timestamps import render_timestamp


@dataclass(frozen=True)
class StaleEdit:
    """The form was opened on `loaded_revision_id`; `newer` is the latest revision someone else saved since."""

    page_id: int
    loaded_revision_id: int
    newer: Revision
    latest_revision_id: int

    def message(self):
        """Who saved when, and what the editor can do now (shown with the compare button)."""
        time = render_timestamp(self.newer.created_at)
        if self.newer.user is None:
            return _(
                "A newer version of this page was saved (%(time)s) after you opened it, so your changes "
                "have not been saved. Compare the versions to see what changed: what you typed is still "
                "in the form, and saving again replaces the newer version with yours."
            ) % {"time": time}
        return _(
            "%(user)s saved a newer version of this page (%(time)s) after you opened it, so your changes "
            "have not been saved. Compare the versions to see what changed: what you typed is still in "
            "the form, and saving again replaces the newer version with yours."
        ) % {"user": get_user_display_name(self.newer.user), "time": time}

    def compare_url(self):
        """Wagtail's compare view from the version the form was opened on to the latest one."""
        return reverse(
            "wagtailadmin_pages:revisions_compare",
            args=(self.page_id, self.loaded_revision_id, self.latest_revision_id),
        )


def find_stale_edit(page, data, user):
    """The StaleEdit if the posted form `data` was opened on an older revision of `page` than one that
    someone other than `user` has saved since, else None. A form without a loaded revision (a page
    created before revisions, a client that does not send one) is not judged, as Wagtail does."""
    loaded_id = str(data.get("loaded_revision_id") or "")
    if not page.pk or not loaded_id.isdigit():
        return None
    newer = Q(id__gt=int(loaded_id))
    # Autosave overwrites the latest revision in place with a newer created_at: the same id, changed.
    loaded_at = _parse(data.get("loaded_revision_created_at"))
    if loaded_at:
        newer |= Q(id=int(loaded_id), created_at__gt=loaded_at)
    revisions = page.revisions.filter(newer)
    if user is not None and user.pk:
        revisions = revisions.exclude(user=user)
    newest = revisions.select_related("user").order_by("-created_at", "-id").first()
    if newest is None:
        return None
    latest_id = page.revisions.order_by("-created_at", "-id").values_list("id", flat=True).first()
    return StaleEdit(
        page_id=page.pk, loaded_revision_id=int(loaded_id), newer=newest, latest_revision_id=latest_id
    )


def _parse(value):
    try:
        return parse_datetime(value or "")
    except ValueError:
        return None
