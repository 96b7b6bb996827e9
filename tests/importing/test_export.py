"""export_methods: a file valid against the schema, material files beside it, and a faithful round trip."""

import hashlib
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from importing.schema import validator
from materials.models import Material
from methods.models import MethodPage, TargetGroup, Theme
from tests.factories import MethodPageFactory, build_site_tree, publish_unreviewed
from tests.importing.import_helpers import page_snapshot, run_first_migration, site_state
from tests.importing.importdata import CENTRES

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]


def export(out, *args):
    call_command("export_methods", str(out), *args)
    return json.loads((out / "methods.json").read_text(encoding="utf-8"))


def test_export_is_valid_and_carries_the_material_files(six_centres, import_folder, import_records, tmp_path):
    run_first_migration(import_folder)
    out = tmp_path / "export"

    data = export(out)

    assert list(validator().iter_errors(data)) == []
    assert {r["id"] for r in data["methods"]} == {r["id"] for r in import_records}
    for record in data["methods"]:
        page = MethodPage.objects.get(slug=record["id"])
        assert record["published"] is page.live
        for material in record.get("materials", []):
            assert material["file"].startswith(f"materials/{record['id']}/")
            doc = Material.objects.get(title=material["title"])
            assert hashlib.sha1((out / material["file"]).read_bytes()).hexdigest() == doc.file_hash


def test_export_writes_live_content_of_published_pages_and_drafts_of_unpublished(
    six_centres, import_folder, import_records, tmp_path
):
    run_first_migration(import_folder)
    live = MethodPage.objects.get(slug=import_records[1]["id"])
    draft = live.get_latest_revision_as_object()
    draft.summary = "Et utkast som ikke er publisert ennå, og som ikke skal eksporteres."
    draft.save_revision()
    never_published = MethodPage.objects.get(slug=import_records[0]["id"])
    assert not never_published.live
    content = never_published.get_latest_revision_as_object()
    content.summary = "Siste utkast av en side som aldri er publisert."
    content.save_revision()

    records = {r["id"]: r for r in export(tmp_path / "export")["methods"]}

    assert records[live.slug]["summary"] == import_records[1]["summary"]
    assert records[live.slug]["published"] is True
    assert records[never_published.slug]["summary"] == "Siste utkast av en side som aldri er publisert."
    assert records[never_published.slug]["published"] is False


def test_export_filters_by_centre_and_locale(six_centres, import_folder, import_records, tmp_path):
    run_first_migration(import_folder)
    data = export(tmp_path / "bikuben", "--centre", "bikuben", "--locale", "nb")
    assert {r["id"] for r in data["methods"]} == {r["id"] for r in import_records if r["centre"] == "bikuben"}
    assert export(tmp_path / "english", "--locale", "en") == {"methods": []}


def test_pages_that_do_not_fit_the_format_are_skipped_and_named(six_centres, tmp_path, capsys):
    MethodPageFactory(
        parent=six_centres["method_indexes"]["kbt"], slug="uten-malgruppe", title="Uten målgruppe"
    )
    data = export(tmp_path / "export")
    assert data == {"methods": []}
    assert "Skipped 'Uten målgruppe'" in capsys.readouterr().err


def test_export_refuses_a_folder_that_is_not_empty(six_centres, tmp_path):
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "methods.json").write_text("{}")
    with pytest.raises(CommandError, match="is not an empty folder"):
        call_command("export_methods", str(tmp_path / "export"))


def test_round_trip_export_then_import_into_an_empty_site(
    six_centres, import_folder, import_records, tmp_path
):
    run_first_migration(import_folder)
    # Editors' own work after the import must survive the trip too: a rich text edit in the admin.
    page = MethodPage.objects.get(slug=import_records[4]["id"])
    page.training = "<p>Kurs hos <b>senteret</b>.</p><ul><li>Dag 1</li><li>Dag 2</li></ul>"
    publish_unreviewed(page.save_revision())
    before = {p.slug: page_snapshot(p) for p in MethodPage.objects.all()}
    terms = (
        sorted(TargetGroup.objects.values_list("name", flat=True)),
        sorted(Theme.objects.values_list("name", flat=True)),
    )
    documents = Material.objects.count()
    out = tmp_path / "export"
    export(out)

    # An empty site: the same six centres, no methods, documents or taxonomy.
    Page.objects.filter(depth=2).delete()
    Material.objects.all().delete()
    TargetGroup.objects.all().delete()
    Theme.objects.all().delete()
    build_site_tree(tuple(CENTRES))
    assert site_state()["method_pages"] == site_state()["documents"] == 0

    run_first_migration(out / "methods.json")

    after = {p.slug: page_snapshot(p) for p in MethodPage.objects.all()}
    assert after.keys() == before.keys()
    for slug, snapshot in before.items():
        if slug == page.slug:
            # Bold is plain text in the format; the list items keep their text and order.
            assert after[slug]["training"] == "<p>Kurs hos senteret.</p><p>- Dag 1</p><p>- Dag 2</p>"
            snapshot, after[slug]["training"] = dict(snapshot, training=None), None
        for field, value in snapshot.items():
            assert after[slug][field] == value, (slug, field)
    assert (
        sorted(TargetGroup.objects.values_list("name", flat=True)),
        sorted(Theme.objects.values_list("name", flat=True)),
    ) == terms
    assert Material.objects.count() == documents


def test_exported_file_imported_into_the_same_site_changes_nothing(
    six_centres, import_folder, tmp_path, capsys
):
    run_first_migration(import_folder)
    out = tmp_path / "export"
    export(out)
    revisions = site_state()["revisions"]
    documents = site_state()["documents"]
    capsys.readouterr()

    run_first_migration(out / "methods.json")

    assert "0 created, 0 updated, 22 unchanged" in capsys.readouterr().out
    assert site_state()["revisions"] == revisions
    assert site_state()["documents"] == documents
