"""Keep the search index right when indexed text lives outside the page row.

A page is indexed from `post_save` (search.indexing), before modelcluster commits the page's many-to-many
values (target groups, themes) and child rows (materials). Publishing sends `page_published` after all
of that, so the method is indexed again then. Renaming a target group or theme changes the text of
every method that uses it (a material's changes: materials.signal_handlers).
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from methods.models import MethodPage, TargetGroup, Theme

from .indexing import update_search_index


@receiver(page_published)
def reindex_published_method(sender, instance, **kwargs):
    if isinstance(instance, MethodPage):
        update_search_index(MethodPage, [instance.pk])


@receiver(post_save, sender=TargetGroup)
@receiver(post_save, sender=Theme)
def reindex_methods_for_term(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        return
    update_search_index(MethodPage, instance.methods.values_list("pk", flat=True))
