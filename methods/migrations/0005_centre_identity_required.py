"""Every centre page now has its registry entry (0004 linked them): make the link required.

A migration of its own, because PostgreSQL refuses to alter a table in the transaction that updated it."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("methods", "0004_centre_identity")]

    operations = [
        migrations.AlterField(
            model_name="centrepage",
            name="identity",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="pages",
                to="core.centre",
                verbose_name="centre in the registry",
                help_text="Which of the network's centres this page presents. Renaming the page changes nothing else.",
            ),
        ),
    ]
