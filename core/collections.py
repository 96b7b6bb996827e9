"""Wagtail collections as the network uses them: one per centre for its materials, an internal one per centre
for logged-in users only, and which collections are restricted (their files stay out of everything public)."""

from django.db.models import Q
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction


def centre_collection(centre_title):
    """The collection that holds one centre's materials, created under the root collection when missing."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=centre_title).first()
    return existing or root.add_child(name=centre_title)


def internal_collection(centre_title):
    """'Internt – <centre>': a collection only logged-in users may download from (a Wagtail view
    restriction), under the centre's collection. Its materials stay out of the public library and ZIPs."""
    parent = centre_collection(centre_title)
    name = f"Internt – {centre_title}"
    collection = parent.get_children().filter(name=name).first() or parent.add_child(name=name)
    CollectionViewRestriction.objects.get_or_create(
        collection=collection, defaults={"restriction_type": BaseViewRestriction.LOGIN}
    )
    return collection


def restricted_collection_ids():
    """Ids of collections with a view restriction on themselves or on an ancestor."""
    paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True).distinct())
    if not paths:
        return set()
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return set(Collection.objects.filter(condition).values_list("pk", flat=True))
