"""Norwegian relevance: each case in relevance.py on this database's engine, plus MRR and nDCG@10.

Run `python benchmarks/search_relevance.py` (or this file with -s) to see the figures per case.
"""

import pytest
from django.db import connection

from search.service import SearchParams, SearchService
from tests.search.relevance import CASES, failures, ndcg_at_10, reciprocal_rank, summarise

# Minimums measured with this corpus (see the README); a drop below them is a regression.
MIN_MRR = 0.85
MIN_NDCG = 0.8


def engine():
    from modelsearch.backends import get_search_backend

    backend = get_search_backend()
    return "elasticsearch" if "elasticsearch" in type(backend).__module__ else connection.vendor


def run(case):
    outcome = SearchService().search(SearchParams(query=case.query, language="nb", per_page=10))
    keys = [result.page.slug for result in outcome.results]
    return keys, outcome.total


@pytest.mark.parametrize("case", CASES, ids=[case.query for case in CASES])
def test_relevance_case(corpus, db, case):
    keys, total = run(case)
    problems = failures(case, keys, total)
    if problems and engine() not in case.required_on:
        pytest.xfail(f"not required on {engine()}: {case.note or case.kind}; {problems}")
    assert not problems, f"{case.query!r} ({case.kind}): {problems}"


def test_relevance_metrics(corpus, db):
    rows = []
    print(f"\nRelevance on {engine()} ({len(CASES)} queries)")
    print(f"{'query':45} {'kind':13} {'RR':>5} {'nDCG':>5}  top 3")
    for case in CASES:
        keys, total = run(case)
        rows.append((case, keys, total))
        print(
            f"{case.query:45} {case.kind:13} {reciprocal_rank(case, keys, total):5.2f} "
            f"{ndcg_at_10(case, keys, total):5.2f}  {', '.join(keys[:3]) or '-'}"
        )
    summary = summarise(rows)
    print(
        f"MRR {summary['mrr']:.3f}  nDCG@10 {summary['ndcg10']:.3f}  "
        f"cases passed {summary['passed']}/{summary['count']}"
    )
    assert len(CASES) >= 25
    assert summary["mrr"] >= MIN_MRR
    assert summary["ndcg10"] >= MIN_NDCG
