"""`search.backends.database`: modelsearch's database backend with what Norwegian search needs.

Picks the engine from the connection like `modelsearch.backends.database`, and adds:

- PostgreSQL: `Prefix` queries (`'mestring':*`, so a word finds compounds that start with it). Ranking
  stays modelsearch's: an OR of alternatives averages their ranks, so a word's compound parts found
  apart count less than the word itself.
- SQLite FTS5: field weights in bm25 (title above body; FTS5 has no per-field boosts otherwise), a
  vocabulary (fts5vocab) that the query builder uses to emulate stemming, and a two-step ranked search
  that avoids modelsearch's per-row correlated score subquery.

Every backend here offers `ranked_matches(query, queryset)`: [(pk, score)] best first, for all matches;
the PostgreSQL one also `ranked_within`, the same from the index table alone. What reaches into
modelsearch's internals (private methods, upstream method bodies) is in `search.backends.overrides`.
"""

from django.contrib.postgres.search import SearchQuery
from django.db import DatabaseError, connection
from django.db.models import F, IntegerField
from django.db.models.functions import Cast
from modelsearch.backends.database import SearchBackend as modelsearch_database_backend
from modelsearch.query import Boost, Fuzzy, MatchAll, Not, PlainText

from core.text import fold
from search.backends.overrides import (
    BodyMatchCompilerMixin,
    BodyWithTitleIndexerMixin,
    IndexerClassMixin,
    WeightedBM25Mixin,
    WeightedRankCompilerMixin,
)
from search.query import InConfigs, Prefix
from search.sql import IdIn
from search.text import english_stem, stem

# bm25() weights for the FTS5 columns (autocomplete, body, title): a title match counts ten body matches.
SQLITE_COLUMN_WEIGHTS = (0.0, 1.0, 10.0)
VOCABULARY_TABLE = "search_fts_vocab"
MAX_FORMS_PER_WORD = 40
LINKING_LETTERS = ("s", "e")


def SearchBackend(params):  # noqa: N802 - the name modelsearch looks up in a backend module
    if connection.vendor == "postgresql":
        return NorwegianPostgresSearchBackend(params)
    backend = modelsearch_database_backend(params)
    if SQLiteSearchBackend is not None and isinstance(backend, SQLiteSearchBackend):
        return NorwegianSQLiteSearchBackend(params)
    return backend


def _generic_ranked_matches(backend, query, queryset):
    return [(obj.pk, getattr(obj, "_score", 0) or 0) for obj in backend.search(query, queryset.only("pk"))]


# --- PostgreSQL -------------------------------------------------------------------------------------

try:
    from modelsearch.backends.database.postgres.postgres import (
        IndexEntry,
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
        PostgresSearchResults,
    )
    from modelsearch.backends.database.postgres.postgres import ObjectIndexer as PostgresObjectIndexer
    from modelsearch.backends.database.postgres.query import Lexeme as PostgresLexeme
    from modelsearch.utils import get_descendants_content_types_pks
except ImportError:  # pragma: no cover - psycopg missing
    PostgresSearchBackend = None

