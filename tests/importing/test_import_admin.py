"""The admin import: upload JSON + ZIP, see the report, confirm; only for users with methods.import_methods."""

import io
import os
import re
import stat
import time
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.users.models import UserProfile

from materials.models import Material
from methods.models import MethodPage
from reviews.models import ReviewRecord
from tests.importing.import_helpers import FIRST_MIGRATION, rewrite, site_state

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]


@pytest.fixture(autouse=True)
def upload_dir(settings, tmp_path):
    settings.METHOD_IMPORT_UPLOAD_DIR = tmp_path / "uploads"
    return settings.METHOD_IMPORT_UPLOAD_DIR


def _user(django_user_model, username, *permissions):
    group = Group.objects.create(name=f"group-{username}")
    for app_label, codename in [("wagtailadmin", "access_admin"), *permissions]:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    user = django_user_model.objects.create_user(username, password="pw")
    user.groups.add(group)
    # The admin speaks each user's chosen language; English keeps the asserted messages at their msgids.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def national_editor(django_user_model):
    return _user(django_user_model, "nasjonal", ("methods", "import_methods"))


@pytest.fixture
def centre_editor(django_user_model):
    return _user(django_user_model, "senter")


def zip_of(folder, extra=()):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file() and path.name != "methods.json":
                archive.write(path, path.relative_to(folder).as_posix())
        for info, data in extra:
            archive.writestr(info, data)
    return buffer.getvalue()


def upload(client, json_path, zip_bytes=None):
    data = {"json_file": SimpleUploadedFile("methods.json", Path(json_path).read_bytes(), "application/json")}
    if zip_bytes is not None:
        data["materials_zip"] = SimpleUploadedFile("materialer.zip", zip_bytes, "application/zip")
    return client.post(reverse("methods_import"), data)


def test_preview_shows_what_would_happen_and_writes_nothing(
    client, national_editor, six_centres, import_folder, upload_dir
):
    client.force_login(national_editor)
    before = site_state()

    response = upload(client, import_folder, zip_of(import_folder.parent))

    assert response.status_code == 200
    html = response.content.decode()
    assert "22 records: would create 22, update 0, leave 0 unchanged; documents: would create 41" in html
    assert html.count('data-action="create"') == 22
    assert "materialer/mestringsgruppe-parorende/veileder.pdf: new" in html
    assert "New target groups:" in html and "Pårørende (nb)" in html
    assert reverse("methods_import_confirm") in html
    assert site_state() == before
    token = client.session["method_import"]["token"]
    assert (upload_dir / token / "files" / "materialer").is_dir()


def test_confirm_imports_and_cleans_up(client, national_editor, six_centres, import_folder, upload_dir):
    client.force_login(national_editor)
    upload(client, import_folder, zip_of(import_folder.parent))
    token = client.session["method_import"]["token"]

    response = client.post(reverse("methods_import_confirm"), {"token": token}, follow=True)

    assert response.status_code == 200
    assert "Imported 22 records: 22 created, 0 updated, 0 unchanged; documents: 41 created" in (
        response.content.decode()
    )
    assert MethodPage.objects.count() == 22 and Material.objects.count() == 41
    assert {page.latest_revision.user for page in MethodPage.objects.all()} == {national_editor}
    assert not (upload_dir / token).exists()
    assert "method_import" not in client.session

    # The same upload again is reported as unchanged.
    response = upload(client, import_folder, zip_of(import_folder.parent))
    assert response.content.decode().count('data-action="unchanged"') == 22


def test_problems_are_listed_and_nothing_can_be_confirmed(
    client, national_editor, six_centres, import_folder, import_records, upload_dir
):
    client.force_login(national_editor)
    import_records[3]["id"] = import_records[2]["id"]
    rewrite(import_folder, import_records)
    (import_folder.parent / import_records[5]["materials"][0]["file"]).unlink()
    before = site_state()

    response = upload(client, import_folder, zip_of(import_folder.parent))

    html = response.content.decode()
    assert "The file cannot be imported: 2 problems were found." in html
    assert "The id &#x27;min-kriseplan&#x27; is also used by record no. 3 in the same language." in html
    assert "<code>methods[5].materials[0].file</code>" in html
    assert "The file does not exist in the import folder." in html
    assert reverse("methods_import_confirm") not in html
    assert site_state() == before
    assert "method_import" not in client.session
    assert list(upload_dir.iterdir()) == []


def test_records_without_materials_need_no_zip(
    client, national_editor, six_centres, import_folder, import_records
):
    client.force_login(national_editor)
    for record in import_records:
        record.pop("materials", None)
    rewrite(import_folder, import_records)
    response = upload(client, import_folder)
    assert "would create 22" in response.content.decode()


