from wagtail.models import Collection


def centre_collection(centre_title):
    """The collection that holds one centre's materials, created under the root collection when missing."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=centre_title).first()
    return existing or root.add_child(name=centre_title)


def internal_collection(centre_title):
    """'Internt – <centre>': a collection only logged-in users may download from (a Wagtail view
    restriction), under the centre's collection. Its materials stay out of the public library and ZIPs."""
    from wagtail.models import BaseViewRestriction, CollectionViewRestriction

    parent = centre_collection(centre_title)
    name = f"Internt – {centre_title}"
    collection = parent.get_children().filter(name=name).first() or parent.add_child(name=name)
    CollectionViewRestriction.objects.get_or_create(
        collection=collection, defaults={"restriction_type": BaseViewRestriction.LOGIN}
    )
    return collection
