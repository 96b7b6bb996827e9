import logging

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents.models import document_served
from wagtail.models import PageViewRestriction
from wagtail.signals import page_unpublished

from methods.models import MethodPage

from .counting import is_repeat_request, method_for, record_download
from .models import Material
from .zips import delete_zips_for

logger = logging.getLogger(__name__)


@receiver(document_served, dispatch_uid="materials_count_download")
def count_document_download(sender, instance, request, **kwargs):
    # Sent by Wagtail's serve view after the privacy checks passed, just before the file is sent.
    if not isinstance(instance, Material) or is_repeat_request(request, instance.file_hash):
        return
    try:
        record_download(instance.pk, method_for(instance, request))
    except Exception:  # noqa: BLE001 - a counting failure must never stop the download
        logger.exception("Could not count a download of material %s", instance.pk)


@receiver(post_delete, sender=Material, dispatch_uid="materials_delete_preview")
def delete_preview_file(sender, instance, **kwargs):
    if instance.preview:
        instance.preview.storage.delete(instance.preview.name)


@receiver(page_unpublished, sender=MethodPage, dispatch_uid="materials_unpublished_zips")
@receiver(post_delete, sender=MethodPage, dispatch_uid="materials_deleted_zips")
def delete_method_zips(sender, instance, **kwargs):
    # A ZIP is only ever served for a live page; do not keep the files of one that is gone.
    delete_zips_for(instance.pk)


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="materials_private_page_zips")
def delete_private_method_zips(sender, instance, raw=False, **kwargs):
    # A page made private has no public ZIP any more: do not keep its bundle (or its subpages') in storage.
    if raw:
        return
    for method_id in MethodPage.objects.descendant_of(instance.page, inclusive=True).values_list(
        "pk", flat=True
    ):
        delete_zips_for(method_id)
