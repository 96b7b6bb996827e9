"""Faceted filtering of the materials library: the matching materials and, for every filter option, how
many materials it would give combined with the other active filters (core.listing.facets does both).

Within one filter the chosen values are alternatives (OR); different filters narrow each other (AND).
Each entry carries, per facet, the set of values it has: a material has one format but can have several
audiences, and it has the centres, target groups and themes of every method it belongs to.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from core.listing.facets import Facet, FacetEngine


@dataclass(frozen=True)
class MaterialFacet(Facet):
    all_label: str = ""  # the "no filter" option of the facet's select


# In an entry's row, facet number i is column i + 1 (column 0 is the entry's index); all multi-valued.
FACETS = [
    MaterialFacet(key, label, column, multi_valued=True, all_label=all_label)
    for column, (key, label, all_label) in enumerate(
        [
            ("audience", _("Audience"), _("All audiences")),
            ("format", _("File format"), _("All formats")),
            ("language", _("Language"), _("All languages")),
            ("licence", _("Licence"), _("All licences")),
            ("centre", _("Centre"), _("All centres")),
            ("target_group", _("Target group"), _("All target groups")),
            ("theme", _("Theme"), _("All themes")),
        ],
        start=1,
    )
]
FACET_KEYS = [facet.key for facet in FACETS]
COMBINATION_ID = len(FACETS) + 1


@dataclass
class Entry:
    material: object
    values: dict  # facet key -> set of values
    methods: list = field(default_factory=list)


def selection_from(querydict, known_values):
    """The chosen values per facet from GET parameters, ignoring values no option has."""
    selected = {}
    for key in FACET_KEYS:
        values = {value for value in querydict.getlist(key) if value in known_values.get(key, ())}
        if values:
            selected[key] = values
    return selected


def apply(entries, selected):
    """The entries that pass every selected facet, and per facet a Counter of option value -> number of
    entries matching it and the other facets.

    The engine is made per call: its combination ids then live as long as these rows (a few hundred
    materials, counted in well under a millisecond)."""
    engine = FacetEngine(FACETS, [(COMBINATION_ID, FACETS)])
    rows = [
        engine.with_combination_ids(
            (index, *(frozenset(entry.values.get(facet.key, ())) for facet in FACETS))
        )
        for index, entry in enumerate(entries)
    ]
    passing, counts = engine.apply(rows, selected)
    return [entries[row[0]] for row in passing], counts
