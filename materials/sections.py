"""The materials section of a method page: every material, internal ones marked, and 'download all'."""

from django.urls import reverse
from django.utils.http import urlencode

from core.collections import restricted_collection_ids
from methods.models import MethodPage

from .access import login_url, needs_login, visitor_may_download
from .counting import totals_by_material
from .library import MaterialItem
from .models import MaterialsSettings
from .pending import for_viewer


def method_section(method, request):
    links = [link for link in method.materials.select_related("document__collection") if link.document_id]
    if not links:
        return None
    restricted_ids = restricted_collection_ids()
    show_counts = request is not None and MaterialsSettings.for_request(request).show_download_counts
    materials = [link.document for link in links]
    totals = totals_by_material([m.pk for m in materials]) if show_counts else {}
    items, public = [], []
    for material in materials:
        url = f"{material.url}?{urlencode({'method': method.pk})}" if method.pk else material.url
        item = MaterialItem(
            # Editors and reviewers see a new version that waits for review (in the preview too).
            material=for_viewer(material, request),
            download_url=url,
            downloads=totals.get(material.pk, 0) if show_counts else None,
        )
        if material.collection_id in restricted_ids:
            restrictions = list(material.collection.get_view_restrictions())
            item.restricted = True
            item.may_download = request is not None and visitor_may_download(restrictions, request)
            if not item.may_download and needs_login(restrictions):
                item.login_url = login_url(url)
        else:
            public.append(material)  # for the ZIP, which holds the reviewed versions
        items.append(item)
    return {
        "items": items,
        "show_download_counts": show_counts,
        "zip_url": _zip_url(method) if public else "",
        "zip_count": len(public),
        "zip_size": sum(material.file_size or 0 for material in public),
    }


def _zip_url(method):
    """Only a live page that anyone may see has a public ZIP (not drafts, previews or private pages)."""

    if not method.pk or not method.live or not MethodPage.objects.public().filter(pk=method.pk).exists():
        return ""
    return reverse("materials:method_zip", args=[method.pk])
