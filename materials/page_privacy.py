"""A material follows the privacy of the pages that link it.

A method page can be made private in Wagtail (a page view restriction: logged-in users, a password or
groups, on the page or an ancestor). Its materials would still be served to anyone who has their
address, because Wagtail only checks the *collection's* restrictions when it serves a document. So:

- a material linked from at least one live page that anyone may see stays public;
- a material linked only from restricted pages (live or not) is served only to a visitor who may see one
  of those pages, by Wagtail's own `PageViewRestriction.accept_request`; anyone else gets what Wagtail
  gives for a private document (the login redirect, or the password form, here for the page's password);
- a material linked from no page, or only from drafts without a restriction, is unchanged.

Links are the page's "Downloadable materials" (read from the database, so a change counts at once) and
any other link Wagtail's reference index knows (document links in rich text). Nothing is cached: the
answer is worked out on every download, in a few queries. The public library and the ZIP already list
only materials of live public pages (materials.catalogue, materials.zips).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import BaseViewRestriction, Page, ReferenceIndex
from wagtail.wagtail_hooks import require_wagtail_login

from methods.models import MethodPageMaterial


def linking_page_ids(material):
    ids = set(MethodPageMaterial.objects.filter(document_id=material.pk).values_list("page_id", flat=True))
    references = ReferenceIndex.get_references_to(material).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    ids.update(int(pk) for pk in references.values_list("object_id", flat=True))
    return ids


def restricting_pages(material):
    """The restricted pages that keep `material` private (live ones first), or [] when it is not private."""
    ids = linking_page_ids(material)
    if not ids:
        return []
    pages = Page.objects.filter(pk__in=ids)
    if pages.live().public().exists():
        return []
    return list(pages.not_public().order_by("-live", "path"))


def check_page_restrictions(document, request):
    """A before_serve_document hook: refuse a material whose linking pages the visitor may not see."""
    pages = restricting_pages(document)
    if not pages:
        return None
    refusals = []
    for page in pages:
        refused = [r for r in page.get_view_restrictions() if not r.accept_request(request)]
        if not refused:
            return None
        refusals.append((page, refused[0]))
    page, restriction = refusals[0]
    if restriction.restriction_type == BaseViewRestriction.PASSWORD:
        form = PasswordViewRestrictionForm(
            instance=restriction, initial={"return_url": request.get_full_path()}
        )
        # The page's own password view: entering it unlocks the page and this material, then returns here.
        action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
        template = getattr(
            settings, "WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE", "wagtaildocs/password_required.html"
        )
        response = TemplateResponse(request, template, {"form": form, "action_url": action_url})
    else:
        response = require_wagtail_login(next=request.get_full_path())
    add_never_cache_headers(response)
    return response