def test_centre_editor_is_refused(client, centre_editor, national_editor, six_centres, import_folder):
    client.force_login(centre_editor)
    refused = client.get(reverse("methods_import"))
    assert refused.status_code == 403
    assert (
        "Importing methods and tools is for national editors and administrators." in refused.content.decode()
    )
    assert upload(client, import_folder, zip_of(import_folder.parent)).status_code == 403
    assert client.post(reverse("methods_import_confirm"), {"token": "x" * 32}).status_code == 403
    assert "Import methods" not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert MethodPage.objects.count() == 0

    client.force_login(national_editor)
    assert client.get(reverse("methods_import")).status_code == 200
    assert "Import methods" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_token_not_from_this_session_imports_nothing(
    client, national_editor, six_centres, import_folder, django_user_model
):
    other = _user(django_user_model, "annen", ("methods", "import_methods"))
    client.force_login(other)
    upload(client, import_folder, zip_of(import_folder.parent))
    stolen = client.session["method_import"]["token"]

    client.force_login(national_editor)
    response = client.post(reverse("methods_import_confirm"), {"token": stolen}, follow=True)

    assert "This import has expired or was already done." in response.content.decode()
    assert MethodPage.objects.count() == 0


def test_cancel_discards_the_upload(client, national_editor, six_centres, import_folder, upload_dir):
    client.force_login(national_editor)
    upload(client, import_folder, zip_of(import_folder.parent))
    token = client.session["method_import"]["token"]
    client.post(reverse("methods_import_confirm"), {"token": token, "cancel": "1"})
    assert not (upload_dir / token).exists()
    assert MethodPage.objects.count() == 0


def _symlink(name, target):
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target


@pytest.mark.parametrize(
    "extra, message",
    [
        (
            [("../../utenfor.txt", "zip-slip")],
            "The ZIP file contains a path that leaves its folder: ../../utenfor.txt",
        ),
        ([("/tmp/absolutt.txt", "x")], "The ZIP file contains an absolute path: /tmp/absolutt.txt"),
        ([("materialer\\windows.txt", "x")], "The ZIP file contains a file name with a backslash"),
        ([_symlink("materialer/lenke.pdf", "/etc/passwd")], "The ZIP file contains a symbolic link"),
    ],
    ids=["zip-slip", "absolute", "backslash", "symlink"],
)
def test_unsafe_zip_is_refused(
    client, national_editor, six_centres, import_folder, tmp_path, upload_dir, extra, message
):
    client.force_login(national_editor)
    response = upload(client, import_folder, zip_of(import_folder.parent, extra))
    html = response.content.decode()
    assert message.replace("'", "&#x27;") in html
    assert not (tmp_path / "utenfor.txt").exists() and not Path("/tmp/absolutt.txt").exists()
    assert list(upload_dir.iterdir()) == []
    assert MethodPage.objects.count() == 0


def test_zip_bomb_is_refused_by_its_unpacked_size(
    client, national_editor, six_centres, import_folder, settings, upload_dir
):
    settings.METHOD_IMPORT_MAX_UNZIPPED_SIZE = 200_000
    client.force_login(national_editor)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("materialer/nuller.txt", b"0" * 5_000_000)
    assert len(buffer.getvalue()) < 20_000

    response = upload(client, import_folder, buffer.getvalue())

    assert (
        "The ZIP file unpacks to 4.8\xa0MB, more than the limit of 195.3\xa0KB." in response.content.decode()
    )
    assert list(upload_dir.iterdir()) == []


def test_a_lying_zip_header_cannot_get_past_the_limit(tmp_path, settings):
    from importing.archive import ArchiveError, extract_zip

    settings.METHOD_IMPORT_MAX_UNZIPPED_SIZE = 100_000
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("stor.txt", b"x" * 300_000)
    data = bytearray(buffer.getvalue())
    # Declare 10 bytes in both the local header and the central directory; the data is still 300 kB.
    local, central = data.find(b"PK\x03\x04"), data.find(b"PK\x01\x02")
    data[local + 22 : local + 26] = (10).to_bytes(4, "little")
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")

    with pytest.raises(ArchiveError):
        extract_zip(io.BytesIO(bytes(data)), tmp_path)
    assert sum(p.stat().st_size for p in tmp_path.rglob("*") if p.is_file()) <= 100_000


def test_a_zip_over_the_default_limit_is_refused_and_leaves_nothing_on_disk(
    client, national_editor, six_centres, import_folder, upload_dir
):
    # 201 MiB of zeros, declared in the ZIP's headers: refused before anything is unpacked.
    client.force_login(national_editor)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("materialer/stor.pdf", "w", force_zip64=True) as member:
            for _chunk in range(201):
                member.write(bytes(1024 * 1024))

    html = upload(client, import_folder, buffer.getvalue()).content.decode()

    assert "more than the limit of 200.0\xa0MB. Split it into smaller imports." in html
    assert list(upload_dir.iterdir()) == []
    assert "method_import" not in client.session


