"""Keep the search index right when indexed text lives outside the page row.

A page is indexed from `post_save` (search.indexing), before modelcluster commits the page's many-to-many
values (target groups, themes) and child rows (materials). Publishing sends `page_published` after all
of that, so the method is indexed again then. Renaming a target group or theme, or editing a
material's title or description, changes the text of every method that uses it.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from materials.models import Material
from methods.models import MethodPage, TargetGroup, Theme

from .indexing import update_search_index


def reindex_methods(pks):
    update_search_index(MethodPage, pks)


@receiver(page_published)
def reindex_published_method(sender, instance, **kwargs):
    if isinstance(instance, MethodPage):
        reindex_methods([instance.pk])


@receiver(post_save, sender=TargetGroup)
@receiver(post_save, sender=Theme)
def reindex_methods_for_term(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        return
    reindex_methods(instance.methods.values_list("pk", flat=True))


@receiver(post_save, sender=Material)
def reindex_methods_for_material(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        return
    reindex_methods(instance.method_links.values_list("page_id", flat=True).distinct())
