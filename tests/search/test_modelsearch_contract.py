"""The contract between search.backends.overrides and the modelsearch internals it relies on.

Each override in `search.backends.overrides` names, in `relies_on`, the upstream methods whose code it
overrides, repeats or calls. For the pinned modelsearch version this module records each one's signature
and a fingerprint of its source, and checks the helpers and attributes the override uses. A failure here
after upgrading modelsearch means: read the new upstream method against the override's docstring (what
upstream does, why we override, what we rely on), adapt the override, then record the new signature and
fingerprint below (`fingerprint()` computes it) and widen the pin in pyproject.toml.
"""

import hashlib
import importlib
import inspect
import tomllib
from importlib.metadata import requires, version
from pathlib import Path

import pytest
from django.db import connection
from django.utils.functional import cached_property
from modelsearch.query import PlainText
from packaging.requirements import Requirement

from methods.models import MethodPage
from search.backends import overrides
from search.backends.overrides import OVERRIDES

RECORDED_FOR = "1.3.2"
PG = overrides.POSTGRES
SQLITE = overrides.SQLITE
ES = overrides.ELASTICSEARCH

# upstream target: (signature, fingerprint of its source) in modelsearch RECORDED_FOR.
UPSTREAM = {
    f"{PG}:PostgresSearchQueryCompiler.search": (
        "(self, config, start, stop, score_field=None, backend=None)",
        "8a732f3f3c613105",
    ),
    f"{PG}:PostgresSearchQueryCompiler._build_rank_expression": (
        "(self, vectors, config)",
        "48a64c62f7e1873d",
    ),
    f"{PG}:PostgresSearchQueryCompiler._apply_ordering_and_scoring": (
        "(self, queryset, rank_expression, start, stop, score_field=None)",
        "710a76686d989310",
    ),
    f"{PG}:PostgresSearchQueryCompiler.get_search_vectors": ("(self, search_query)", "e14a8cefaf6f7271"),
    f"{PG}:PostgresSearchQueryCompiler.get_index_vectors": ("(self, search_query)", "a225255fec0b0fd1"),
    f"{PG}:PostgresSearchQueryCompiler.build_tsrank": (
        "(self, vector, query, config=None, boost=1.0)",
        "d6572abcc140246f",
    ),
    f"{PG}:ObjectIndexer.__init__": ("(self, obj, backend)", "492f14102e68a70a"),
    f"{PG}:ObjectIndexer.body": ("(self)", "dbc50b5663b106bb"),
    f"{PG}:ObjectIndexer.prepare_field": ("(self, obj, field)", "990890679afcf4db"),
    f"{PG}:ObjectIndexer.as_vector": ("(self, texts, for_autocomplete=False)", "19f1d48118a0df23"),
    f"{PG}:PostgresIndex.add_items": ("(self, model, objs)", "62bf7488351e3864"),
    f"{SQLITE}.query:BM25.as_sql": (
        "(self, compiler: django.db.models.sql.compiler.SQLCompiler, "
        "connection: django.db.backends.base.base.BaseDatabaseWrapper, function=None, template=None)",
        "6e84b8f589fe4d4c",
    ),
    f"{SQLITE}.sqlite:SQLiteSearchQueryCompiler._build_rank_expression": (
        "(self, vectors, config)",
        "f84d0a4c959b103a",
    ),
    f"{SQLITE}.sqlite:SQLiteSearchQueryCompiler.build_tsrank": (
        "(self, vector, query, config=None, boost=1.0)",
        "1f6c26cc39fe64b2",
    ),
    f"{SQLITE}.sqlite:SQLiteSearchQueryCompiler.search": (
        "(self, config, start, stop, score_field=None)",
        "4b214294f3627b59",
    ),
    f"{ES}:ElasticsearchBaseSearchResults._get_es_body": ("(self, for_count=False)", "eaa1bf0d3475ea31"),
    f"{ES}:ElasticsearchBaseSearchResults._do_search": ("(self)", "6ee578a3f5be976d"),
}

