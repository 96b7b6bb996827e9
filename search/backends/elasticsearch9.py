"""`search.backends.elasticsearch9`: modelsearch's Elasticsearch 9 backend with a one-request ranked search.

The Norwegian analysis lives in the index settings (search/elasticsearch_settings.py), so queries are
plain match queries: the analyzer stems, removes stop words, applies synonyms and compound parts.
The client is created without contacting the server; nothing here talks to it until a search runs.
"""

from django.db.models import F
from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend

from search.backends.overrides import SearchBodyMixin
from search.sql import IdIn

# Elasticsearch's default index.max_result_window: facets count at most this many matches.
MAX_MATCHES = 10_000


class NorwegianElasticsearch9SearchBackend(SearchBodyMixin, Elasticsearch9SearchBackend):
    query_flavour = "plain"

    def ranked_match_request(self, query, queryset, limit=MAX_MATCHES):
        """The keyword arguments of the single search request `ranked_matches` sends."""
        return {
            **self.search_body(query, queryset),
            "index": self.get_index_for_model(queryset.model).name,
            "_source": False,
            "stored_fields": "pk",
            "size": limit,
            "track_total_hits": False,
        }

    def ranked_matches(self, query, queryset, limit=MAX_MATCHES):
        response = self.es.search(**self.ranked_match_request(query, queryset, limit))
        ranked = [(int(hit["fields"]["pk"][0]), hit["_score"] or 0.0) for hit in response["hits"]["hits"]]
        # The index can lag behind the database (a page unpublished a moment ago): trust the database.
        allowed = set(
            queryset.order_by()
            .filter(IdIn(F("pk"), [pk for pk, _score in ranked]))
            .values_list("pk", flat=True)
        )
        return [(pk, score) for pk, score in ranked if pk in allowed]

    def vocabulary(self):
        return None


SearchBackend = NorwegianElasticsearch9SearchBackend
