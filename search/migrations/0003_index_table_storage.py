"""PostgreSQL: how the search index table is stored and scanned, for searches that match most pages.

1. Each entry's body vector stays in its row (storage MAIN) instead of in the TOAST table. A method's body
   tsvector is about 1 KB, and with the entry's plain-text copies the row passes the 2 KB at which
   PostgreSQL moves its largest value out of line: the body. Every search then fetched it from the TOAST
   table once to match and again to rank, for each candidate row (at 10,000 pages, 22,500 buffer reads
   and 25 of 37 ms for a word found in 90 % of the pages; 10 ms with the body in the row). With MAIN the
   body leaves the row only if the row could not otherwise fit in a page; the text copies are compressed
   or moved out instead. Existing entries are rewritten once so that their bodies move back in.
2. No parallel scans of the table (parallel_workers = 0). A search's scan takes milliseconds; starting
   workers, each building its own copy of the findable-pages hash, made the same query slower
   (29 ms against 18 ms at 10,000 pages on two cores), and concurrent searches compete for the cores.
"""

from django.db import migrations

INDEX_TABLE = "wagtailsearch_indexentry"


def forwards(apps, schema_editor):
    set_storage(schema_editor, storage="MAIN", options="SET (parallel_workers = 0)")


def backwards(apps, schema_editor):
    set_storage(schema_editor, storage="EXTENDED", options="RESET (parallel_workers)")


def set_storage(schema_editor, storage, options):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {INDEX_TABLE} ALTER COLUMN body SET STORAGE {storage}")
        cursor.execute(f"ALTER TABLE {INDEX_TABLE} {options}")
        # Storage applies to values written from now on. `body || ''` is a new vector equal to the old
        # one, so every existing body is stored again under the new rule.
        cursor.execute(f"UPDATE {INDEX_TABLE} SET body = body || ''::tsvector")  # noqa: S608


class Migration(migrations.Migration):
    dependencies = [("search", "0002_text_match_cost")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
