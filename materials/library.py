"""The context of the materials library page: filters with counts, the matching materials, a page of them."""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from .catalogue import library_entries, norwegian_sort_key
from .counting import totals_by_material
from .facets import FACETS, facet_counts, filter_entries, selection_from
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


def _query_without(querydict, key, value=None):
    query = querydict.copy()
    query.pop("page", None)
    if value is None:
        query.pop(key, None)
    else:
        query.setlist(key, [v for v in query.getlist(key) if v != value])
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def build_facets(labels, counts, selected):
    facets = []
    for facet in FACETS:
        values = list(labels.get(facet.key, {}))
        if facet.key in SORTED_BY_LABEL:
            values.sort(key=lambda value: norwegian_sort_key(str(labels[facet.key][value])))
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
    results = filter_entries(entries, selected)
    sort = request.GET.get("sort", "title")
    if sort not in SORTS:
        sort = "title"
    if sort == "updated":
        results.sort(key=lambda entry: (entry.material.updated_at, entry.material.pk), reverse=True)
    else:
        results.sort(key=lambda entry: (norwegian_sort_key(entry.material.title), entry.material.pk))

    paginator = Paginator(results, page.per_page or 20)
    page_obj = paginator.get_page(request.GET.get("page"))
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
            "remove_url": _query_without(request.GET, facet.key, value),
        }
        for facet in FACETS
        for value in sorted(selected.get(facet.key, ()))
    ]
    return {
        "facets": build_facets(labels, facet_counts(entries, selected), selected),
        "items": items,
        "materials_page": page_obj,
        "paginator": paginator,
        "result_count": len(results),
        "total_count": len(entries),
        "active_filters": active_filters,
        "sorts": SORTS.items(),
        "selected_sort": sort,
        "show_download_counts": show_counts,
    }
