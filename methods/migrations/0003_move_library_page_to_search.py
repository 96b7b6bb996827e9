"""MethodLibraryPage moves to the search app (search 0004 takes over the model, its table and content type).

Only Django's model state changes here; the table is left for search 0004 to rename."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("methods", "0002_import_permission")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="MethodLibraryPage")],
            database_operations=[],
        )
    ]
