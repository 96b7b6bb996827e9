import pytest
from django.core.management import call_command
from wagtail.models import Locale


@pytest.mark.django_db
def test_migrations_create_the_four_content_locales_with_bokmal_as_default():
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"nb", "nn", "en", "se"}
    assert Locale.get_default().language_code == "nb"


@pytest.mark.django_db
def test_setup_locales_recreates_a_missing_locale_and_is_idempotent(capsys):
    Locale.objects.filter(language_code="se").delete()
    call_command("setup_locales")
    assert "Created locales: se" in capsys.readouterr().out
    call_command("setup_locales")
    assert "All locales exist" in capsys.readouterr().out
    assert Locale.objects.filter(language_code="se").count() == 1
