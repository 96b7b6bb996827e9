"""Facet counts counted per combination of values (search.facets.apply) agree with counting each row."""

from hypothesis import given, settings
from hypothesis import strategies as st

from search import facets
from tests.core.disjunctive import counted_row_by_row

VALUES = {
    "centre": ["bikuben", "kbt", None],
    "region": ["nord", "vest", None],
    "kind": ["method", "tool"],
    "research": ["good-evidence", "well-described", None],
    "experience": ["user-evaluated", None],
    "lang": ["nb", "nn", "en"],
    "materials": ["1", None],
}
TERMS = ["parorende", "unge", "barn", "eldre"]


@st.composite
def facet_row(draw, pk):
    single = {key: draw(st.sampled_from(values)) for key, values in VALUES.items()}
    row = [None] * facets.SINGLES_ID
    row[facets.PK] = pk
    for key, value in single.items():
        row[facets.FACETS_BY_KEY[key].column] = value
    row[facets.TARGETS] = tuple(draw(st.lists(st.sampled_from(TERMS), unique=True, max_size=3)))
    row[facets.THEMES] = tuple(draw(st.lists(st.sampled_from(TERMS), unique=True, max_size=2)))
    return facets._with_combination_ids(tuple(row))


rows_strategy = st.integers(0, 40).flatmap(lambda n: st.tuples(*(facet_row(pk) for pk in range(n))))
selection_strategy = st.dictionaries(
    st.sampled_from([facet.key for facet in facets.FACETS]),
    st.sets(st.sampled_from([value for values in VALUES.values() for value in values if value] + TERMS)),
)


@settings(max_examples=300, deadline=None)
@given(rows=rows_strategy, selected=selection_strategy)
def test_counts_per_combination_equal_counting_every_row(rows, selected):
    passing, counts = facets.apply(list(rows), selected)
    expected_passing, expected_counts = counted_row_by_row(rows, selected, facets.FACETS)
    assert [row[facets.PK] for row in passing] == [row[facets.PK] for row in expected_passing]
    for facet in facets.FACETS:
        assert +counts[facet.key] == +expected_counts[facet.key], facet.key
