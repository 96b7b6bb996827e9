"""The materials section of a method page (templates/materials/includes/method_materials.html)."""

import pytest
from django.urls import reverse

from tests.materials.conftest import render_section

pytestmark = pytest.mark.django_db


def test_section_lists_materials_in_page_order_with_download_all(network):
    html = render_section(network.group)
    assert html.index("Kursplan") < html.index("Lysark til første møte") < html.index("Intern veileder")
    zip_url = reverse("materials:method_zip", args=[network.group.pk])
    assert f'href="{zip_url}"' in html and "Download all" in html
    # Two public files go in the ZIP; the internal one does not.
    assert "A ZIP file with 2 files and a README" in html
    assert f'href="{network.course.url}?method={network.group.pk}"' in html
    assert "CC BY-SA 4.0" in html
    assert (
        "You may share and adapt it if you credit the source and share adaptations on the same terms." in html
    )


def test_no_download_all_without_public_materials_or_on_drafts(network):
    assert "Download all" not in render_section(network.draft)
    network.group.materials.exclude(document=network.internal).delete()
    html = render_section(network.group)
    assert "Intern veileder" in html
    assert "Download all" not in html


def test_no_section_without_materials(network):
    network.plan.materials.all().delete()
    assert render_section(network.plan).strip() == ""