if PostgresSearchBackend is not None:

    class NorwegianPostgresQueryCompiler(BodyMatchCompilerMixin, PostgresSearchQueryCompiler):
        def build_tsquery_content(self, query, config=None, invert=False):
            if isinstance(query, InConfigs):
                combined = None
                for other in query.configs:
                    part = self.build_tsquery_content(query.subquery, config=other or config, invert=invert)
                    combined = part if combined is None else combined | part
                return combined
            if isinstance(query, Prefix):
                lexeme = PostgresLexeme(query.query_string, prefix=True, invert=invert)
                return SearchQuery(lexeme, search_type="raw", config=config)
            if isinstance(query, Boost):  # boosts apply to the rank only; modelsearch warns here
                return self.build_tsquery_content(query.subquery, config=config, invert=invert)
            return super().build_tsquery_content(query, config=config, invert=invert)

    class BodyWithTitleIndexer(BodyWithTitleIndexerMixin, PostgresObjectIndexer):
        """Each object indexed in its language, the title in the body too (see the mixin)."""

    class NorwegianPostgresIndex(IndexerClassMixin, PostgresIndex):
        indexer_class = BodyWithTitleIndexer

    class NorwegianPostgresSearchBackend(PostgresSearchBackend):
        index_class = NorwegianPostgresIndex
        query_compiler_class = NorwegianPostgresQueryCompiler
        results_class = PostgresSearchResults
        query_flavour = "postgres"

        def ranked_matches(self, query, queryset):
            # Unordered: the service sorts in Python, which saves PostgreSQL a sort of every match.
            results = self.search(query, queryset, order_by_relevance=False).annotate_score("_score")
            return list(results.get_queryset().order_by().values_list("pk", "_score"))

        def ranked_within(self, query, within):
            """[(pk, score)] of the pages of `within` (a queryset) that match, in one query on the index
            table alone: the score is computed where the vectors are read, and `within` is a semi-join,
            so no page row is joined for a match (at 10,000 pages: 35 ms instead of 60-80 ms). None for a
            query that is not a full-text match."""
            # The compiler only builds the tsquery and rank here; `within` is applied below, in SQL (its
            # filters need not be search filter fields).
            compiler = self.query_compiler_class(within.model.objects.all(), query)
            compiler.check()
            if isinstance(compiler.query, (MatchAll, Not, Fuzzy)):
                return None  # not a full-text match (search.query never builds one): the caller's way
            search_query = compiler.build_tsquery(compiler.query, config=self.config)
            rank = compiler.rank_on_index_table(self.config)
            rows = (
                IndexEntry.objects.annotate(page_id=Cast("object_id", IntegerField()))
                .filter(
                    content_type_id__in=get_descendants_content_types_pks(within.model),
                    body=search_query,
                    page_id__in=within.order_by().values("pk"),
                )
                .annotate(score=rank)
                .values_list("page_id", "score")
            )
            # The cursor's rows as they come: Django's per-value converters cost more than the query's
            # transfer for thousands of matches.
            sql, params = rows.query.sql_with_params()
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall()

        def vocabulary(self):
            return None


# --- SQLite -----------------------------------------------------------------------------------------

try:
    from modelsearch.backends.database.sqlite.query import (
        BM25,
        MatchExpression,
        SearchQueryExpression,
        normalize,
    )
    from modelsearch.backends.database.sqlite.query import (
        Lexeme as SQLiteLexeme,
    )
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteFTSIndexEntry,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )
    from modelsearch.utils import get_descendants_content_types_pks
except (ImportError, LookupError):  # not SQLite, or SQLite without FTS5
    SQLiteSearchBackend = None

