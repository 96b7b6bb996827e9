"""Every place where search's backends reach into modelsearch's internals, in one module.

modelsearch offers no public hooks for what Norwegian search needs (matching on one indexed vector,
cheaper ranking, FTS5 column weights, a per-language indexer), so the backends override private
methods or replace upstream method bodies. Each override lives here as a mixin (the backend classes in
`database.py` and `elasticsearch9.py` only compose them), and names in `relies_on` the upstream methods
whose code or behaviour it depends on. modelsearch is pinned in pyproject.toml, and
tests/search/test_modelsearch_contract.py fails when an upgrade changes any of them: when it does, re-read
the new upstream code against the override's docstring before updating the recorded fingerprint.

Nothing here imports modelsearch's database backends at module level: they fail to import where their
database (or psycopg) is missing, and the backends import this module in any case.
"""

import types

from django.contrib.postgres.search import SearchRank
from django.db.models import F
from django.utils.functional import cached_property
from modelsearch.index import SearchField
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or
from wagtail.models import Locale

from search.query import LANGUAGE_CONFIGS, InConfigs

POSTGRES = "modelsearch.backends.database.postgres.postgres"
SQLITE = "modelsearch.backends.database.sqlite"
ELASTICSEARCH = "modelsearch.backends.elasticsearchbase"


# --- PostgreSQL -------------------------------------------------------------------------------------


class BodyMatchCompilerMixin:
    """For `PostgresSearchQueryCompiler`: match on the body vector alone, rank with fewer ts_rank calls.

    Upstream `search()` matches `title || body @@ query`, which builds a new tsvector for every row and so
    cannot use an index; it ranks with `_build_rank_expression`, which calls `build_tsrank` on every leaf
    of the query tree for each vector (a dozen ts_rank calls per row once Norwegian expansion has run).

    `search()` here repeats upstream's plain full-text branch but filters on `index_entries__body` (the
    body holds the title too: `BodyWithTitleIndexerMixin`), and hands every other query (MatchAll, Not,
    Fuzzy, searches restricted to `fields`) to upstream unchanged. `_build_rank_expression` ranks the
    query without its Boost nodes once per vector, plus one term per boosted part, which keeps Boost's
    effect (compound parts count less) at a fraction of the cost.

    Relies on: the compiler attributes `fields`, `query`, `queryset` and `sql_weights`; `build_tsquery`,
    `get_search_vectors` returning [(vector, boost)]; `_build_rank_expression(vectors, config)` being
    what upstream `search()` calls to rank; `_apply_ordering_and_scoring(queryset, rank_expression, start,
    stop, score_field)` doing the ordering, score annotation and slicing for both of upstream's branches.
    """

    relies_on = (
        f"{POSTGRES}:PostgresSearchQueryCompiler.search",
        f"{POSTGRES}:PostgresSearchQueryCompiler._build_rank_expression",
        f"{POSTGRES}:PostgresSearchQueryCompiler._apply_ordering_and_scoring",
        f"{POSTGRES}:PostgresSearchQueryCompiler.get_search_vectors",
        f"{POSTGRES}:PostgresSearchQueryCompiler.get_index_vectors",
        f"{POSTGRES}:PostgresSearchQueryCompiler.build_tsrank",
    )

    def search(self, config, start, stop, score_field=None, backend=None):
        plain = self.fields is None and not isinstance(self.query, (MatchAll, Not, Fuzzy))
        if not plain:
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        rank_expression = self._build_rank_expression(self.get_search_vectors(search_query), config)
        # `body @@ query` alone can use the body's GIN index. Entries indexed before BodyWithTitleIndexerMixin
        # need `manage.py update_index` once.
        queryset = self.queryset.filter(index_entries__body=search_query)
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)

    def _build_rank_expression(self, vectors, config):
        core, boosted = split_boosts(self.query)
        rank = None
        for vector, vector_boost in vectors:
            parts = [(1.0, core)] if core is not None else []
            for boost, subquery in parts + boosted:
                tsquery = self.build_tsquery(subquery, config=config)
                term = SearchRank(vector, tsquery, weights=self.sql_weights) * vector_boost
                if boost != 1.0:
                    term = term * boost
                rank = term if rank is None else rank + term
        return rank

    def rank_on_index_table(self, config):
        """The rank expression of `_build_rank_expression` for a query on the index table itself: upstream's
        `get_index_vectors` without the `index_entries__` prefix (for `ranked_within`)."""
        return self._build_rank_expression([(F("title"), F("title_norm")), (F("body"), 1.0)], config)


def split_boosts(query):
    """(the query with Boost nodes removed, [(boost, subquery)]) — None when nothing is left."""
    if isinstance(query, InConfigs):
        inner, boosted = split_boosts(query.subquery)
        inner = InConfigs(inner, query.configs) if inner is not None else None
        return inner, [(boost, InConfigs(subquery, query.configs)) for boost, subquery in boosted]
    if isinstance(query, Boost):
        inner, boosted = split_boosts(query.subquery)
        return None, [(query.boost, query.subquery)] if inner is not None or not boosted else boosted
    if isinstance(query, (And, Or)):
        kept, boosted = [], []
        for subquery in query.subqueries:
            inner, more = split_boosts(subquery)
            boosted += more
            if inner is not None:
                kept.append(inner)
        if not kept:
            return None, boosted
        return (kept[0] if len(kept) == 1 else type(query)(kept)), boosted
    return query, []


