"""PostgreSQL: a search reads each index entry's body vector from the entry's own row (migration
search.0003), and scans the index table without parallel workers."""

import json
import random

import pytest
from django.db import connection

from tests.factories import MethodPageFactory, publish_unreviewed

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL storage settings"),
]

INDEX_TABLE = "wagtailsearch_indexentry"


def long_text(rng, words):
    # Distinct made-up words: a large tsvector, as a method with a long how-to has.
    letters = "abdefghiklmnoprstuv"
    return " ".join("".join(rng.choice(letters) for _ in range(rng.randint(6, 11))) for _ in range(words))


def buffers_to_read_bodies():
    """(buffers a scan that reads every body touches, pages of the table itself)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT sum(length(body)) FROM {INDEX_TABLE}"  # noqa: S608
        )
        raw = cursor.fetchone()[0]
        plan = (json.loads(raw) if isinstance(raw, str) else raw)[0]["Plan"]
        cursor.execute("SELECT pg_relation_size(%s) / current_setting('block_size')::int", [INDEX_TABLE])
        table_pages = cursor.fetchone()[0]
    return plan["Shared Hit Blocks"] + plan["Shared Read Blocks"], table_pages


def test_long_method_bodies_are_read_from_the_index_row(site_tree):
    rng = random.Random(7)
    for number in range(12):
        page = MethodPageFactory(
            parent=site_tree["method_indexes"]["bikuben"],
            title=f"Metode {number}",
            aim=f"<p>{long_text(rng, 140)}</p>",
            evidence=f"<p>{long_text(rng, 140)}</p>",
        )
        publish_unreviewed(page.save_revision())
    buffers, table_pages = buffers_to_read_bodies()
    # A body moved to the TOAST table costs two or more buffer reads per entry on top of the table's own
    # pages (index and data of the TOAST table); in the row, the scan reads the table's pages only.
    assert buffers <= table_pages + 2, (buffers, table_pages)


def test_the_index_table_is_scanned_without_parallel_workers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = %s", [INDEX_TABLE])
        assert "parallel_workers=0" in (cursor.fetchone()[0] or [])
