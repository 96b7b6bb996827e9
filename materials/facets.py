"""Faceted filtering of the materials library: the matching materials and, for every filter option, how
many materials it would give combined with the other active filters.

Within one filter the chosen values are alternatives (OR); different filters narrow each other (AND).
Each entry carries, per facet, the set of values it has: a material has one format but can have several
audiences, and it has the centres, target groups and themes of every method it belongs to.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Facet:
    key: str  # the GET parameter
    label: str
    all_label: str


FACETS = [
    Facet("audience", _("Audience"), _("All audiences")),
    Facet("format", _("File format"), _("All formats")),
    Facet("language", _("Language"), _("All languages")),
    Facet("licence", _("Licence"), _("All licences")),
    Facet("centre", _("Centre"), _("All centres")),
    Facet("target_group", _("Target group"), _("All target groups")),
    Facet("theme", _("Theme"), _("All themes")),
]
FACET_KEYS = [facet.key for facet in FACETS]


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


def matches(entry, selected, skip=None):
    return all(entry.values.get(key, set()) & values for key, values in selected.items() if key != skip)


def filter_entries(entries, selected):
    return [entry for entry in entries if matches(entry, selected)]


def facet_counts(entries, selected):
    """Per facet, a Counter of option value -> number of entries matching it and the other facets."""
    counts = {}
    for key in FACET_KEYS:
        counter = Counter()
        for entry in entries:
            if matches(entry, selected, skip=key):
                counter.update(entry.values.get(key, ()))
        counts[key] = counter
    return counts
