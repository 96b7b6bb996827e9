"""What Material records about its file on save, and that it stays cheap to load."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from materials.models import Material
from tests.materials.conftest import make_material, office_bytes, pdf_bytes

pytestmark = pytest.mark.django_db


def test_format_hash_and_size_are_recorded_from_the_bytes():
    material = make_material("Hefte", office_bytes("xlsx"), "pdf")  # misnamed: the content decides
    assert material.file_format == "xlsx"
    assert material.format_label == "Excel"
    assert material.content_type.startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    assert len(material.file_hash) == 40
    assert material.file_size == len(office_bytes("xlsx"))


def test_replacing_the_file_in_code_updates_hash_and_format():
    material = make_material("Hefte", pdf_bytes("a"), "pdf")
    old_hash = material.file_hash
    material = Material.objects.get(pk=material.pk)
    material.file = ContentFile(office_bytes("docx"), name="hefte.docx")
    material.save()
    material.refresh_from_db()
    assert material.file_format == "docx"
    assert material.file_hash != old_hash


def test_deferred_loading_does_not_query_per_material():
    for number in range(5):
        make_material(f"Hefte {number}", pdf_bytes(str(number)), "pdf")
    with CaptureQueriesContext(connection) as queries:
        titles = [material.title for material in Material.objects.only("id", "title")]
    assert len(titles) == 5
    assert len(queries) == 1


def test_saving_a_deferred_instance_keeps_its_file(django_capture_on_commit_callbacks):
    material = make_material("Hefte", pdf_bytes("a"), "pdf")
    original = (material.file.name, material.file_format, material.file_hash)
    deferred = Material.objects.only("id", "title").get(pk=material.pk)
    deferred.title = "Nytt navn"
    with django_capture_on_commit_callbacks() as callbacks:
        deferred.save()
    assert callbacks == []  # no preview queued: the file did not change
    material.refresh_from_db()
    assert material.title == "Nytt navn"
    assert (material.file.name, material.file_format, material.file_hash) == original
