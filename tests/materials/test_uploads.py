"""Safe uploads through the real admin views, and the headers documents are served with."""

import io
import json
import tracemalloc
import zipfile
from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from materials.models import Material
from materials.validation import sniff_file_type
from tests.materials.conftest import make_material, office_bytes, pdf_bytes

pytestmark = pytest.mark.django_db

EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200 + b"This program"
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    # The admin speaks the user's chosen language; English, so that the tests read the msgids.
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="en")
    client.force_login(user)
    return client


def add_document(admin_client, name, content):
    return admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Opplastet",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
            "licence": "CC-BY-4.0",
            "language": "nb",
            "audiences": ["educators"],
        },
    )


def file_errors(response):
    return " ".join(response.context["form"].errors.get("file", []))


def test_a_real_pdf_is_accepted_and_its_format_recorded(admin_client):
    response = add_document(admin_client, "kursplan.pdf", pdf_bytes("ok"))
    assert response.status_code == 302
    material = Material.objects.get(title="Opplastet")
    assert material.file_format == "pdf"
    assert material.audiences == "educators"
    assert material.file_hash and material.file_size == len(pdf_bytes("ok"))


def test_renamed_executable_is_refused_with_its_message(admin_client):
    response = add_document(admin_client, "kursplan.pdf", EXECUTABLE)
    assert response.status_code == 200
    message = file_errors(response)
    assert "not an allowed type, whatever its name says" in message
    assert "It looks like a program (an executable file)" in message
    assert not Material.objects.exists()


def test_html_disguised_as_pdf_is_refused_with_its_message(admin_client):
    response = add_document(admin_client, "kursplan.pdf", HTML)
    message = file_errors(response)
    assert "not an allowed type, whatever its name says" in message
    assert "It looks like a web page or markup (HTML, SVG or XML)" in message
    assert not Material.objects.exists()


def test_oversize_file_is_refused_with_the_limit_in_the_message(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = settings.MATERIAL_MAX_UPLOAD_SIZE = 1024
    response = add_document(admin_client, "stor.pdf", pdf_bytes("x" * 2000))
    message = file_errors(response)
    assert message.startswith("The file is 2")
    assert "which is more than the limit of 1" in message
    assert message.endswith("Make it smaller or split it.")  # one clear message, nothing else
    assert not Material.objects.exists()


def test_multiple_upload_view_refuses_the_same_files(admin_client):
    url = reverse("wagtaildocs:add_multiple")
    for name, content, expected in [
        ("kursplan.pdf", EXECUTABLE, "It looks like a program"),
        ("kursplan.pdf", HTML, "It looks like a web page"),
    ]:
        response = admin_client.post(url, {"files[]": SimpleUploadedFile(name, content)})
        data = json.loads(response.content)
        assert data["success"] is False
        assert expected in data["error_message"]
    assert not Material.objects.exists()
    accepted = admin_client.post(url, {"files[]": SimpleUploadedFile("ok.pdf", pdf_bytes("ok"))})
    assert json.loads(accepted.content)["success"] is True


def test_replacing_a_file_on_edit_is_checked_too(admin_client):
    material = make_material("Kursplan", pdf_bytes("a"), "pdf")
    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[material.pk]),
        {
            "title": "Kursplan",
            "file": SimpleUploadedFile("kursplan.pdf", HTML),
            "collection": material.collection_id,
            "licence": "CC-BY-4.0",
            "language": "nb",
        },
    )
    assert "It looks like a web page" in file_errors(response)
    material.refresh_from_db()
    assert material.file_format == "pdf"


def test_the_extension_follows_the_content(admin_client):
    add_document(admin_client, "lysark.pdf", office_bytes("pptx"))
    material = Material.objects.get()
    assert material.file_format == "pptx"
    assert material.filename.endswith(".pptx")


# Serving


def served(client, material):
    response = client.get(material.url)
    assert response.status_code == 200
    b"".join(response.streaming_content)
    return response


def test_pdf_is_served_inline_as_pdf_with_nosniff(client, network):
    response = served(client, network.course)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_content_type_comes_from_the_content_not_the_name(client, network):
    # A PDF stored under a .txt name (as older uploads could be) is still served as a PDF.
    material = make_material("Gammel", pdf_bytes("old"), "txt")
    assert served(client, material)["Content-Type"] == "application/pdf"
    text = served(client, network.cards)
    assert text["Content-Type"] == "text/plain; charset=utf-8"
    assert text["Content-Disposition"].startswith("attachment")


def test_html_that_slipped_in_is_an_opaque_attachment(client, settings):
    # E.g. a file stored before validation existed: it must never render in the browser.
    settings.WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/html", "application/octet-stream"]
    material = make_material("Side", HTML, "txt")
    assert material.file_format == ""
    response = served(client, material)
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "content_type", ["text/html; charset=utf-8", "image/svg+xml", "application/xhtml+xml"]
)
def test_markup_is_never_inline_whatever_the_settings(settings, content_type):
    settings.WAGTAILDOCS_INLINE_CONTENT_TYPES = [content_type.split(";")[0]]
    # As if a type that a browser renders as a page had been added to the allowed types by mistake.
    material = SimpleNamespace(content_type=content_type, file_type=object(), filename="side.html")
    assert (
        Material.content_disposition.fget(material)
        == "attachment; filename=side.html; filename*=UTF-8''side.html"
    )


def test_an_odf_mimetype_bomb_is_not_inflated_in_the_request():
    """A 100 MB "mimetype" member, about 100 KB compressed: only its first bytes are read (was 209 MB)."""
    upload = io.BytesIO()
    with zipfile.ZipFile(upload, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("mimetype", "w") as member:
            chunk = b" " * (1 << 20)
            for _ in range(100):
                member.write(chunk)
    upload.seek(0)
    tracemalloc.start()
    try:
        kind = sniff_file_type(upload)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert kind != "odt"
    assert peak < 10 * (1 << 20), f"sniffing took {peak // (1 << 20)} MB"