class BodyWithTitleIndexerMixin:
    """For the PostgreSQL `ObjectIndexer`: the body vector also holds the title, in the object's language.

    Upstream's `body` is every SearchField except those named "title", in the backend's one text search
    configuration. Here it is every SearchField (so `BodyMatchCompilerMixin` can match on the body alone),
    and the configuration is the object's language's (LANGUAGE_CONFIGS), falling back to the backend's.

    Relies on: `__init__(obj, backend)` setting `search_fields` and `config` (overwritten here);
    `prepare_field(obj, field)` yielding (field, weight, text); `as_vector([(text, weight)])` building the
    vector in `self.config`; the index reading `body` as an attribute.
    """

    relies_on = (
        f"{POSTGRES}:ObjectIndexer.__init__",
        f"{POSTGRES}:ObjectIndexer.body",
        f"{POSTGRES}:ObjectIndexer.prepare_field",
        f"{POSTGRES}:ObjectIndexer.as_vector",
    )

    def __init__(self, obj, backend, language_code=None):
        super().__init__(obj, backend)
        self.config = LANGUAGE_CONFIGS.get(language_code, backend.config)

    @cached_property
    def body(self):
        texts = []
        for field in self.search_fields:
            for current_field, boost, value in self.prepare_field(self.obj, field):
                if isinstance(current_field, SearchField):
                    texts.append((value, boost))
        return self.as_vector(texts)


class IndexerClassMixin:
    """For `PostgresIndex`: index with `indexer_class`, given each object's language.

    Upstream `add_items` builds the rows with the module-level `ObjectIndexer(obj, backend)`, named
    directly, so a subclass cannot swap it. Rather than copy the method, this runs upstream's own code
    object with that one global name bound to a factory for `indexer_class` (a new function each call: no
    shared state is touched, so concurrent indexing is safe). Everything else (the INSERT … ON CONFLICT,
    `_refresh_title_norms`) stays upstream's.

    Relies on: `add_items(self, model, objs)` being a plain function without closure cells that looks
    `ObjectIndexer` up as a global and calls it as `ObjectIndexer(obj, self.backend)`.
    """

    relies_on = (f"{POSTGRES}:PostgresIndex.add_items",)
    indexer_class = None

    def add_items(self, model, objs):
        languages = None

        def indexer(obj, backend):
            nonlocal languages
            if languages is None:  # one query per call, and none for a model without search fields
                languages = dict(Locale.objects.values_list("pk", "language_code"))
            return self.indexer_class(obj, backend, languages.get(getattr(obj, "locale_id", None)))

        upstream = super().add_items.__func__
        with_indexer = types.FunctionType(
            upstream.__code__,
            {**upstream.__globals__, "ObjectIndexer": indexer},
            upstream.__name__,
            upstream.__defaults__,
            upstream.__closure__,
        )
        return with_indexer(self, model, objs)


# --- SQLite -----------------------------------------------------------------------------------------


class WeightedBM25Mixin:
    """For SQLite's `BM25` expression: bm25() with one weight per FTS5 column (`column_weights`).

    Upstream compiles to `bm25(<fts table>)`, all columns weighing the same; FTS5 has no other way to
    boost a field. This appends the weights to upstream's SQL.

    Relies on: `BM25.as_sql` returning `("bm25(<table>)", [])`, the table's columns being (autocomplete,
    body, title) in the order of the migration that creates it.
    """

    relies_on = (f"{SQLITE}.query:BM25.as_sql",)
    column_weights = ()

    def as_sql(self, compiler, connection, function=None, template=None):
        sql, params = super().as_sql(compiler, connection, function=function, template=template)
        weights = ", ".join(str(weight) for weight in self.column_weights)
        return f"{sql.removesuffix(')')}, {weights})", params


class WeightedRankCompilerMixin:
    """For `SQLiteSearchQueryCompiler`: rank with one weighted bm25() per row (`rank_class`).

    Upstream `_build_rank_expression` sums `build_tsrank` over the title and body vectors, and
    `build_tsrank` combines one unweighted BM25 per query leaf; in FTS5 every leaf's bm25() is the same
    whole-query score, so this only multiplies it. One weighted bm25() ranks the same matches with the
    title above the body.

    Relies on: upstream `search()` ranking with `_build_rank_expression(vectors, config)` (and
    `build_tsrank` only from there).
    """

    relies_on = (
        f"{SQLITE}.sqlite:SQLiteSearchQueryCompiler._build_rank_expression",
        f"{SQLITE}.sqlite:SQLiteSearchQueryCompiler.build_tsrank",
        f"{SQLITE}.sqlite:SQLiteSearchQueryCompiler.search",
    )
    rank_class = None

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        return self.rank_class()

    def _build_rank_expression(self, vectors, config):
        return self.rank_class()


# --- Elasticsearch ----------------------------------------------------------------------------------


class SearchBodyMixin:
    """For the Elasticsearch backend: the body of the search request upstream would send.

    Upstream builds it in the results' private `_get_es_body()` (query and sort) and sends it from
    `_do_search`, which pages with scroll requests; `ranked_match_request` sends one request instead,
    with `_do_search`'s other parameters (index, `_source`, `fields_param_name`).

    Relies on: `ElasticsearchBaseSearchResults._get_es_body(for_count=False)` returning the request body
    as keyword arguments for the client's `search`.
    """

    relies_on = (
        f"{ELASTICSEARCH}:ElasticsearchBaseSearchResults._get_es_body",
        f"{ELASTICSEARCH}:ElasticsearchBaseSearchResults._do_search",
    )

    def search_body(self, query, queryset):
        return self.search(query, queryset)._get_es_body()


OVERRIDES = (
    BodyMatchCompilerMixin,
    BodyWithTitleIndexerMixin,
    IndexerClassMixin,
    WeightedBM25Mixin,
    WeightedRankCompilerMixin,
    SearchBodyMixin,
)
