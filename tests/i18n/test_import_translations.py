"""The import format's `language` and `id`: a record with the id of a method in another language at the same
centre becomes that method's translation, and wagtail-localize translations export with the same id."""

import json

import pytest
from wagtail.models import Locale

from importing.exporter import export_methods
from methods.models import MethodPage
from tests.i18n.helpers import translate_and_publish
from tests.importing.import_helpers import (  # noqa: F401
    import_folder,
    import_records,
    rewrite,
    run_first_migration,
    six_centres,
)

pytestmark = pytest.mark.django_db


def test_imported_nynorsk_record_is_linked_as_a_translation_and_offered_by_the_switcher(
    six_centres,  # noqa: F811
    import_folder,  # noqa: F811
    import_records,  # noqa: F811
    client,
):
    record = dict(import_records[0], centre="bikuben", published=True)
    rewrite(import_folder, [record])
    run_first_migration(import_folder)
    nynorsk = Locale.objects.get(language_code="nn")
    # The centre's page must exist in nynorsk first (here as wagtail-localize's alias of the bokmål page).
    six_centres["centres"]["bikuben"].copy_for_translation(nynorsk, copy_parents=True, alias=True)
    rewrite(
        import_folder,
        [dict(record, language="nn", title="Meistringsgruppe for pårørande", materials=[])],
    )
    run_first_migration(import_folder)

    nb = MethodPage.objects.get(slug=record["id"], locale__language_code="nb")
    nn = MethodPage.objects.get(slug=record["id"], locale=nynorsk)
    assert nn.translation_key == nb.translation_key
    assert nn.live
    response = client.get(nb.url)
    assert f'<a href="{nn.url}" hreflang="nn" lang="nn">Nynorsk</a>' in response.text
    response = client.get(nn.url)
    assert response.status_code == 200
    assert f'<a href="{nb.url}" hreflang="nb" lang="nb">Bokmål</a>' in response.text


def test_a_wagtail_localize_translation_exports_with_the_source_id(tmp_path, translated_method):
    export_methods(tmp_path / "nn", locale="nn")
    [record] = json.loads((tmp_path / "nn" / "methods.json").read_text(encoding="utf-8"))["methods"]
    assert record["language"] == "nn"
    assert record["id"] == translated_method["nb"].slug
    assert record["summary"] == "Eit verktøy for å lage ein plan saman før krisa kjem."
    # The knowledge profile is synchronised from the bokmål page.
    assert record["knowledge_profile"]["research"] == translated_method["nb"].research_level


def test_translated_method_keeps_its_slug_so_ids_match_across_languages(method_page, superuser):
    en = translate_and_publish(method_page, "en", {"Kriseplan": "Crisis plan"}, user=superuser)
    assert en.slug == method_page.slug == "kriseplan"
    assert en.title == "Crisis plan"
