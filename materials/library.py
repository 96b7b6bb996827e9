"""The context of the materials library page: filters with counts, the matching materials, a page of them."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from core.listing.pagination import paginate
from core.listing.query import query_string
from core.text import sort_key

from .catalogue import library_entries
from .counting import totals_by_material
from .facets import FACETS, apply, selection_from
from .models import MaterialsSettings

SORTS = {"title": _("Title"), "updated": _("Recently updated")}
# Options labelled by editors (centres, taxonomy) are sorted by label; fixed choices keep their order.
SORTED_BY_LABEL = {"centre", "target_group", "theme"}


@dataclass
class MaterialItem:
    """One material as the public templates show it."""

    material: object
    methods: list = field(default_factory=list)
    download_url: str = ""
    restricted: bool = False
    may_download: bool = True
    login_url: str = ""
    downloads: int | None = None


def build_facets(labels, counts, selected):
    facets = []
    for facet in FACETS:
        values = list(labels.get(facet.key, {}))
        if facet.key in SORTED_BY_LABEL:
            values.sort(key=lambda value: sort_key(str(labels[facet.key][value])))
        chosen = selected.get(facet.key, set())
        options = [
            {
                "value": value,
                "label": labels[facet.key][value],
                "count": counts[facet.key][value],
                "selected": value in chosen,
            }
            for value in values
            if counts[facet.key][value] or value in chosen
        ]
        if options:
            facets.append(
                {"key": facet.key, "label": facet.label, "all_label": facet.all_label, "options": options}
            )
    return facets


def library_context(page, request):
    entries, labels = library_entries(page.locale)
    selected = selection_from(request.GET, labels)
    results, counts = apply(entries, selected)
    sort = request.GET.get("sort", "title")
    if sort not in SORTS:
        sort = "title"
    if sort == "updated":
        results.sort(key=lambda entry: (entry.material.updated_at, entry.material.pk), reverse=True)
    else:
        results.sort(key=lambda entry: (sort_key(entry.material.title), entry.material.pk))

    page_obj = paginate(results, page.per_page or 20, request.GET.get("page"))
    show_counts = MaterialsSettings.for_request(request).show_download_counts
    totals = totals_by_material([entry.material.pk for entry in page_obj]) if show_counts else {}
    items = [
        MaterialItem(
            material=entry.material,
            methods=entry.methods,
            download_url=entry.material.url,
            downloads=totals.get(entry.material.pk, 0) if show_counts else None,
        )
        for entry in page_obj
    ]
    active_filters = [
        {
            "facet": facet.label,
            "label": labels[facet.key][value],
            "remove_url": query_string(request.GET, toggle=(facet.key, value)),
        }
        for facet in FACETS
        for value in sorted(selected.get(facet.key, ()))
    ]
    return {
        "facets": build_facets(labels, counts, selected),
        "items": items,
        "materials_page": page_obj,
        "paginator": page_obj.paginator,
        "result_count": len(results),
        "total_count": len(entries),
        "active_filters": active_filters,
        "sorts": SORTS.items(),
        "selected_sort": sort,
        "show_download_counts": show_counts,
    }
