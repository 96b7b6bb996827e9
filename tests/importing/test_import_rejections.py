"""Bad input is refused as a whole, with a plain message naming record and field, and leaves nothing behind."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management.base import CommandError
from wagtail.models import Locale

from importing.errors import ImportRejected
from importing.importer import Executor
from methods.models import CentrePage, MethodPage
from tests.importing.import_helpers import FIRST_MIGRATION, rewrite, run_import, site_state
from tests.importing.importdata import make_pdf

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]

ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 200


def rejected(path, capsys, *args):
    """Run the import, expect it to fail, return the problems it printed (one per line)."""
    with pytest.raises(CommandError) as failure:
        run_import(path, *args)
    assert "nothing was imported" in str(failure.value)
    return capsys.readouterr().err


def material_path(folder, record, n=0):
    return Path(folder).parent / record["materials"][n]["file"]


def break_schema(folder, records, settings):
    records[3]["knowledge_profile"]["research"] = "very-good"
    rewrite(folder, records)
    return (
        "record 'samtalekort-om-hap' (no. 4), knowledge_profile.research: \"very-good\" is not allowed here"
    )


def unknown_centre_slug(folder, records, settings):
    records[2]["centre"] = "tromso"
    rewrite(folder, records)
    return 'centre: "tromso" is not allowed here. Use one of: bikuben, varres, kbt, sagatun, rom-agder, vestavind.'


def duplicate_id(folder, records, settings):
    records[7]["id"] = records[1]["id"]
    rewrite(folder, records)
    return (
        "record 'recoverykurs-grunnkurs' (no. 8), id: The id 'recoverykurs-grunnkurs' is also used by record "
        "no. 2 in the same language."
    )


def missing_file(folder, records, settings):
    material_path(folder, records[1]).unlink()
    return "materials[0].file: materialer/recoverykurs-grunnkurs/veileder.pdf: The file does not exist"


def path_outside_folder(folder, records, settings):
    (Path(folder).parent.parent / "hemmelig.pdf").write_bytes(make_pdf("Hemmelig"))
    records[1]["materials"][0]["file"] = "../hemmelig.pdf"
    rewrite(folder, records)
    return "materials[0].file: ../hemmelig.pdf: The path goes outside the import folder ('..')."


def absolute_path(folder, records, settings):
    outside = Path(folder).parent.parent / "hemmelig.pdf"
    outside.write_bytes(make_pdf("Hemmelig"))
    records[1]["materials"][0]["file"] = str(outside)
    rewrite(folder, records)
    return "The path is absolute. Give the path relative to the folder that holds the JSON file."


def symlink_out(folder, records, settings):
    outside = Path(folder).parent.parent / "passwd-kopi.txt"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n")
    link = material_path(folder, records[1])
    link.unlink()
    link.symlink_to(outside)
    return "veileder.pdf: The path leads outside the import folder through a symbolic link."


def renamed_executable(folder, records, settings):
    material_path(folder, records[1]).write_bytes(ELF)
    return "veileder.pdf: The file's content is not an allowed type, whatever its name says."


def html_disguised_as_pdf(folder, records, settings):
    material_path(folder, records[1]).write_text(
        "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>", encoding="utf-8"
    )
    return "veileder.pdf: The file's content is not an allowed type, whatever its name says."


def oversize(folder, records, settings):
    settings.MATERIAL_MAX_UPLOAD_SIZE = 2000
    material_path(folder, records[1]).write_bytes(make_pdf("Stor", padding=5000))
    return "which is more than the limit of 2.0\xa0KB. Make it smaller or split it."


def invalid_json(folder, records, settings):
    text = json.dumps({"methods": records}, ensure_ascii=False, indent=2)
    Path(folder).write_text(text.replace('"kind": "tool"', '"kind": "tool",,', 1), encoding="utf-8")
    line = text[: text.index('"kind": "tool"')].count("\n") + 1
    return f"The file is not valid JSON: Expecting property name enclosed in double quotes at line {line}, column"


def unknown_licence(folder, records, settings):
    records[1]["materials"][0]["licence"] = "CC-BY-2.0"
    rewrite(folder, records)
    return "materials[0].licence: 'CC-BY-2.0' is not a licence the library knows."


def bad_date_and_url(folder, records, settings):
    records[0]["last_reviewed"] = "15.03.2024"
    records[0]["references"] = [{"title": "Rapport", "url": "www.example.no/rapport"}]
    rewrite(folder, records)
    return 'last_reviewed: "15.03.2024" is not a valid date. Write it as YYYY-MM-DD'


BAD_INPUTS = [
    break_schema,
    unknown_centre_slug,
    duplicate_id,
    missing_file,
    path_outside_folder,
    absolute_path,
    symlink_out,
    renamed_executable,
    html_disguised_as_pdf,
    oversize,
    invalid_json,
    unknown_licence,
    bad_date_and_url,
]


@pytest.mark.parametrize("spoil", BAD_INPUTS, ids=[f.__name__ for f in BAD_INPUTS])
def test_bad_input_is_rejected_and_leaves_nothing_behind(
    spoil, six_centres, import_folder, import_records, capsys, settings
):
    before = site_state()
    expected = spoil(import_folder, import_records, settings)

    errors = rejected(import_folder, capsys)

    assert expected in errors
    assert site_state() == before


def test_bad_input_is_rejected_in_a_dry_run_too(six_centres, import_folder, import_records, capsys):
    expected = duplicate_id(import_folder, import_records, None)
    assert expected in rejected(import_folder, capsys, "--dry-run")


def test_centre_missing_from_the_site_is_named(six_centres, import_folder, import_records, capsys):
    CentrePage.objects.get(slug="vestavind").delete()
    before = site_state()
    errors = rejected(import_folder, capsys)
    vestavind = [r for r in import_records if r["centre"] == "vestavind"]
    assert errors.count("centre: The centre 'vestavind' has no page in Norwegian Bokmål.") == len(vestavind)
    assert site_state() == before


def test_language_without_a_locale_is_explained(six_centres, import_folder, import_records, capsys):
    Locale.objects.filter(language_code="se").delete()
    import_records[0]["language"] = "se"
    rewrite(import_folder, import_records)
    errors = rejected(import_folder, capsys)
    assert "language: The site has no Northern Sami content yet." in errors
    assert "translate the centre pages into it (with wagtail-localize)" in errors


def test_id_of_another_centres_page_is_refused(six_centres, import_folder, import_records, capsys):
    run_import(import_folder)
    import_records[1]["centre"] = "kbt"
    rewrite(import_folder, import_records)
    before = site_state()
    errors = rejected(import_folder, capsys)
    assert (
        "The id 'recoverykurs-grunnkurs' is already used by 'Recoverykurs – grunnkurs' at Varres." in errors
    )
    assert "the import does not move methods between centres" in errors
    assert site_state() == before


def test_all_problems_are_listed_together(six_centres, import_folder, import_records, capsys):
    import_records[0]["summary"] = "Kort"
    import_records[2]["kind"] = "course"
    del import_records[5]["aim"]
    import_records[9]["frobnicate"] = True
    import_records[10]["target_groups"] = []
    material_path(import_folder, import_records[12]).unlink()
    import_records[13]["id"] = "Æble-Metode"
    rewrite(import_folder, import_records)

    errors = rejected(import_folder, capsys, "--dry-run").splitlines()

    assert errors == [
        "- record 'mestringsgruppe-parorende' (no. 1), summary: This is too short: write at least 10 characters.",
        "- record 'min-kriseplan' (no. 3), kind: \"course\" is not allowed here. Use one of: method, tool.",
        "- record 'erfaringsbasert-undervisning' (no. 6), aim: This required field is missing.",
        "- record 'sjekkliste-brukermedvirkning' (no. 10), frobnicate: 'frobnicate' is not a field of this format.",
        "- record 'likepersonsarbeid' (no. 11), target_groups: List at least 1.",
        "- record 'dialogmote-ungdom' (no. 13), materials[0].file: materialer/dialogmote-ungdom/veileder.pdf: "
        "The file does not exist in the import folder.",
        "- record 'Æble-Metode' (no. 14), id: \"Æble-Metode\" cannot be used as an id: use 1 to 80 characters, "
        "only lowercase letters a–z, digits and hyphens, starting with a letter or digit (no spaces, æ, ø or å).",
    ]


def test_json_errors_are_machine_readable(six_centres, import_folder, import_records, capsys):
    duplicate_id(import_folder, import_records, None)
    with pytest.raises(CommandError):
        run_import(import_folder, "--json")
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] is False
    assert result["errors"] == [
        {
            "message": "The id 'recoverykurs-grunnkurs' is also used by record no. 2 in the same language. "
            "Every record needs its own id.",
            "record_index": 7,
            "record_id": "recoverykurs-grunnkurs",
            "field": "id",
            "path": "methods[7].id",
        }
    ]


def test_failure_while_writing_rolls_back_database_and_media(
    six_centres, import_folder, import_records, monkeypatch, django_capture_on_commit_callbacks
):
    run_import(import_folder)
    # Edits that would update pages and replace files, plus new records, so the rollback has work to undo.
    for record in import_records[:6]:
        record["summary"] = record["summary"] + " Oppdatert."
    material_path(import_folder, import_records[1]).write_bytes(make_pdf("Ny veileder"))
    extra = [dict(r, id=f"{r['id']}-kopi") for r in import_records[:4]]
    rewrite(import_folder, import_records + extra)
    before = site_state()

    original = Executor.import_record
    calls = []

    def fail_on_tenth(self, plan):
        calls.append(plan.id)
        if len(calls) == 10:
            raise RuntimeError("disk full")
        return original(self, plan)

    monkeypatch.setattr(Executor, "import_record", fail_on_tenth)
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError, match="disk"),
    ):
        run_import(import_folder)

    assert len(calls) == 10
    assert callbacks == []  # nothing scheduled for after a commit that never happened
    assert site_state() == before
    assert MethodPage.objects.get(slug=import_records[0]["id"]).get_latest_revision_as_object().summary == (
        import_records[0]["summary"].removesuffix(" Oppdatert.")
    )


@pytest.mark.parametrize("args", [(), FIRST_MIGRATION], ids=["submitting", "first-migration"])
def test_failure_in_the_middle_of_a_fresh_import_leaves_an_empty_site(
    six_centres, import_folder, monkeypatch, args
):
    before = site_state()
    original = Executor.import_record
    calls = []

    def fail_on_tenth(self, plan):
        calls.append(plan.id)
        if len(calls) == 10:
            raise RuntimeError("disk full")
        return original(self, plan)

    monkeypatch.setattr(Executor, "import_record", fail_on_tenth)
    with pytest.raises(RuntimeError):
        run_import(import_folder, *args)
    assert site_state() == before


def test_a_page_the_model_refuses_rolls_back_with_the_record_named(
    six_centres, import_folder, monkeypatch, capsys
):
    from django.core.exceptions import ValidationError

    before = site_state()
    original = MethodPage.full_clean

    def refuse_one(self, *args, **kwargs):
        if self.slug == "ressurskart":
            raise ValidationError({"summary": ["Not acceptable."]})
        return original(self, *args, **kwargs)

    monkeypatch.setattr(MethodPage, "full_clean", refuse_one)
    errors = rejected(import_folder, capsys)
    assert "record 'ressurskart' (no. 9): The page could not be saved: summary: Not acceptable." in errors
    assert site_state() == before


def test_rejection_problems_are_an_exception_for_callers(six_centres, tmp_path):
    from importing.importer import import_file

    path = tmp_path / "tom.json"
    path.write_text('{"methods": [{"id": "x"}]}')
    with pytest.raises(ImportRejected) as rejection:
        import_file(path)
    assert {p.field for p in rejection.value.problems} >= {"centre", "kind", "title", "aim"}


def test_command_exits_non_zero_with_the_message_on_stderr(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"methods": [\n  {"id": "a",}\n]}\n')
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="cms.settings.test")
    result = subprocess.run(
        [sys.executable, "manage.py", "import_methods", str(path)],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    # The subprocess speaks the site's language (nb); the line and column are there in any language.
    assert re.search(r"\b2\b\D{1,20}\b14\b", result.stderr)
    assert result.stdout == ""
