"""The Elasticsearch 9 configuration and the requests it sends, checked without a server.

The backend builds its client lazily: constructing it, building mappings and compiling queries never
opens a connection (the URL below points at a closed port, so any attempt would fail).
"""

import pytest
from modelsearch.backends import get_search_backend
from modelsearch.backends.elasticsearchbase import ElasticsearchAtomicIndexRebuilder

from methods.models import MethodPage
from search.backends.elasticsearch9 import NorwegianElasticsearch9SearchBackend
from search.elasticsearch_settings import elasticsearch_backend
from search.query import QueryBuilder, parse
from search.service import SearchParams, SearchService

UNREACHABLE = "http://user:secret@127.0.0.1:9/"


@pytest.fixture
def backend():
    params = elasticsearch_backend(UNREACHABLE, index_prefix="test_")
    return get_search_backend(params.pop("BACKEND"), **params)


def test_settings_use_our_backend_with_aliases(backend):
    assert isinstance(backend, NorwegianElasticsearch9SearchBackend)
    assert backend.rebuilder_class is ElasticsearchAtomicIndexRebuilder  # new index, then move the alias
    assert backend.get_index_for_model(MethodPage).name == "test_wagtailcore_page"
    assert backend.hosts[0]["host"] == "127.0.0.1"


def test_norwegian_analysis_is_merged_into_modelsearch_defaults(backend):
    analysis = backend.settings["settings"]["analysis"]
    # modelsearch's own analyzers stay (autocomplete needs them)…
    assert "edgengram_analyzer" in analysis["analyzer"]
    # …and ours are added: stemming, stop words, synonyms at search time, compound parts at index time.
    assert analysis["filter"]["norwegian_stemmer"] == {"type": "stemmer", "language": "norwegian"}
    assert analysis["filter"]["norwegian_stop"]["stopwords"] == "_norwegian_"
    assert "pårørende, pårørande" in analysis["filter"]["norwegian_synonyms"]["synonyms"]
    assert "medvirkning" in analysis["filter"]["norwegian_decompounder"]["word_list"]
    assert analysis["analyzer"]["default"]["filter"] == [
        "lowercase",
        "norwegian_decompounder",
        "norwegian_stop",
        "norwegian_stemmer",
    ]
    assert "norwegian_synonyms" in analysis["analyzer"]["default_search"]["filter"]
    assert "norwegian_synonyms" not in analysis["analyzer"]["default"]["filter"]


def test_method_mapping_has_weighted_text_and_filters(backend):
    properties = backend.mapping_class(MethodPage).get_mapping()["properties"]
    summary = properties["methods_methodpage__summary"]
    assert summary["type"] == "text"
    assert "_all_text_boost_1_5" in summary["copy_to"]
    assert properties["title"]["copy_to"] == ["_all_text", "_all_text_boost_2_0"]
    assert properties["methods_methodpage__search_materials_text"]["type"] == "text"
    assert properties["methods_methodpage__kind_filter"]["type"] == "keyword"
    assert properties["locale_id_filter"]["type"] == "integer"
    assert properties["methods_methodpage__target_groups"]["type"] == "nested"


def test_method_document_carries_material_and_taxonomy_text(backend, site_tree):
    from tests.factories import MaterialFactory, MethodPageFactory, TargetGroupFactory

    page = MethodPageFactory(parent=site_tree["method_indexes"]["bikuben"], title="Min kriseplan")
    page.target_groups.set([TargetGroupFactory(name="Pårørende", slug="parorende")])
    page.materials.create(document=MaterialFactory(title="Kriseplanmal", description="Utfyllbar plan."))
    page.save()
    document = backend.mapping_class(MethodPage).get_document(MethodPage.objects.get(pk=page.pk))
    assert "Kriseplanmal Utfyllbar plan." in document["methods_methodpage__search_materials_text"]
    assert document["methods_methodpage__target_groups"] == [{"name": "Pårørende"}]


def test_ranked_match_request_is_one_search_with_filters_and_boosts(backend, db):
    query = QueryBuilder("plain").build(parse("pårørende til unge"))
    request = backend.ranked_match_request(query, MethodPage.objects.live().public())
    assert request["index"] == "test_wagtailcore_page"
    assert request["size"] == 10_000 and request["_source"] is False and request["stored_fields"] == "pk"
    body = request["query"]["bool"]
    filters = str(body["filter"])
    assert (
        "'live_filter': True" in filters and "wagtailcore.Page" in filters or "methods.MethodPage" in filters
    )
    text = str(body["must"])
    assert "'_all_text'" in text and "'_all_text_boost_2_0'" in text and "'boost': 2.0" in text
    assert "'query': 'pårørende'" in text and "'query': 'pårørande'" in text and "'query': 'unge'" in text


def test_service_ranks_in_the_order_elasticsearch_returns(backend, site_tree, monkeypatch):
    from tests.factories import MethodPageFactory

    index = site_tree["method_indexes"]["bikuben"]
    first, second = MethodPageFactory(parent=index), MethodPageFactory(parent=index)
    unpublished = MethodPageFactory(parent=index, live=False)
    sent = []

    def fake_search(**request):
        sent.append(request)
        hits = [(second.pk, 3.0), (unpublished.pk, 2.5), (first.pk, 1.0)]
        return {"hits": {"hits": [{"fields": {"pk": [str(pk)]}, "_score": score} for pk, score in hits]}}

    monkeypatch.setattr(backend.es, "search", fake_search)
    outcome = SearchService(backend).search(SearchParams(query="mestring", language="nb"))
    assert [result.page.pk for result in outcome.results] == [
        second.pk,
        first.pk,
    ]  # the index lagged: trust the DB
    assert outcome.counts["centre"]["bikuben"] == 2
    assert len(sent) == 2  # one request for the methods, one for centre and content pages
