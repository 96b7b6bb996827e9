import logging

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.documents.models import document_served

from .counting import is_repeat_request, method_for, record_download
from .models import Material

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
