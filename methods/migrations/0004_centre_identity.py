"""Each centre page points at its entry in the centre registry (core.Centre).

Existing pages are linked by their slug, which until now was the centre's identity; a page whose slug is
not in the registry gets an entry of its own. A registry entry with no collection yet takes the collection
that used to be found by the centre page's title (directly under the root collection), so existing
materials stay where they are."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def link_pages(apps, schema_editor):
    Centre = apps.get_model("core", "Centre")
    CentrePage = apps.get_model("methods", "CentrePage")
    Collection = apps.get_model("wagtailcore", "Collection")
    Locale = apps.get_model("wagtailcore", "Locale")
    default_locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    for page in CentrePage.objects.order_by("path"):
        centre = Centre.objects.filter(slug=page.slug).first()
        if centre is None:
            centre = Centre.objects.create(slug=page.slug, name=page.title)
        page.identity_id = centre.pk
        page.save(update_fields=["identity"])
        is_source = default_locale is None or page.locale_id == default_locale.pk
        if centre.collection_id is None and is_source:
            collection = Collection.objects.filter(depth=2, name=page.title).order_by("path").first()
            if collection is not None and not Centre.objects.filter(collection=collection).exists():
                centre.collection = collection
                centre.save(update_fields=["collection"])


class Migration(migrations.Migration):
    dependencies = [
        ("methods", "0003_move_library_page_to_search"),
        ("core", "0002_network_centres"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="centrepage",
            name="identity",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="pages",
                to="core.centre",
                verbose_name="centre in the registry",
                help_text="Which of the network's centres this page presents. Renaming the page changes nothing else.",
            ),
        ),
        migrations.RunPython(link_pages, migrations.RunPython.noop),
    ]