if SQLiteSearchBackend is not None:

    class WeightedBM25(WeightedBM25Mixin, BM25):
        column_weights = SQLITE_COLUMN_WEIGHTS

    class NorwegianSQLiteQueryCompiler(WeightedRankCompilerMixin, SQLiteSearchQueryCompiler):
        rank_class = WeightedBM25

        def build_search_query_content(self, query, config=None):
            if isinstance(query, Prefix):
                return SearchQueryExpression(SQLiteLexeme(fold(query.query_string), prefix=True))
            return super().build_search_query_content(query, config=config)

    class NorwegianSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = NorwegianSQLiteQueryCompiler
        query_flavour = "sqlite"

        def ranked_matches(self, query, queryset, content_types=None):
            normalized = normalize(query)
            if isinstance(normalized, MatchAll) or isinstance(normalized, Not):
                return _generic_ranked_matches(self, query, queryset)
            compiler = self.query_compiler_class(queryset, query)
            compiler.check()
            match = MatchExpression(compiler.FTS_TABLE_FIELDS, compiler.build_search_query(normalized))
            if content_types is None:
                content_types = get_descendants_content_types_pks(queryset.model)
            rows = (
                SQLiteFTSIndexEntry.objects.filter(match)
                .filter(index_entry__content_type_id__in=content_types)
                .annotate(score=WeightedBM25())
                .order_by("score")
                .values_list("index_entry__object_id", "score")
            )
            ranked = [(int(object_id), -score) for object_id, score in rows]
            allowed = set(
                queryset.order_by()
                .filter(IdIn(F("pk"), [pk for pk, _score in ranked]))
                .values_list("pk", flat=True)
            )
            return [(pk, score) for pk, score in ranked if pk in allowed]

        def vocabulary(self):
            return FTSVocabulary()

        def title_matches(self, text, queryset, limit):
            """Autocomplete: ids of pages whose title has the words, the last one as a prefix, best first.

            modelsearch's autocomplete scores every match with a correlated subquery; this asks FTS5 once."""
            compiler = self.autocomplete_query_compiler_class(queryset, PlainText(text))
            compiler.check()
            match = MatchExpression(["autocomplete"], compiler.build_search_query(PlainText(fold(text))))
            rows = (
                SQLiteFTSIndexEntry.objects.filter(match)
                .filter(index_entry__content_type_id__in=get_descendants_content_types_pks(queryset.model))
                .annotate(score=BM25())
                .order_by("score")
                .values_list("index_entry__object_id", flat=True)[: limit * 20]
            )
            ids = [int(object_id) for object_id in rows]
            allowed = set(queryset.order_by().filter(IdIn(F("pk"), ids)).values_list("pk", flat=True))
            return [pk for pk in ids if pk in allowed][:limit]


class FTSVocabulary:
    """The words SQLite's FTS5 index holds (an fts5vocab table created by search's migration).

    `forms(words)` maps each query word to the indexed words that are the same word inflected (same
    Snowball stem) or compounds that start with it followed by another indexed word
    (mestring → mestringsgruppene, rus → rusproblemer, but not rus → russisk). With `english`, words with
    the same English Snowball stem count too (agreeing → agree), for searches that include English pages.
    """

    def forms(self, words, english=False):
        found = {}
        try:
            with connection.cursor() as cursor:
                for word in words:
                    found[word] = self._forms_of(cursor, word, english)
        except DatabaseError:
            return {}
        return found

    def _candidates(self, cursor, prefix):
        cursor.execute(
            f"SELECT term, doc FROM {VOCABULARY_TABLE} WHERE term >= %s AND term < %s LIMIT 2000",  # noqa: S608
            [prefix, prefix + "\uffff"],
        )
        return cursor.fetchall()

    def _forms_of(self, cursor, word, english=False):
        folded = fold(word)
        word_stem = stem(folded)
        prefix = word_stem if len(word_stem) >= 3 else folded
        candidates = self._candidates(cursor, prefix)
        english_word_stem = english_stem(folded) if english else None
        if english_word_stem and len(english_word_stem) >= 3 and not english_word_stem.startswith(prefix):
            # English forms (agreeing → agree) can start before the Norwegian stem does.
            candidates += self._candidates(cursor, english_word_stem)
        same, compounds, remainders = [], [], {}
        for term, doc in candidates:
            if (
                term == folded
                or stem(term) == word_stem
                or (english and english_stem(term) == english_word_stem)
            ):
                same.append((doc, term))
            elif term.startswith(folded) and len(term) - len(folded) >= 3:
                rest = term[len(folded) :]
                remainders.setdefault(rest, []).append((doc, term))
                if rest[0] in LINKING_LETTERS:
                    remainders.setdefault(rest[1:], []).append((doc, term))
        if remainders:
            keys = [rest for rest in remainders if len(rest) >= 3]
            known = set()
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                cursor.execute(
                    f"SELECT term FROM {VOCABULARY_TABLE} WHERE term IN ({', '.join(['%s'] * len(chunk))})",  # noqa: S608
                    chunk,
                )
                known.update(row[0] for row in cursor.fetchall())
            for rest in known:
                compounds.extend(remainders[rest])
        chosen = sorted(set(same), reverse=True) + sorted(set(compounds) - set(same), reverse=True)
        forms = [term for _doc, term in chosen[:MAX_FORMS_PER_WORD]]
        return forms or [folded]
