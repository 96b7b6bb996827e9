"""The relevance suite and the search page against a real Elasticsearch 9 server.

Runs only where ELASTICSEARCH_URL is set (e.g. ELASTICSEARCH_URL=http://localhost:9200 pytest -m
elasticsearch tests/search); each run uses its own index prefix and deletes its indices afterwards.
"""

import json
import os
import uuid

import pytest
from django.db import transaction
from django.test import override_settings

from search.elasticsearch_settings import elasticsearch_backend
from search.service import SearchParams, SearchService
from tests.search.corpus import build_corpus
from tests.search.relevance import CASES, failures, summarise

URL = os.environ.get("ELASTICSEARCH_URL", "")
pytestmark = [
    pytest.mark.elasticsearch,
    pytest.mark.skipif(not URL, reason="needs an Elasticsearch 9 server: set ELASTICSEARCH_URL"),
]


@pytest.fixture(scope="module")
def es_corpus(django_db_setup, django_db_blocker):
    prefix = f"test_{uuid.uuid4().hex[:8]}_"
    backends = {"default": elasticsearch_backend(URL, index_prefix=prefix)}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends), django_db_blocker.unblock():
        from modelsearch.backends import get_search_backend

        backend = get_search_backend()
        try:
            with transaction.atomic():
                tree = build_corpus()  # ends with update_index into Elasticsearch
                backend.refresh_indexes()
                yield tree, backend
                transaction.set_rollback(True)
        finally:
            backend.es.indices.delete(index=f"{prefix}*", ignore_unavailable=True)


@pytest.mark.parametrize("case", [case for case in CASES if "elasticsearch" in case.required_on], ids=str)
def test_relevance_case_on_elasticsearch(es_corpus, db, case):
    _tree, backend = es_corpus
    outcome = SearchService(backend).search(SearchParams(query=case.query, language="nb", per_page=10))
    keys = [result.page.slug for result in outcome.results]
    assert not failures(case, keys, outcome.total)


def test_relevance_metrics_on_elasticsearch(es_corpus, db):
    _tree, backend = es_corpus
    rows = []
    for case in CASES:
        outcome = SearchService(backend).search(SearchParams(query=case.query, language="nb", per_page=10))
        rows.append((case, [result.page.slug for result in outcome.results], outcome.total))
    summary = summarise(rows)
    print(f"\nElasticsearch: MRR {summary['mrr']:.3f} nDCG@10 {summary['ndcg10']:.3f}")
    assert summary["mrr"] >= 0.8


def test_search_page_json_on_elasticsearch(es_corpus, db, client):
    data = json.loads(client.get("/sok/", {"q": "kriseplan", "format": "json"}).content)
    assert data["results"][0]["slug"] == "min-kriseplan"
