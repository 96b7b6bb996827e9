"""`manage.py load_demo_translations`: part of the demo in nynorsk and English, every string translated."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringSegment, TranslationSource

from home.demo_translations import TEXTS
from methods.models import MethodPage


@pytest.mark.django_db
def test_demo_translations_translate_every_string_of_the_chosen_pages(client, monkeypatch, capsys):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-long-test-password-1")
    Page.objects.filter(depth=2).delete()
    call_command("load_demo", "--quiet")
    call_command("load_demo_translations")
    assert "en: 6 pages translated and published, 0 already up to date." in capsys.readouterr().out
    revisions = Revision.objects.count()
    call_command("load_demo_translations")  # again: writes nothing, duplicates nothing
    assert "en: 0 pages translated and published, 6 already up to date." in capsys.readouterr().out
    assert Revision.objects.count() == revisions

    tool = MethodPage.objects.get(slug="min-kriseplan", locale=Locale.get_default())
    for code in ("nn", "en"):
        assert (
            MethodPage.objects.filter(
                translation_key=tool.translation_key, locale__language_code=code
            ).count()
            == 1
        )
    # The demo texts and the translation table must not drift apart: every text of the translated objects
    # (other than slugs) has an entry.
    sources = TranslationSource.objects.all()
    texts = StringSegment.objects.filter(source__in=sources).exclude(context__path="slug")
    missing = sorted({segment.string.data for segment in texts.select_related("string")} - set(TEXTS))
    assert missing == []

    english = client.get("/en/sentre/bikuben/metoder-og-verktoy/min-kriseplan/")
    assert english.status_code == 200
    assert english.context["page"].title == "My crisis plan – template and guide"
    assert (
        sorted(english.context["page"].target_groups.values_list("name", flat=True))[0]
        == "Families and friends"
    )
    assert client.get("/nn/").status_code == 200
    # Dated like the source, so a translation is not "first published" after its last substantive update.
    nynorsk = MethodPage.objects.get(translation_key=tool.translation_key, locale__language_code="nn")
    assert nynorsk.first_published_at == tool.last_published_at
