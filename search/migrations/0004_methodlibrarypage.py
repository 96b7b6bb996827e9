"""MethodLibraryPage moves here from the methods app: its listing is the search service's, and the content
apps below search must not call the search service (docs/architecture.md).

Existing rows are kept: the model state is taken over as it was (table methods_methodlibrarypage), the
content type row is relabelled in place so that pages, revisions, permissions and translation sources keep
pointing at it by id, and the table is then renamed to search_methodlibrarypage."""

import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

MODEL = "methodlibrarypage"


def relabel_content_type(apps, old_label, new_label):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    old = ContentType.objects.filter(app_label=old_label, model=MODEL).first()
    if old is None:
        return  # a new database: the content type is created under the new label after migrating
    new = ContentType.objects.filter(app_label=new_label, model=MODEL).first()
    if new is not None:
        Page.objects.filter(content_type=new).update(content_type=old)
        new.delete()
    old.app_label = new_label
    old.save(update_fields=["app_label"])


def forwards(apps, schema_editor):
    relabel_content_type(apps, "methods", "search")


def backwards(apps, schema_editor):
    relabel_content_type(apps, "search", "methods")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_index_table_storage"),
        ("methods", "0003_move_library_page_to_search"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="MethodLibraryPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        ("intro", wagtail.fields.RichTextField(blank=True, verbose_name="introduction")),
                        (
                            "per_page",
                            models.PositiveSmallIntegerField(default=20, verbose_name="methods per page"),
                        ),
                    ],
                    options={"verbose_name": "methods library", "db_table": "methods_methodlibrarypage"},
                    bases=("wagtailcore.page",),
                )
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
        migrations.AlterModelTable(name="methodlibrarypage", table=None),
    ]
