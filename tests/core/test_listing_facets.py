"""The facet engine (core.listing.facets) over rows of any layout: per-combination counting agrees with the
definition of disjunctive counts, row by row, whatever the groups."""

from hypothesis import given, settings
from hypothesis import strategies as st

from core.listing.facets import Facet, FacetEngine
from tests.core.disjunctive import counted_row_by_row

# A layout unlike the search's: a multi-valued facet grouped with single-valued ones, another alone.
PK, COLOUR, SIZE, TAGS, SHAPES, FIRST_ID, SECOND_ID = range(7)
FACETS = [
    Facet("colour", "Colour", COLOUR),
    Facet("size", "Size", SIZE),
    Facet("tag", "Tag", TAGS, multi_valued=True),
    Facet("shape", "Shape", SHAPES, multi_valued=True),
]
BY_KEY = {facet.key: facet for facet in FACETS}
GROUPS = [(FIRST_ID, [BY_KEY["colour"], BY_KEY["tag"], BY_KEY["size"]]), (SECOND_ID, [BY_KEY["shape"]])]
COLOURS, SIZES, WORDS = ["red", "blue", None], ["s", "m", "l"], ["a", "b", "c", "d"]


def engine():
    return FacetEngine(FACETS, GROUPS)


@st.composite
def raw_row(draw, pk):
    return (
        pk,
        draw(st.sampled_from(COLOURS)),
        draw(st.sampled_from(SIZES)),
        frozenset(draw(st.sets(st.sampled_from(WORDS), max_size=3))),
        tuple(draw(st.lists(st.sampled_from(WORDS), unique=True, max_size=2))),
    )


raw_rows = st.integers(0, 30).flatmap(lambda n: st.tuples(*(raw_row(pk) for pk in range(n))))
selections = st.dictionaries(
    st.sampled_from(list(BY_KEY)), st.sets(st.sampled_from([v for v in COLOURS + SIZES + WORDS if v]))
)


@settings(max_examples=200, deadline=None)
@given(rows=raw_rows, selected=selections, copies=st.sampled_from([1, 5]))
def test_counts_per_combination_equal_the_definition_for_any_grouping(rows, selected, copies):
    # One copy: rows mostly unique, classified row by row; five: rows share combinations.
    rows = [(pk * copies + copy, *row[1:]) for pk, row in enumerate(rows) for copy in range(copies)]
    facets = engine()
    passing, counts = facets.apply([facets.with_combination_ids(row) for row in rows], selected)
    expected_passing, expected_counts = counted_row_by_row(rows, selected, FACETS)
    assert [row[PK] for row in passing] == [row[PK] for row in expected_passing]
    for facet in FACETS:
        assert +counts[facet.key] == +expected_counts[facet.key], facet.key


def test_or_within_a_facet_and_across_facets():
    facets = engine()
    rows = [
        facets.with_combination_ids(row)
        for row in [
            (1, "red", "s", frozenset({"a"}), ("a",)),
            (2, "blue", "s", frozenset({"b"}), ()),
            (3, "blue", "l", frozenset({"a", "b"}), ("b",)),
            (4, None, "m", frozenset(), ("a",)),
        ]
    ]
    passing, counts = facets.apply(rows, {"colour": {"red", "blue"}, "size": {"s"}})
    assert [row[PK] for row in passing] == [1, 2]
    # Colour counts follow the size choice only; size counts follow the colour choice only.
    assert counts["colour"] == {"red": 1, "blue": 1}
    assert counts["size"] == {"s": 2, "l": 1}
    assert counts["tag"] == {"a": 1, "b": 1}
    # Rows are counted per combination: the same values twice count twice.
    again = facets.with_combination_ids((5, "red", "s", frozenset({"a"}), ("a",)))
    assert again[FIRST_ID:] == rows[0][FIRST_ID:]
    assert facets.apply([*rows, again], {})[1]["colour"] == {"red": 2, "blue": 2}
