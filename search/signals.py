"""Keep the search index right when indexed text lives outside the page row.

A page is indexed from `post_save` (search.indexing), before modelcluster commits the page's many-to-many
values (target groups, themes) and child rows (materials). Publishing sends `page_published` after all
of that, so the method is indexed again then. Renaming a target group or theme changes the text of
every method that uses it, and so does a material's (its title and description) or a collection's privacy
(internal materials' words stay out of the index).
"""

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.signals import page_published

from materials.models import Material
from methods.models import MethodPage, TargetGroup, Theme

from .indexing import update_search_index

logger = logging.getLogger(__name__)


@receiver(page_published)
def reindex_published_method(sender, instance, **kwargs):
    if isinstance(instance, MethodPage):
        update_search_index(MethodPage, [instance.pk])


@receiver(post_save, sender=TargetGroup)
@receiver(post_save, sender=Theme)
def reindex_methods_for_term(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        return
    update_search_index(MethodPage, MethodPage.pks_indexing(sender._meta.label, [instance.pk]))


def schedule_method_reindex(method_ids):
    """Queue a search index update of these method pages (called after the transaction commits)."""
    try:
        update_search_index(MethodPage, sorted(set(method_ids)))
    except Exception:  # noqa: BLE001 - a stale index entry must never break saving a material
        logger.exception("Could not queue a search index update of method pages %s", method_ids)


def _reindex_methods_linking(materials):
    method_ids = list(MethodPage.pks_indexing(Material._meta.label, materials))
    if method_ids:
        transaction.on_commit(lambda: schedule_method_reindex(method_ids))


@receiver(post_save, sender=Material, dispatch_uid="search_reindex_methods_of_material")
def reindex_methods_of_material(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        return  # a new material is not linked to any page yet
    _reindex_methods_linking([instance.pk])


@receiver(post_save, sender=CollectionViewRestriction, dispatch_uid="search_privacy_saved")
@receiver(post_delete, sender=CollectionViewRestriction, dispatch_uid="search_privacy_deleted")
def reindex_methods_after_privacy_change(sender, instance, raw=False, **kwargs):
    if raw:
        return
    collection = Collection.objects.filter(pk=instance.collection_id).first()
    if collection is None:
        return
    subtree = collection.get_descendants(inclusive=True)
    _reindex_methods_linking(Material.objects.filter(collection__in=subtree).values("pk"))