def test_an_upload_that_fails_while_unpacking_leaves_nothing_on_disk(
    client, national_editor, six_centres, import_folder, upload_dir, monkeypatch
):
    def disk_full(fileobj, destination):
        (Path(destination) / "halvveis.pdf").write_bytes(b"%PDF-")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("importing.views.extract_zip", disk_full)
    client.force_login(national_editor)
    with pytest.raises(OSError):
        upload(client, import_folder, zip_of(import_folder.parent))
    assert list(upload_dir.iterdir()) == []


def _aged(folder, hours):
    folder.mkdir(parents=True)
    (folder / "methods.json").write_text("{}")
    moment = time.time() - hours * 60 * 60
    os.utime(folder, (moment, moment))
    return folder


def test_clean_import_uploads_removes_abandoned_uploads_and_keeps_fresh_ones(upload_dir):
    abandoned = _aged(upload_dir / "abandoned-upload-token-0001", hours=30)
    recent = _aged(upload_dir / "recent-upload-token-00000002", hours=2)
    output = io.StringIO()

    call_command("clean_import_uploads", stdout=output)

    assert not abandoned.exists() and recent.exists()
    assert output.getvalue().strip() == "Removed 1 import upload older than 24 hours."

    call_command("clean_import_uploads", "--hours", "1", stdout=io.StringIO())
    assert not recent.exists()


# The admin upload never publishes (issue 13): pages that should go live are submitted for review.


def confirm(client, json_path, folder):
    upload(client, json_path, zip_of(folder))
    token = client.session["method_import"]["token"]
    return client.post(reverse("methods_import_confirm"), {"token": token})


def outcomes(html):
    """{record id: what the result page says was done with its page}."""
    rows = re.findall(r"<td><code>([^<]+)</code></td>.*?data-outcome=\"([^\"]+)\">(.*?)</td>", html, re.S)
    return {
        record_id: (outcome, " ".join(text.split("<br>")[0].split())) for record_id, outcome, text in rows
    }


def test_upload_of_published_records_publishes_nothing_and_submits_them_for_review(
    client, national_editor, six_centres, import_folder, import_records
):
    client.force_login(national_editor)
    preview = upload(client, import_folder, zip_of(import_folder.parent)).content.decode()
    assert "Create – submit for lived-experience review" in " ".join(preview.split())

    response = confirm(client, import_folder, import_folder.parent)

    assert response.status_code == 200
    assert not MethodPage.objects.filter(live=True).exists()
    report = outcomes(response.content.decode())
    for record in import_records:
        page = MethodPage.objects.get(slug=record["id"])
        assert client.get(f"/sentre/{record['centre']}/metoder-og-verktoy/{record['id']}/").status_code == 404
        if record["published"]:
            state = page.current_workflow_state
            assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.requested_by == national_editor
            assert report[record["id"]] == ("submitted", "Created – submitted for lived-experience review")
        else:
            assert page.current_workflow_state is None
            assert report[record["id"]] == ("draft", "Created – saved as draft")


def test_changed_record_of_a_live_reviewed_page_keeps_the_live_content_and_submits_the_change(
    client, national_editor, six_centres, import_folder, import_records
):
    call_command("import_methods", str(import_folder), *FIRST_MIGRATION)
    record = import_records[1]
    assert record["published"]
    page = MethodPage.objects.get(slug=record["id"])
    ReviewRecord.objects.create(
        page=page,
        revision=page.live_revision,
        review_round=1,
        decision=ReviewRecord.Decision.APPROVED,
        completed_review=True,
    )
    live_summary = record["summary"]
    record["summary"] = "Et nytt sammendrag som panelet ikke har sett ennå."
    rewrite(import_folder, import_records)
    client.force_login(national_editor)

    response = confirm(client, import_folder, import_folder.parent)

    report = outcomes(response.content.decode())
    assert report[record["id"]] == ("submitted", "Updated – submitted for lived-experience review")
    assert report[import_records[2]["id"]] == ("unchanged-not-reviewed", "unchanged (live, not yet reviewed)")
    page.refresh_from_db()
    assert page.live and page.has_unpublished_changes
    public = client.get(page.url).content.decode()
    assert live_summary in public and record["summary"] not in public
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.revision_id == page.latest_revision_id


def test_unchanged_reimport_changes_nothing_and_says_the_pages_are_in_review(
    client, national_editor, six_centres, import_folder, import_records
):
    client.force_login(national_editor)
    confirm(client, import_folder, import_folder.parent)
    before = site_state()

    response = confirm(client, import_folder, import_folder.parent)

    assert site_state() == before
    report = outcomes(response.content.decode())
    for record in import_records:
        expected = "unchanged (in lived-experience review)" if record["published"] else "unchanged (draft)"
        assert report[record["id"]][1] == expected
