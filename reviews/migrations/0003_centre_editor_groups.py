"""Each centre in the registry (core.Centre) gets its editors' group, held by id in the registry.

An existing site already has the groups (named "Redaktører – <centre>" by reviews/roles.py): they are
linked, not made again. The name is only how a new group is called; the registry's id is what counts."""

from django.db import migrations

EDITORS_GROUP_NAME = "Redaktører – {name}"  # reviews.roles.centre_editors_group_name when written


def link_groups(apps, schema_editor):
    Centre = apps.get_model("core", "Centre")
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    for centre in Centre.objects.filter(editors_group__isnull=True):
        group, _ = Group.objects.get_or_create(name=EDITORS_GROUP_NAME.format(name=centre.name))
        group.permissions.add(access_admin)
        centre.editors_group = group
        centre.save(update_fields=["editors_group"])


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0002_roles_and_workflow"),
        ("core", "0002_network_centres"),
    ]

    operations = [migrations.RunPython(link_groups, migrations.RunPython.noop)]
