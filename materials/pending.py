"""Who gets a material's pending (not yet reviewed) version, and when it goes public.

The rule itself is in materials.models.reviewed: the public fields of a material are what everyone gets
unless this module says otherwise.

- People with admin access (editors, reviewers, national editors, administrators) get the pending version:
  reviewers must read the new file and text in the page preview before they approve it, and every one of
  them is part of the editorial team. Visitors and logged-in users without admin access get the reviewed
  version. The collection's view restrictions are checked first, by Wagtail, as for any download.
- The pending file is served at the material's usual address, only to logged-in people, so the response
  varies on the session cookie (Django's `Vary: Cookie`) and a shared cache never gives it to the public. The ZIP ("download all") always holds the public
  versions: its cache key is built from the public file hashes, so it cannot contain a pending file.
- When a method page is published after an approved review (methods.publishing.published_after_review),
  every material it links goes public in its pending version. A material shared by several pages goes
  public when the first of them passes review.
"""

from django.dispatch import receiver
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from methods.publishing import published_after_review

from .models import Material
from .zips import delete_zips_for


def sees_pending_versions(user):
    return bool(user and user.is_active and user.has_perm("wagtailadmin.access_admin"))


def for_viewer(material, request):
    """The version of `material` the person behind `request` gets."""
    user = getattr(request, "user", None)
    if material.has_pending_version and sees_pending_versions(user):
        return material.pending_version()
    return material


def serve_pending(document, request):
    """A before_serve_document hook: those who may see it get the pending file, at the same address.

    Wagtail's serve view goes on with the document this hook was given, so putting the pending version
    in it (in memory) is enough: the file, its type, name and ETag then come from the pending version,
    served the way Wagtail serves every document (sendfile, conditional requests, the safety headers).
    """
    if isinstance(document, Material) and sees_pending_versions(getattr(request, "user", None)):
        document.show_pending_version()
    return None


def pending_notice(material):
    """What the admin says about a material whose new version waits for review; "" when none waits."""
    if not material.has_pending_version:
        return ""
    return _(
        "A new version (saved %(saved)s) waits for lived-experience review; the public still gets the "
        "reviewed version from %(reviewed)s. It goes public when a method page that links it is published "
        "after an approved review."
    ) % {
        "saved": formats.date_format(timezone.localtime(material.pending_since), "DATE_FORMAT"),
        "reviewed": formats.date_format(timezone.localtime(material.updated_at), "DATE_FORMAT"),
    }


@receiver(published_after_review, dispatch_uid="materials_publish_reviewed_versions")
def publish_reviewed_versions(sender, page, revision, **kwargs):
    """The page's review covered its materials' pending versions: make them public."""
    if not type(page).objects.filter(pk=page.pk, live=True, live_revision_id=revision.pk).exists():
        return  # scheduled for later: the versions stay pending until then
    materials = Material.objects.filter(method_links__page=page, pending_since__isnull=False).distinct()
    for material in materials:
        material.apply_pending_version()
        for page_id in material.method_links.values_list("page_id", flat=True):
            delete_zips_for(page_id)
