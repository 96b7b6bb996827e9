"""import_methods: a realistic file into an empty site, re-imports, edits, drafts and publishing."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.template import Context, Template
from wagtail.models import Locale, Revision

from core.models import Centre
from importing.schema import SCHEMA_PATH
from materials.models import Material
from methods.models import MethodIndexPage, MethodPage, TargetGroup, Theme
from tests.factories import TargetGroupFactory
from tests.importing.import_helpers import media_files, rewrite, run_first_migration, run_import, site_state
from tests.importing.importdata import make_pdf

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]


def test_realistic_file_imports_into_an_empty_site(six_centres, import_folder, import_records, capsys):
    assert len(import_records) >= 20
    run_import(import_folder)

    assert (
        "Imported 22 records: 22 created, 0 updated, 0 unchanged; documents: 41 created"
        in capsys.readouterr().out
    )
    assert MethodPage.objects.count() == len(import_records)
    for record in import_records:
        page = MethodPage.objects.get(slug=record["id"], locale__language_code="nb")
        assert page.get_parent().specific == six_centres["method_indexes"][record["centre"]]
        assert page.centre == six_centres["centres"][record["centre"]]
        # Nothing goes live unreviewed: a record that says "published" is submitted for review.
        assert not page.live
        assert (page.current_workflow_state is not None) is record["published"]
        assert page.revisions.count() == 1
        assert page.latest_revision.content["title"] == record["title"]


def test_fields_are_mapped_onto_the_page(six_centres, import_folder, import_records):
    run_import(import_folder)
    record = import_records[4]  # published, with evidence, references, usages, themes and materials
    assert record["published"] and record["materials"] and record["references"]
    page = MethodPage.objects.get(slug=record["id"])

    assert page.title == record["title"] and page.kind == record["kind"]
    assert page.summary == record["summary"] and page.plain_summary == record["plain_summary"]
    assert page.aim == (
        "<p>Målet med «Brukerstyrt seng» er at deltakerne skal få mer mestring i hverdagen.</p>"
        "<p>Tilbudet skal også gi tjenestene kunnskap om hva som hjelper, sett fra dem det gjelder.</p>"
    )
    assert page.evidence.count("<p>") == 2
    assert page.research_level == record["knowledge_profile"]["research"]
    assert page.research_assessed_by == "Senteret selv"
    assert page.experience_level == record["knowledge_profile"]["experience"]
    assert page.practice_level == record["knowledge_profile"].get("practice", "")
    assert [b["type"] for b in page.how_to.raw_data] == ["paragraph"] * 3
    assert page.how_to.raw_data[1]["value"] == (
        "<p>Hvert møte har et tema, en runde der alle som vil sier noe, og tid til samtale.<br/>"
        "Lederne skriver et kort notat etter hvert møte.</p>"
    )
    references = [b["value"] for b in page.references.raw_data]
    assert (
        references[0]["title"] == "Recovery i praksis – en kunnskapsoversikt"
        and references[0]["year"] == 2019
    )
    assert references[1]["url"] == "https://www.helsedirektoratet.no/"
    assert [(u.name, u.kind) for u in page.usages.all()] == [
        ("Gjøvik kommune", "municipality"),
        ("Sykehuset Innlandet", "health-trust"),
    ]
    assert page.last_substantive_update.isoformat() == record["last_reviewed"]
    assert sorted(t.name for t in page.target_groups.all()) == sorted(record["target_groups"])
    assert sorted(t.name for t in page.themes.all()) == sorted(record["themes"])
    assert page.duration == "8 møter à 2 timer" and page.facilitators.startswith("En erfaringskonsulent")

    # Inline rows keep the file's order on every database (PostgreSQL returns unordered rows in any order).
    assert [u.sort_order for u in page.usages.all()] == [0, 1]
    assert [m.sort_order for m in page.materials.all()] == list(range(len(record["materials"])))
    documents = [link.document for link in page.materials.all()]
    assert [d.title for d in documents] == [m["title"] for m in record["materials"]]
    guide = documents[0]
    assert guide.description == "Veileder for dem som leder tilbudet."
    assert guide.audience_list == ["educators", "practitioners"]
    assert guide.licence == "CC-BY-4.0" and guide.language == "nb"
    assert guide.collection == Centre.objects.get(slug=record["centre"]).collection
    assert guide.file.name.endswith(".pdf") and guide.file_size == guide.file.size
    with guide.open_file() as handle:
        assert handle.read().startswith(b"%PDF-")
    assert documents[1].licence == "CC-BY-NC-4.0" and documents[1].audience_list == ["participants"]


def test_material_without_licence_is_not_assumed_to_be_free(six_centres, import_folder, import_records):
    run_import(import_folder)
    notes = Material.objects.get(title=f"Notater – {import_records[0]['title']}")
    assert notes.licence == "all-rights-reserved"
    assert notes.language == "nb"


@pytest.mark.parametrize("first_migration", [False, True], ids=["in-review", "published"])
def test_second_import_changes_nothing(six_centres, import_folder, capsys, first_migration):
    run = run_first_migration if first_migration else run_import
    run(import_folder)
    before = site_state()
    capsys.readouterr()

    run(import_folder)

    assert site_state() == before
    assert "0 created, 0 updated, 22 unchanged; documents: 0 created, 0 updated, 41 unchanged" in (
        capsys.readouterr().out
    )


def test_edited_record_updates_its_page_as_a_new_revision(six_centres, import_folder, import_records, capsys):
    run_first_migration(import_folder)
    record = import_records[1]
    assert record["published"]
    page = MethodPage.objects.get(slug=record["id"])
    revisions = Revision.objects.count()

    record["summary"] = "Et nytt og bedre sammendrag av kurset, skrevet om etter evalueringen i 2024."
    record["target_groups"] = ["Personer med egenerfaring", "Helsesykepleiere"]
    rewrite(import_folder, import_records)
    capsys.readouterr()
    run_import(import_folder)

    assert "0 created, 1 updated, 21 unchanged" in capsys.readouterr().out
    assert Revision.objects.count() == revisions + 1
    page.refresh_from_db()
    # The live content stays until the panel has reviewed the new revision, which is submitted.
    assert page.revisions.count() == 2 and page.live and page.has_unpublished_changes
    assert page.summary != record["summary"]
    assert page.current_workflow_state.current_task_state.revision == page.latest_revision
    latest = page.get_latest_revision_as_object()
    assert latest.summary == record["summary"]
    assert sorted(t.name for t in latest.target_groups.all()) == [
        "Helsesykepleiere",
        "Personer med egenerfaring",
    ]
    assert MethodPage.objects.count() == len(import_records)


def test_draft_record_for_a_live_page_keeps_the_live_content(six_centres, import_folder, import_records):
    run_first_migration(import_folder)
    record = import_records[1]
    live_summary = record["summary"]
    record["published"] = False
    record["summary"] = "Et utkast til nytt sammendrag som må gjennom redaksjonen før det publiseres."
    rewrite(import_folder, import_records)

    run_import(import_folder)

    page = MethodPage.objects.get(slug=record["id"])
    assert page.live and page.summary == live_summary
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().summary == record["summary"]
    assert page.current_workflow_state is None


def test_published_true_submits_an_existing_draft(six_centres, import_folder, import_records, capsys):
    run_import(import_folder)
    record = import_records[0]
    assert not record["published"]
    record["published"] = True
    rewrite(import_folder, import_records)
    capsys.readouterr()

    run_import(import_folder)

    page = MethodPage.objects.get(slug=record["id"])
    assert not page.live
    assert page.current_workflow_state.current_task_state.revision == page.latest_revision
    assert page.revisions.count() == 1  # submitted as it was: no new revision for unchanged content
    assert f"{record['id']} (nb): submitted for lived-experience review" in capsys.readouterr().out

    run_first_migration(import_folder)  # a first migration publishes it, the review under way is cancelled

    page.refresh_from_db()
    assert page.live and not page.has_unpublished_changes and page.current_workflow_state is None


def test_changed_material_replaces_the_file_of_the_same_document(
    six_centres, import_folder, import_records, django_capture_on_commit_callbacks
):
    run_import(import_folder)
    record = import_records[2]
    guide = Material.objects.get(import_key=f"nb/{record['id']}/{record['materials'][0]['file']}")
    worksheet = Material.objects.get(import_key=f"nb/{record['id']}/{record['materials'][1]['file']}")
    old_name, worksheet_name = guide.file.name, worksheet.file.name
    (import_folder.parent / record["materials"][0]["file"]).write_bytes(make_pdf("Ny utgave av veilederen"))
    record["materials"][1]["description"] = "Oppdatert beskrivelse."
    rewrite(import_folder, import_records)
    documents = Material.objects.count()

    with django_capture_on_commit_callbacks(execute=True):
        run_import(import_folder)

    guide.refresh_from_db()
    worksheet.refresh_from_db()
    assert Material.objects.count() == documents
    assert guide.file.name != old_name
    with guide.open_file() as handle:
        assert b"Ny utgave av veilederen" in handle.read()
    assert old_name not in media_files()  # the replaced file is deleted once the import commits
    assert worksheet.description == "Oppdatert beskrivelse."
    assert worksheet.file.name == worksheet_name  # unchanged content is not written again


def test_removed_material_is_unlinked_from_the_page(six_centres, import_folder, import_records):
    run_first_migration(import_folder)
    record = import_records[1]
    del record["materials"][1]
    rewrite(import_folder, import_records)

    run_first_migration(import_folder)

    page = MethodPage.objects.get(slug=record["id"])
    assert [link.document.title for link in page.materials.all()] == [record["materials"][0]["title"]]


def test_dry_run_reports_and_writes_nothing(six_centres, import_folder, capsys):
    before = site_state()
    run_import(import_folder, "--dry-run")
    assert site_state() == before
    assert "Dry run, nothing written. 22 records: would create 22" in capsys.readouterr().out


def test_json_summary_on_stdout(six_centres, import_folder, import_records, capsys):
    run_import(import_folder, "--json")
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] is True
    assert result["summary"]["created"] == len(import_records)
    assert result["summary"]["documents_created"] == 41
    assert {r["id"] for r in result["records"]} == {r["id"] for r in import_records}
    assert "Helsesykepleiere" not in result["new_target_groups"]
    assert "Pårørende (nb)" in result["new_target_groups"]


def test_script_in_a_field_is_stored_as_text_and_shown_escaped(six_centres, tmp_path, import_records, client):
    record = import_records[1]
    record["title"] = "Kurs <script>alert('tittel')</script>"
    record["aim"] = "Første avsnitt.\n\n<script>alert('aim')</script> & <b>ikke fet</b>"
    record["summary"] = "Sammendrag med <img src=x onerror=alert(1)> i teksten."
    from tests.importing.importdata import write_import_folder

    run_first_migration(write_import_folder(tmp_path / "xss", import_records))

    page = MethodPage.objects.get(slug=record["id"])
    assert page.title == record["title"]
    assert (
        page.aim
        == "<p>Første avsnitt.</p><p>&lt;script&gt;alert(&#x27;aim&#x27;)&lt;/script&gt; &amp; &lt;b&gt;ikke fet&lt;/b&gt;</p>"
    )
    html = client.get(page.url).content.decode()
    assert "<script>alert(" not in html
    assert "&lt;script&gt;alert(" in html
    rendered = Template("{% load wagtailcore_tags %}{{ page.aim|richtext }}{{ page.summary }}").render(
        Context({"page": page})
    )
    assert "<script>" not in rendered and "<img" not in rendered and "<b>" not in rendered
    assert "&lt;script&gt;alert(" in rendered and "&lt;img src=x" in rendered


def test_target_groups_and_themes_are_matched_by_name_in_the_locale(
    six_centres, import_folder, import_records
):
    existing = TargetGroupFactory(name="Pårørende", slug="parorende")
    other_locale = Locale.objects.get_or_create(language_code="nn")[0]
    TargetGroupFactory(
        name="Personar med eigenerfaring", slug="personer-med-egenerfaring", locale=other_locale
    )
    import_records[0]["target_groups"] = ["pårørende", "Pårørende "]
    rewrite(import_folder, import_records)

    run_import(import_folder)

    page = MethodPage.objects.get(slug=import_records[0]["id"])
    assert list(page.target_groups.all()) == [existing]
    nb_groups = TargetGroup.objects.filter(locale__language_code="nb")
    assert sorted(nb_groups.values_list("name", flat=True)) == [
        "Ansatte i helseforetak",
        "Ansatte i kommunen",
        "Personer med egenerfaring",
        "Pårørende",
        "Unge voksne",
    ]
    assert Theme.objects.filter(name="Mestring").count() == 1


def test_missing_methods_index_is_created_under_the_centre(six_centres, import_folder, import_records):
    six_centres["method_indexes"]["kbt"].delete()
    run_import(import_folder)
    index = MethodIndexPage.objects.child_of(six_centres["centres"]["kbt"]).get()
    assert index.title == "Metoder og verktøy" and index.slug == "metoder-og-verktoy" and index.live
    kbt = [r["id"] for r in import_records if r["centre"] == "kbt"]
    assert set(MethodPage.objects.child_of(index).values_list("slug", flat=True)) == set(kbt)


def test_record_in_another_language_becomes_a_translation(six_centres, import_folder, import_records):
    run_import(import_folder)
    nynorsk = Locale.objects.get_or_create(language_code="nn")[0]
    six_centres["centres"]["bikuben"].copy_for_translation(nynorsk, copy_parents=True)
    source = MethodPage.objects.get(slug=import_records[0]["id"])
    translation = dict(import_records[0], language="nn", title="Meistringsgruppe for pårørande", materials=[])
    rewrite(import_folder, [translation])

    run_import(import_folder)

    page = MethodPage.objects.get(slug=translation["id"], locale=nynorsk)
    assert page.translation_key == source.translation_key
    assert page.get_parent().get_parent().specific.locale == nynorsk
    assert MethodIndexPage.objects.filter(locale=nynorsk).count() == 1


def test_revisions_record_the_importing_user(six_centres, import_folder, django_user_model):
    editor = django_user_model.objects.create_user("redaktor", password="x")
    call_command("import_methods", str(import_folder), "--user", "redaktor")
    assert set(
        Revision.objects.filter(object_id__in=[str(p.pk) for p in MethodPage.objects.all()]).values_list(
            "user", flat=True
        )
    ) == {editor.pk}
    assert set(Material.objects.values_list("uploaded_by_user", flat=True)) == {editor.pk}


def test_schema_copy_matches_the_shared_format():
    from django.conf import settings

    shared = Path(settings.BASE_DIR).parent / "shared" / "formats" / "method-import.schema.json"
    if not shared.exists():
        pytest.skip(f"{shared} is not present beside the project (only in the team's shared workspace)")
    ours = SCHEMA_PATH
    assert json.loads(ours.read_text(encoding="utf-8")) == json.loads(shared.read_text(encoding="utf-8"))


def test_progress_bar_only_on_a_terminal():
    import io

    from importing.progress import NoProgress, terminal_progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    assert isinstance(terminal_progress(5, io.StringIO()), NoProgress)
    terminal = Terminal()
    bar = terminal_progress(5, terminal)
    bar.update(5)
    bar.close()
    assert "Importing:" in terminal.getvalue() and "/5 " in terminal.getvalue()
