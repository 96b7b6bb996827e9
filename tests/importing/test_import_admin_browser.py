"""The admin import in a real browser: choose the files, read the report, confirm."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.users.models import UserProfile

from methods.models import MethodPage
from tests.browser.harness import save_screenshot
from tests.importing.test_import_admin import zip_of

pytestmark = pytest.mark.browser


@pytest.fixture
def national_editor(django_user_model):
    group = Group.objects.create(name="Import i nettleser")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="methods", codename="import_methods"),
    )
    user = django_user_model.objects.create_user("nasjonal-nettleser", password="pw")
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def test_upload_preview_and_confirm(
    browser_page,
    browser_login,
    national_editor,
    six_centres,
    import_folder,
    import_records,
    tmp_path,
    settings,
):
    settings.METHOD_IMPORT_UPLOAD_DIR = tmp_path / "uploads"
    archive = tmp_path / "materialer.zip"
    archive.write_bytes(zip_of(import_folder.parent))
    page = browser_page
    browser_login(page, national_editor)

    page.goto("/admin/")
    page.get_by_role("link", name="Import methods").click()
    page.get_by_label("Import file (JSON)").set_input_files(str(import_folder))
    page.get_by_label("Material files (ZIP)").set_input_files(str(archive))
    page.get_by_role("button", name="Check the files").click()

    summary = page.locator("#import-summary")
    assert "would create 22" in summary.inner_text()
    assert page.locator('#import-preview td[data-action="create"]').count() == 22
    save_screenshot(page, "admin-import-preview")
    assert MethodPage.objects.count() == 0

    # The import runs in the request; give a busy shared machine time to finish it.
    page.get_by_role("button", name="Import", exact=True).click(timeout=180_000)
    page.wait_for_url("**/admin/methods/import/confirm/", timeout=180_000)
    assert "Imported 22 records: 22 created" in page.locator("#import-summary").inner_text()
    # Nothing was published: the result page says per page what was done instead.
    submitted = sum(record["published"] for record in import_records)
    assert page.locator('#import-preview td[data-outcome="submitted"]').count() == submitted
    assert "submitted for lived-experience review" in page.locator("#import-preview").inner_text()
    save_screenshot(page, "admin-import-done")
    assert MethodPage.objects.count() == 22 and not MethodPage.objects.filter(live=True).exists()


def test_problems_are_reported_before_anything_is_written(
    browser_page,
    browser_login,
    national_editor,
    six_centres,
    import_folder,
    import_records,
    tmp_path,
    settings,
):
    from tests.importing.import_helpers import rewrite

    settings.METHOD_IMPORT_UPLOAD_DIR = tmp_path / "uploads"
    import_records[3]["id"] = import_records[2]["id"]
    import_records[6]["knowledge_profile"]["research"] = "very-good"
    rewrite(import_folder, import_records)
    page = browser_page
    browser_login(page, national_editor)

    page.goto("/admin/methods/import/")
    page.get_by_label("Import file (JSON)").set_input_files(str(import_folder))
    page.get_by_role("button", name="Check the files").click()

    alert = page.get_by_role("alert").inner_text()
    assert "The file cannot be imported" in alert
    assert "no ZIP of material files was uploaded" in alert
    # The two problems in the JSON, plus every material file missing (no ZIP was uploaded).
    problems = page.locator("#import-problems").inner_text()
    assert "methods[3].id" in problems and "methods[6].knowledge_profile.research" in problems
    assert "materialer/mestringsgruppe-parorende/veileder.pdf: The file does not exist" in problems
    assert page.get_by_role("button", name="Import", exact=True).count() == 0
    save_screenshot(page, "admin-import-problems")
    assert MethodPage.objects.count() == 0
