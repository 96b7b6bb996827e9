"""First-page previews of PDFs, made in the background with django-tasks and pypdfium2."""

import logging

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from materials.models import Material
from materials.tasks import generate_preview
from tests.factories import publish_reviewed
from tests.materials.conftest import link, make_material, office_bytes, pdf_bytes, render_section

pytestmark = pytest.mark.django_db


def test_saving_a_pdf_queues_a_preview_of_its_first_page(django_capture_on_commit_callbacks, network):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        material = make_material("Arbeidshefte", pdf_bytes("hefte"), "pdf")
    assert len(callbacks) == 1
    material.refresh_from_db()
    assert material.preview.name.startswith("material-previews/")
    with default_storage.open(material.preview.name) as handle:
        image = Image.open(handle)
        assert image.format == "JPEG"
        assert image.size == (material.preview_width, material.preview_height) == (360, 510)  # A4 proportions

    link(network.group, material)
    html = render_section(network.group)
    assert f'src="{material.preview.url}"' in html
    assert 'alt="First page of “Arbeidshefte”"' in html


def test_preview_is_shown_in_the_library_too(client, django_capture_on_commit_callbacks, network):
    with django_capture_on_commit_callbacks(execute=True):
        network.course.file = ContentFile(pdf_bytes("ny"), name="kursplan.pdf")
        network.course.save()
        publish_reviewed(network.group)  # the new file goes public with the page's review
    network.course.refresh_from_db()
    html = client.get(network.library.url).content.decode()
    assert f'src="{network.course.preview.url}"' in html
    assert 'width="360" height="510"' in html


def test_a_broken_pdf_gets_no_preview_and_a_log_line(django_capture_on_commit_callbacks, caplog):
    with caplog.at_level(logging.WARNING, logger="materials.tasks"):
        with django_capture_on_commit_callbacks(execute=True):
            material = make_material("Ødelagt", b"%PDF-1.4\nthis is not really a PDF\n", "pdf")
    material.refresh_from_db()
    assert material.file_format == "pdf"
    assert not material.preview
    assert "no preview" in caplog.text and "PDFium" in caplog.text


def test_replacing_a_pdf_with_another_type_removes_the_preview(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        material = make_material("Hefte", pdf_bytes("a"), "pdf")
    material.refresh_from_db()
    old_preview = material.preview.name
    assert default_storage.exists(old_preview)
    with django_capture_on_commit_callbacks(execute=True):
        material.file = ContentFile(office_bytes("docx"), name="hefte.docx")
        material.save()
    material.refresh_from_db()
    assert material.file_format == "docx"
    assert not material.preview
    assert not default_storage.exists(old_preview)


def test_editing_only_the_metadata_does_not_render_again(django_capture_on_commit_callbacks):
    material = make_material("Hefte", pdf_bytes("a"), "pdf")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        material.description = "Ny tekst"
        material.save()
    assert callbacks == []


def test_a_task_for_a_file_that_was_replaced_since_does_nothing():
    material = make_material("Hefte", pdf_bytes("a"), "pdf")
    result = generate_preview.enqueue(material.pk, "0" * 40)
    assert result.return_value == "stale"
    assert not Material.objects.get(pk=material.pk).preview


def test_deleting_a_material_deletes_its_preview(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        material = make_material("Hefte", pdf_bytes("a"), "pdf")
    material.refresh_from_db()
    name = material.preview.name
    material.delete()
    assert not default_storage.exists(name)


def test_preview_of_an_internal_material_only_for_those_who_may_download_it(
    django_capture_on_commit_callbacks, network, django_user_model
):
    with django_capture_on_commit_callbacks(execute=True):
        network.internal.file = ContentFile(pdf_bytes("intern 2"), name="intern.pdf")
        network.internal.save()
        publish_reviewed(network.group)
    network.internal.refresh_from_db()
    assert network.internal.preview
    assert network.internal.preview.url not in render_section(network.group)
    member = django_user_model.objects.create_user("member", password="x")
    assert network.internal.preview.url in render_section(network.group, user=member)
