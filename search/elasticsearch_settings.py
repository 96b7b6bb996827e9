"""Elasticsearch 9 backend settings with Norwegian analysis. Imported by cms/settings: no Django imports here.

modelsearch deep-merges INDEX_SETTINGS into its defaults (which define the edge-ngram analyzers used for
autocomplete), so only the Norwegian parts are given:

- index time (`default` analyzer, used by every text field without its own): lower case, split known
  compounds into their parts as extra tokens (brukermedvirkning → bruker, medvirkning), Norwegian stop
  words, Snowball Norwegian stemming (the same algorithm as PostgreSQL's `norwegian` configuration);
- search time (`default_search`): lower case, bokmål/nynorsk synonyms (synonym_graph, search side only,
  so editing the list needs no reindex), stop words, the same stemmer.

ATOMIC_REBUILD (the default) makes `manage.py update_index` build a new index under a random suffix and
move the alias to it when done: searches keep working from the old index during a rebuild.
"""

from .synonyms import elasticsearch_compound_words, elasticsearch_synonym_rules

BACKEND = "search.backends.elasticsearch9"


def norwegian_index_settings():
    return {
        "settings": {
            "analysis": {
                "filter": {
                    "norwegian_stop": {"type": "stop", "stopwords": "_norwegian_"},
                    "norwegian_stemmer": {"type": "stemmer", "language": "norwegian"},
                    "norwegian_synonyms": {
                        "type": "synonym_graph",
                        "synonyms": elasticsearch_synonym_rules(),
                        "lenient": True,
                    },
                    "norwegian_decompounder": {
                        "type": "dictionary_decompounder",
                        "word_list": elasticsearch_compound_words(),
                        "min_subword_size": 3,
                        "only_longest_match": True,
                    },
                },
                "analyzer": {
                    "default": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [
                            "lowercase",
                            "norwegian_decompounder",
                            "norwegian_stop",
                            "norwegian_stemmer",
                        ],
                    },
                    "default_search": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "norwegian_synonyms", "norwegian_stop", "norwegian_stemmer"],
                    },
                },
            }
        }
    }


def elasticsearch_backend(url, index_prefix="knutepunkt_", timeout=10):
    """The WAGTAILSEARCH_BACKENDS entry for an Elasticsearch 9 server at `url` (credentials may be in it)."""
    return {
        "BACKEND": BACKEND,
        "URLS": [part.strip() for part in url.split(",") if part.strip()],
        "INDEX_PREFIX": index_prefix,
        "TIMEOUT": timeout,
        "ATOMIC_REBUILD": True,
        "INDEX_SETTINGS": norwegian_index_settings(),
    }
