"""The six regional user-controlled centres of the network, as the registry's first entries.

This is the one place their slugs and names are written down; everything else reads core.Centre.
Collections and editors' groups are linked later (methods 0004 and reviews 0003 for existing sites, the
editorial setup and first use for new ones)."""

from django.db import migrations

CENTRES = [
    ("bikuben", "Bikuben"),
    ("varres", "Vårres"),
    ("kbt", "KBT"),
    ("sagatun", "Sagatun"),
    ("rom-agder", "Rom-Agder"),
    ("vestavind", "Vestavind"),
]


def add_centres(apps, schema_editor):
    Centre = apps.get_model("core", "Centre")
    for slug, name in CENTRES:
        Centre.objects.get_or_create(slug=slug, defaults={"name": name})


def remove_centres(apps, schema_editor):
    apps.get_model("core", "Centre").objects.filter(slug__in=[slug for slug, _name in CENTRES]).delete()


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [migrations.RunPython(add_centres, remove_centres)]
