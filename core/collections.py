"""Wagtail collections as the network uses them: one per centre for its materials (held by id in the centre
registry), an internal one inside it for logged-in users only, and which collections are restricted (their
files stay out of everything public)."""

from django.db.models import Q
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction


def centre_collection(centre):
    """The collection of a registry centre (core.Centre), made under the root collection when it has none."""
    if centre.collection_id is None:
        centre.collection = Collection.get_first_root_node().add_child(name=centre.name)
        centre.save(update_fields=["collection"])
    return centre.collection


def internal_collection(centre):
    """'Internt – <centre>': the child of the centre's collection that only logged-in users may download
    from (a Wagtail view restriction). Its materials stay out of the public library and ZIPs. Found by its
    restriction, not its name, and made when missing."""
    parent = centre_collection(centre)
    collection = (
        parent.get_children()
        .filter(view_restrictions__restriction_type=BaseViewRestriction.LOGIN)
        .order_by("path")
        .first()
    )
    if collection is None:
        collection = parent.add_child(name=f"Internt – {centre.name}")
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=BaseViewRestriction.LOGIN
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
