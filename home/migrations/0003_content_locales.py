# Creates the Locale rows for the content languages (nb, nn, en, se). Wagtail's own migration creates only
# the default one (LANGUAGE_CODE, nb).
from django.db import migrations


def create_locales(apps, schema_editor):
    from core.i18n import ensure_locales

    ensure_locales(apps.get_model("wagtailcore", "Locale"))


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_initial"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
