from wagtail.models import Collection


def centre_collection(centre_title):
    """The collection that holds one centre's materials, created under the root collection when missing."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=centre_title).first()
    return existing or root.add_child(name=centre_title)
