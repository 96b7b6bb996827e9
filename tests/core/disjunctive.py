"""The definition of disjunctive facet counts, row by row: what every use of the facet engine is checked
against."""

from collections import Counter


def passes(row, facet, values):
    value = row[facet.column]
    return not values.isdisjoint(value) if facet.multi_valued else value in values


def counted_row_by_row(rows, selected, facets):
    """(passing rows, {facet key: Counter}): a row counts for facet F when it passes every selected
    facet except F itself."""
    by_key = {facet.key: facet for facet in facets}
    active = [(by_key[key], values) for key, values in selected.items() if values]
    passing = [row for row in rows if all(passes(row, facet, values) for facet, values in active)]
    counts = {}
    for facet in facets:
        counter = Counter()
        for row in rows:
            if all(passes(row, other, values) for other, values in active if other is not facet):
                value = row[facet.column]
                counter.update(value if facet.multi_valued else [value] if value is not None else [])
        counts[facet.key] = counter
    return passing, counts