ROOT = Path(__file__).resolve().parents[2]


def upstream_object(target):
    """The class attribute `module:Class.attribute` names, as stored on the class (no descriptor call)."""
    module_name, qualname = target.split(":")
    owner = importlib.import_module(module_name)
    *path, name = qualname.split(".")
    for part in path:
        owner = getattr(owner, part)
    for klass in inspect.getmro(owner) if inspect.isclass(owner) else [owner]:
        if name in vars(klass):
            return vars(klass)[name]
    raise AttributeError(f"{target} no longer exists upstream")


def upstream_function(target):
    found = upstream_object(target)
    return found.func if isinstance(found, cached_property) else found


def fingerprint(function):
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:16]


def check_unchanged(target):
    expected_signature, expected_fingerprint = UPSTREAM[target]
    try:
        function = upstream_function(target)
    except (AttributeError, ImportError) as error:
        pytest.fail(f"modelsearch's {target} is gone ({error}): re-check {owner_of(target)}.")
    signature = str(inspect.signature(function))
    assert signature == expected_signature, (
        f"modelsearch's {target} now takes {signature} (was {expected_signature}): re-check how "
        f"{owner_of(target)} overrides or calls it."
    )
    assert fingerprint(function) == expected_fingerprint, (
        f"modelsearch's {target} changed since {RECORDED_FOR}: re-read it against what "
        f"{owner_of(target)} relies on (its docstring), then record the new fingerprint."
    )


def owner_of(target):
    return ", ".join(f"search.backends.overrides.{o.__name__}" for o in OVERRIDES if target in o.relies_on)


def code_names(target):
    """The global and attribute names the upstream function's code uses, comprehensions included."""
    names, codes = set(), [upstream_function(target).__code__]
    while codes:
        code = codes.pop()
        names.update(code.co_names)
        codes.extend(const for const in code.co_consts if inspect.iscode(const))
    return names


# --- the pin ------------------------------------------------------------------------------------------


def modelsearch_pin():
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    [pin] = [Requirement(line) for line in dependencies if Requirement(line).name == "modelsearch"]
    return pin


def test_installed_modelsearch_is_inside_the_pin():
    pin, installed = modelsearch_pin(), version("modelsearch")
    assert pin.specifier.contains(installed), (
        f"modelsearch {installed} is installed but pyproject.toml pins {pin}: the overrides in "
        "search.backends.overrides are checked against the pinned version only."
    )
    assert pin.specifier.contains(RECORDED_FOR), (
        f"the fingerprints here are for {RECORDED_FOR}, outside {pin}"
    )


def test_pin_agrees_with_wagtail():
    [wagtail_wants] = [
        Requirement(line) for line in requires("wagtail") if Requirement(line).name == "modelsearch"
    ]
    assert wagtail_wants.specifier.contains(RECORDED_FOR), f"Wagtail requires {wagtail_wants}"


# --- every upstream method an override relies on -------------------------------------------------------


def test_every_relied_on_method_is_recorded():
    relied_on = {target for override in OVERRIDES for target in override.relies_on}
    assert relied_on == set(UPSTREAM), "record each `relies_on` target of search.backends.overrides here"


# modelsearch's SQLite backend defines its FTS model only when the database is SQLite, so its module
# imports there alone; the SQLite test stage checks those overrides.
needs_sqlite = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="modelsearch's SQLite backend imports on SQLite only"
)


def on_database_of(override):
    uses_sqlite = any(target.startswith(SQLITE) for target in override.relies_on)
    return pytest.param(override, id=override.__name__, marks=[needs_sqlite] if uses_sqlite else [])


@pytest.mark.parametrize("override", [on_database_of(override) for override in OVERRIDES])
def test_upstream_methods_unchanged(override):
    for target in override.relies_on:
        check_unchanged(target)


# --- the helpers and attributes each override uses ------------------------------------------------------


