"""What the materials library lists: public materials of live, public methods in one locale."""

from collections import defaultdict

from django.conf import settings

from core.collections import restricted_collection_ids
from core.text import sort_key
from methods.models import MethodPage, MethodPageMaterial

from .facets import Entry
from .licences import LICENCE_CHOICES
from .models import Audience, Material
from .validation import TYPES


def library_entries(locale):
    """One Entry per public material that belongs to at least one live, public method of the locale.

    A fixed number of queries however many materials there are; filtering happens in memory.
    """

    methods = {
        method.pk: method
        for method in MethodPage.objects.live().public().filter(locale=locale).select_related("centre")
    }
    if not methods:
        return [], {}
    terms = {"target_group": defaultdict(dict), "theme": defaultdict(dict)}
    through = {
        "target_group": (MethodPage.target_groups.through, "targetgroup"),
        "theme": (MethodPage.themes.through, "theme"),
    }
    for key, (model, name) in through.items():
        rows = model.objects.filter(methodpage_id__in=methods).values_list(
            "methodpage_id", f"{name}__slug", f"{name}__name"
        )
        for method_id, slug, label in rows:
            terms[key][method_id][slug] = label

    methods_of = defaultdict(list)
    for document_id, page_id in (
        MethodPageMaterial.objects.filter(page_id__in=methods)
        .order_by("sort_order", "pk")
        .values_list("document_id", "page_id")
    ):
        if methods[page_id] not in methods_of[document_id]:
            methods_of[document_id].append(methods[page_id])

    materials = Material.objects.filter(pk__in=methods_of).exclude(
        collection_id__in=restricted_collection_ids()
    )
    labels = {
        "audience": dict(Audience.choices),
        "format": {key: file_type.label for key, file_type in TYPES.items()},
        "language": dict(settings.LANGUAGES),
        "licence": dict(LICENCE_CHOICES),
        "centre": {},
        "target_group": {},
        "theme": {},
    }
    entries = []
    for material in materials:
        linked = sorted(methods_of[material.pk], key=lambda method: sort_key(method.title))
        values = {
            "audience": set(material.audience_list),
            "format": {material.file_format} if material.file_format else set(),
            "language": {material.language},
            "licence": {material.licence},
            "centre": set(),
            "target_group": set(),
            "theme": set(),
        }
        for method in linked:
            if method.centre_id:
                values["centre"].add(method.centre.slug)
                labels["centre"][method.centre.slug] = method.centre.title
            for key in ("target_group", "theme"):
                values[key].update(terms[key][method.pk])
                labels[key].update(terms[key][method.pk])
        entries.append(Entry(material=material, values=values, methods=linked))
    return entries, labels
