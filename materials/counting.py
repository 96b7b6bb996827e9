"""Counting downloads without personal data: one counter per material, method, month and channel."""

from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from methods.models import MethodPageMaterial

from .models import DownloadChannel, DownloadCount, ZipDownloadCount


def current_month():
    return timezone.localdate().replace(day=1)


def record_download(material_id, method_id=None, channel=DownloadChannel.FILE):
    """Add one download of a material."""
    _increment(
        DownloadCount,
        material_id=material_id,
        method_id=method_id,
        month=current_month(),
        channel=channel,
    )


def record_zip_download(method_id, material_ids):
    """Add one download of a method's ZIP, and one 'in a ZIP' download of each file in it."""
    _increment(ZipDownloadCount, method_id=method_id, month=current_month())
    for material_id in material_ids:
        record_download(material_id, method_id, DownloadChannel.ZIP)


def _increment(model, **key):
    """Add one to the counter row for key. Concurrent requests are safe: the database does the adding."""
    if model.objects.filter(**key).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            model.objects.create(**key, count=1)
    except IntegrityError:
        # Another request created the row first.
        model.objects.filter(**key).update(count=F("count") + 1)


def is_repeat_request(request, etag):
    """True for requests that will not transfer the file: HEAD, or a browser revalidating its own copy."""
    if request.method != "GET":
        return True
    if_none_match = request.headers.get("If-None-Match", "")
    return bool(etag) and etag in if_none_match


def method_for(material, request):
    """The method page a download is counted for: the one the link named, else the only one it is in."""

    links = MethodPageMaterial.objects.filter(document_id=material.pk, page__live=True)
    named = request.GET.get("method", "")
    if named.isdigit() and links.filter(page_id=int(named)).exists():
        return int(named)
    page_ids = list(links.values_list("page_id", flat=True).distinct()[:2])
    return page_ids[0] if len(page_ids) == 1 else None


def totals_by_material(material_ids):
    rows = (
        DownloadCount.objects.filter(material_id__in=material_ids)
        .values("material_id")
        .annotate(total=Sum("count"))
    )
    return {row["material_id"]: row["total"] for row in rows}