def test_body_match_compiler_uses_upstream_helpers():
    from modelsearch.backends.database.postgres.postgres import PostgresSearchQueryCompiler

    search = f"{PG}:PostgresSearchQueryCompiler.search"
    for name in (
        "build_tsquery",
        "get_search_vectors",
        "_build_rank_expression",
        "_apply_ordering_and_scoring",
    ):
        assert name in code_names(search), (
            f"upstream search() no longer calls {name}: re-check BodyMatchCompilerMixin"
        )
    compiler = PostgresSearchQueryCompiler(MethodPage.objects.all(), PlainText("mestring"))
    for attribute in ("fields", "query", "queryset", "sql_weights", "order_by_relevance"):
        assert hasattr(compiler, attribute), (
            f"upstream compilers lost `{attribute}`: re-check BodyMatchCompilerMixin"
        )
    # rank_on_index_table repeats get_index_vectors without the relation prefix.
    vectors = [
        (vector.name, getattr(boost, "name", boost)) for vector, boost in compiler.get_index_vectors(None)
    ]
    assert vectors == [("index_entries__title", "index_entries__title_norm"), ("index_entries__body", 1.0)], (
        "upstream get_index_vectors changed: re-check BodyMatchCompilerMixin.rank_on_index_table"
    )


def test_body_with_title_indexer_uses_upstream_helpers():
    init = f"{PG}:ObjectIndexer.__init__"
    assert {"search_fields", "config"} <= set(code_names(init)), (
        "ObjectIndexer.__init__ no longer sets config"
    )
    assert isinstance(upstream_object(f"{PG}:ObjectIndexer.body"), cached_property), (
        "ObjectIndexer.body is no longer a cached_property: re-check BodyWithTitleIndexerMixin.body"
    )


def test_indexer_class_mixin_can_rebind_upstream_add_items():
    from modelsearch.backends.database.postgres import postgres

    add_items = upstream_function(f"{PG}:PostgresIndex.add_items")
    assert add_items.__closure__ is None, (
        "PostgresIndex.add_items now has closure cells: re-check IndexerClassMixin"
    )
    assert "ObjectIndexer" in code_names(f"{PG}:PostgresIndex.add_items"), (
        "add_items no longer names ObjectIndexer"
    )
    assert add_items.__globals__["ObjectIndexer"] is postgres.ObjectIndexer


@needs_sqlite
def test_weighted_bm25_extends_upstream_sql():
    from modelsearch.backends.database.sqlite.query import BM25, SQLiteFTSIndexEntry

    assert BM25().as_sql(None, None) == (f"bm25({SQLiteFTSIndexEntry._meta.db_table})", []), (
        "upstream BM25 compiles to other SQL: re-check how WeightedBM25Mixin appends the weights"
    )


@needs_sqlite
def test_fts_columns_are_in_the_order_of_the_weights(db):
    from modelsearch.backends.database.sqlite.query import SQLiteFTSIndexEntry

    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA table_info({SQLiteFTSIndexEntry._meta.db_table})")
        columns = [row[1] for row in cursor.fetchall()]
    assert columns == ["autocomplete", "body", "title"], (
        "SQLITE_COLUMN_WEIGHTS name the columns in this order"
    )


@needs_sqlite
def test_weighted_rank_compiler_replaces_every_rank_upstream_builds():
    search = f"{SQLITE}.sqlite:SQLiteSearchQueryCompiler.search"
    assert "_build_rank_expression" in code_names(search), (
        "upstream SQLite search() no longer ranks with _build_rank_expression: re-check WeightedRankCompilerMixin"
    )
    assert "build_tsrank" not in code_names(search), (
        "upstream search() ranks directly: re-check the rank override"
    )


def test_search_body_mixin_matches_upstream_request():
    from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchResults

    # ranked_match_request sends `stored_fields`, as _do_search does.
    assert ElasticsearchBaseSearchResults.fields_param_name == "stored_fields", (
        "upstream asks Elasticsearch for the pk otherwise now: re-check ranked_match_request"
    )
    assert "_get_es_body" in code_names(f"{ES}:ElasticsearchBaseSearchResults._do_search")
