"""The order of results: by score, ties to the newer page (higher id); by title in Norwegian order."""

import random

from search import facets
from search.service import _sorted_ids


def row(pk, title="", published=None):
    values = [None] * facets.SINGLES_ID
    values[facets.PK], values[facets.TITLE], values[facets.PUBLISHED] = pk, title, published
    return tuple(values)


def test_relevance_orders_by_score_then_by_the_higher_id():
    rng = random.Random(5)
    rows = [row(pk) for pk in rng.sample(range(1, 10_000), 2_000)]
    scores = {r[facets.PK]: rng.choice([0.1, 0.2, 0.3, rng.random()]) for r in rows}  # many ties
    expected = [pk for pk in sorted(scores, key=lambda pk: (-scores[pk], -pk))]
    assert _sorted_ids(rows, "relevance", scores) == expected


def test_title_order_is_norwegian_with_ties_to_the_lower_id():
    rows = [row(3, "Åpen dialog"), row(1, "Ærlig talt"), row(2, "Øvelse"), row(5, "Arbeid"), row(4, "Arbeid")]
    assert _sorted_ids(rows, "title", {}) == [4, 5, 1, 2, 3]
