"""'Last ned alt': the ZIP of a method's public materials and a README."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse

from materials.zips import ZIP_FOLDER, ensure_zip, plan_zip
from tests.factories import publish_reviewed
from tests.materials.conftest import in_bokmal, pdf_bytes

pytestmark = pytest.mark.django_db


def download(client, method):
    response = client.get(reverse("materials:method_zip", args=[method.pk]))
    assert response.status_code == 200, response.content[:500]
    return response, b"".join(response.streaming_content)


def test_zip_holds_exactly_the_public_materials_and_a_readme(client, network):
    response, body = download(client, network.group)
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == 'attachment; filename="mestringsgruppe.zip"'
    assert response["X-Content-Type-Options"] == "nosniff"
    archive = zipfile.ZipFile(io.BytesIO(body))
    assert archive.testzip() is None
    assert sorted(archive.namelist()) == ["Kursplan.pdf", "Lysark til første møte.pptx", "README.txt"]
    assert archive.read("Kursplan.pdf") == network.course.file.open("rb").read()
    network.course.file.close()

    readme = archive.read("README.txt").decode("utf-8")
    assert "Mestringsgruppe" in readme
    assert network.group.get_full_url() in readme
    assert "Kursplan.pdf" in readme and "CC BY 4.0" in readme and "CC BY-SA 4.0" in readme
    assert "https://creativecommons.org/licenses/by-sa/4.0/" in readme
    # How to cite: the centre, the year, the title and the address.
    centre = network.group.centre
    assert f"{centre.full_name} (" in readme
    assert f"). Mestringsgruppe. Knutepunkt for Recovery. {network.group.get_full_url()}" in readme
    assert "Intern veileder" not in readme


def test_internal_material_never_in_the_zip_even_for_logged_in_users(client, network, django_user_model):
    client.force_login(django_user_model.objects.create_user("member", password="x"))
    _response, body = download(client, network.group)
    assert "Intern veileder.pdf" not in zipfile.ZipFile(io.BytesIO(body)).namelist()


def test_zip_is_cached_and_rebuilt_when_a_material_is_replaced(client, network):
    first_plan = plan_zip(network.group)
    name, built = ensure_zip(first_plan)
    assert built and default_storage.exists(name)
    assert ensure_zip(plan_zip(network.group)) == (name, False)  # cached: nothing changed

    _response, before = download(client, network.group)

    network.course.file = ContentFile(pdf_bytes("kursplan, second edition"), name="kursplan.pdf")
    network.course.save()
    assert plan_zip(network.group).key == first_plan.key  # waits for review (test_reviewed_versions.py)
    publish_reviewed(network.group)
    second_plan = plan_zip(network.group)
    assert second_plan.key != first_plan.key

    _response, after = download(client, network.group)
    new_pdf = zipfile.ZipFile(io.BytesIO(after)).read("Kursplan.pdf")
    assert new_pdf.endswith(b"%kursplan, second edition\n")
    assert zipfile.ZipFile(io.BytesIO(before)).read("Kursplan.pdf") != new_pdf
    # The old ZIP is removed from storage once the new one is there.
    _dirs, files = default_storage.listdir(f"{ZIP_FOLDER}/{network.group.pk}")
    assert files == [second_plan.storage_name.rsplit("/", 1)[1]]
    # Nothing half-built is left behind.
    assert default_storage.listdir(ZIP_FOLDER)[1] == []


@pytest.mark.parametrize(
    "change",
    [
        lambda m: setattr(m, "licence", "CC0-1.0"),
        lambda m: setattr(m, "title", "Kursplan, ny utgave"),
        lambda m: setattr(m, "description", "Ny beskrivelse"),
    ],
    ids=["licence", "title", "description"],
)
def test_metadata_changes_give_a_new_zip(network, change):
    before = plan_zip(network.group).key
    change(network.course)
    network.course.save()
    publish_reviewed(network.group)  # title and description wait for the page's review
    assert plan_zip(network.group).key != before


def test_adding_a_material_to_a_collection_with_privacy_takes_it_out(network):
    from core.collections import internal_collection
    from core.models import Centre

    network.slides.collection = internal_collection(Centre.objects.get(slug="bikuben"))
    network.slides.save()
    names = [name for _material, name in plan_zip(network.group).entries]
    assert names == ["Kursplan.pdf"]


def test_same_titles_get_distinct_names(network):
    network.slides.title = "Kursplan"
    network.slides.save()
    network.cards.title = "Kursplan"
    network.cards.save()
    publish_reviewed(network.group)
    publish_reviewed(network.plan)
    from tests.materials.conftest import link

    link(network.group, network.cards)
    names = [name for _material, name in plan_zip(network.group).entries]
    assert names == ["Kursplan.pdf", "Kursplan.pptx", "Kursplan.txt"]
    network.cards.file = ContentFile(pdf_bytes("x"), name="x.pdf")
    network.cards.save()
    publish_reviewed(network.group)
    names = [name for _material, name in plan_zip(network.group).entries]
    assert names == ["Kursplan.pdf", "Kursplan.pptx", "Kursplan (2).pdf"]


def test_no_zip_for_drafts_private_pages_or_methods_without_public_materials(client, network):
    from wagtail.models import PageViewRestriction

    assert client.get(reverse("materials:method_zip", args=[network.draft.pk])).status_code == 404
    PageViewRestriction.objects.create(page=network.plan, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(reverse("materials:method_zip", args=[network.plan.pk])).status_code == 404
    network.group.materials.exclude(document=network.internal).delete()
    assert client.get(reverse("materials:method_zip", args=[network.group.pk])).status_code == 404


def test_revalidation_by_the_browser_gets_not_modified(client, network):
    response, _body = download(client, network.group)
    again = client.get(
        reverse("materials:method_zip", args=[network.group.pk]), HTTP_IF_NONE_MATCH=response["ETag"]
    )
    assert again.status_code == 304


def test_missing_file_gives_a_clear_error(client, network):
    default_storage.delete(network.slides.file.name)
    response = client.get(reverse("materials:method_zip", args=[network.group.pk]))
    assert response.status_code == 503
    message = "The files cannot be bundled right now. Download them one by one, or try again later."
    assert response.content.decode() == in_bokmal(message)


def test_unpublishing_a_method_deletes_its_cached_zip(network):
    name, _built = ensure_zip(plan_zip(network.group))
    assert default_storage.exists(name)
    network.group.unpublish()
    assert not default_storage.exists(name)
