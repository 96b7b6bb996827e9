"""Database support for search: fts5vocab on SQLite; pg_trgm and a GIN index on title || body on PostgreSQL.

Both are created only on the engine they belong to, and only if missing, so that the migration is safe
on either database and after `manage.py enable_trigram`.
"""

from django.db import migrations

SQLITE_FTS_TABLE = "wagtailsearch_indexentry_fts"
INDEX_TABLE = "wagtailsearch_indexentry"


def forwards(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [SQLITE_FTS_TABLE])
            if cursor.fetchone():
                cursor.execute(
                    f"CREATE VIRTUAL TABLE IF NOT EXISTS search_fts_vocab USING fts5vocab({SQLITE_FTS_TABLE}, 'row')"
                )
        elif connection.vendor == "postgresql":
            # Spelling suggestions use trigram similarity; pg_trgm is a trusted extension (PostgreSQL 13+).
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            # modelsearch matches `title || body @@ query`; this expression index lets PostgreSQL find the
            # matching rows without reading every tsvector.
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS search_indexentry_title_body_gin ON {INDEX_TABLE} "
                "USING gin ((title || body))"
            )


def backwards(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TABLE IF EXISTS search_fts_vocab")
        elif connection.vendor == "postgresql":
            cursor.execute("DROP INDEX IF EXISTS search_indexentry_title_body_gin")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
