"""National editors keep adding target groups and themes, but no longer change or delete them.

A term's name is printed on every published method page that uses it, so changing it changes reviewed
pages without review: only administrators may, with a reason (methods/taxonomy_rule.py)."""

from django.db import migrations

NATIONAL_EDITORS_GROUP = "Nasjonal redaksjon"  # reviews.roles.NATIONAL_EDITORS_GROUP when written
TAKEN = ["change_targetgroup", "delete_targetgroup", "change_theme", "delete_theme"]


def take_taxonomy_changes(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=NATIONAL_EDITORS_GROUP).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="methods", codename__in=TAKEN)
        )


class Migration(migrations.Migration):
    dependencies = [("reviews", "0004_remove_wagtail_default_roles")]

    operations = [migrations.RunPython(take_taxonomy_changes, migrations.RunPython.noop)]
