"""An educator in real headless Chromium: filters the materials library, opens a method and downloads
all its materials as one ZIP. axe-core checks the library page."""

import io
import zipfile

import pytest

from materials.models import DownloadCount, ZipDownloadCount
from tests.browser.harness import assert_accessible, save_screenshot

pytestmark = pytest.mark.browser


def test_educator_filters_the_library_opens_a_method_and_downloads_everything(browser_page, network):
    page = browser_page
    response = page.goto(network.library.url)
    assert response.status == 200
    assert page.locator(".material").count() == 4
    assert_accessible(page)

    # Slides for educators: filter by format, without any JavaScript involved.
    page.locator("#filter-audience").select_option("educators")
    page.locator("#filter-format").select_option("pptx")
    page.locator("form.materials-filters button[type=submit]").click()
    page.wait_for_url("**format=pptx**")
    cards = page.locator(".material")
    assert cards.count() == 1
    assert "Lysark til første møte" in cards.first.inner_text()
    assert page.locator("#filter-format option:checked").inner_text() == "PowerPoint (1)"
    save_screenshot(page, "materials-library-filtered")
    assert_accessible(page)

    # The card says which method the slides belong to; open it.
    cards.first.get_by_role("link", name="Mestringsgruppe").click()
    page.wait_for_url(f"**{network.group.url}")
    section = page.locator("section.materials")
    assert "Intern veileder" in section.inner_text()

    with page.expect_download() as download_info:
        section.locator(".materials__all-link").click()
    download = download_info.value
    assert download.suggested_filename == "mestringsgruppe.zip"
    with open(download.path(), "rb") as handle:
        archive = zipfile.ZipFile(io.BytesIO(handle.read()))
    assert sorted(archive.namelist()) == ["Kursplan.pdf", "Lysark til første møte.pptx", "README.txt"]
    assert "Mestringsgruppe" in archive.read("README.txt").decode("utf-8")

    assert ZipDownloadCount.objects.get(method=network.group).count == 1
    assert DownloadCount.objects.filter(method=network.group, channel="zip").count() == 2
