import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents.models import document_served
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.signals import page_unpublished

from methods.models import MethodPage

from .counting import is_repeat_request, method_for, record_download
from .models import Material
from .tasks import schedule_method_reindex
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


# A method's search text holds its public materials' titles and descriptions (MethodPage.
# search_materials_text), so it is reindexed when a material changes or a collection's privacy does.


def _reindex_methods_linking(materials):
    method_ids = list(
        MethodPage.objects.filter(materials__document__in=materials).values_list("pk", flat=True).distinct()
    )
    if method_ids:
        transaction.on_commit(lambda: schedule_method_reindex(method_ids))


@receiver(post_save, sender=Material, dispatch_uid="materials_reindex_methods")
def reindex_methods_of_material(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        return  # a new material is not linked to any page yet
    _reindex_methods_linking([instance.pk])


@receiver(post_save, sender=CollectionViewRestriction, dispatch_uid="materials_privacy_saved")
@receiver(post_delete, sender=CollectionViewRestriction, dispatch_uid="materials_privacy_deleted")
def reindex_methods_after_privacy_change(sender, instance, raw=False, **kwargs):
    if raw:
        return
    collection = Collection.objects.filter(pk=instance.collection_id).first()
    if collection is None:
        return
    subtree = collection.get_descendants(inclusive=True)
    _reindex_methods_linking(Material.objects.filter(collection__in=subtree).values("pk"))
