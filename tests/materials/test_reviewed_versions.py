"""A material on a reviewed, live method page: the public keeps the reviewed version until a review."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.users.models import UserProfile

from materials.models import Material
from methods.publishing import reviewed_publication
from tests.materials.conftest import link, pdf_bytes, render_section
from tests.reviews.conftest import editorial  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db

NEW_BYTES = pdf_bytes("ny versjon")


@pytest.fixture
def admin_client(django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def staff_member(django_user_model):
    """Someone with admin access but no rights on the material's collection (as a reviewer has)."""
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.create(name="Panel")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = django_user_model.objects.create_user("randi", password="x")
    user.groups.add(group)
    return user


@pytest.fixture
def everyone(client, staff_member):
    reviewer = Client()
    reviewer.force_login(staff_member)
    return client, reviewer


def edit(admin_client, material, title, description="Et nytt hefte.", content=NEW_BYTES, name="nytt.pdf"):
    data = {
        "title": title,
        "description": description,
        "collection": material.collection_id,
        "licence": material.licence,
        "language": material.language,
        "audiences": material.audience_list,
    }
    if content is not None:
        data["file"] = SimpleUploadedFile(name, content)
    response = admin_client.post(reverse("wagtaildocs:edit", args=[material.pk]), data)
    assert response.status_code == 302, response.content
    return Material.objects.get(pk=material.pk)


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response, b"".join(response.streaming_content)


def zip_contents(client, method):
    response = client.get(reverse("materials:method_zip", args=[method.pk]))
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    return {name: archive.read(name) for name in archive.namelist()}


def test_a_replaced_file_waits_for_review_and_the_public_keeps_the_reviewed_one(
    admin_client, everyone, staff_member, network, django_capture_on_commit_callbacks
):
    public, reviewer = everyone
    old_bytes = network.course.file.read()
    network.course.file.close()
    old_name, url = network.course.file.name, network.course.url
    with django_capture_on_commit_callbacks(execute=True):
        material = edit(admin_client, network.course, "Kursplan, ny utgave", "Nå med øvelser.")

    assert material.has_pending_version
    assert material.url == url  # the address stays the same
    assert default_storage.exists(old_name)
    # Visitors: the reviewed file, title and description, everywhere.
    assert download(public, url)[1] == old_bytes
    assert zip_contents(public, network.group)["Kursplan.pdf"] == old_bytes
    section = render_section(network.group)
    assert "Kursplan" in section and "ny utgave" not in section and "øvelser" not in section
    page = public.get(network.group.url).content.decode()
    assert "ny utgave" not in page
    library = public.get(network.library.url).content.decode()
    assert "Kursplan" in library and "ny utgave" not in library
    # The editorial team: the new version, in a response that shared caches keep apart by session.
    response, content = download(reviewer, url)
    assert content == NEW_BYTES
    assert "Cookie" in response["Vary"]
    staff_section = render_section(network.group, user=staff_member)
    assert "Kursplan, ny utgave" in staff_section and "Nå med øvelser." in staff_section
    assert "waiting for lived-experience review" in staff_section
    assert "waiting for lived-experience review" not in section


def test_the_edit_form_shows_the_new_version_and_says_it_waits(admin_client, network):
    edit(admin_client, network.course, "Kursplan, ny utgave")
    response = admin_client.get(reverse("wagtaildocs:edit", args=[network.course.pk]))
    content = response.content.decode()
    assert 'value="Kursplan, ny utgave"' in content
    assert "waits for lived-experience review" in content


def test_a_review_makes_the_new_version_public_and_removes_the_old_file(
    admin_client, client, network, django_capture_on_commit_callbacks
):
    old_name = network.course.file.name
    edit(admin_client, network.course, "Kursplan, ny utgave", "Nå med øvelser.")
    with django_capture_on_commit_callbacks(execute=True):
        with reviewed_publication(network.group):
            network.group.save_revision().publish()

    material = Material.objects.get(pk=network.course.pk)
    assert not material.has_pending_version
    assert material.title == "Kursplan, ny utgave"
    assert download(client, material.url)[1] == NEW_BYTES
    assert zip_contents(client, network.group)["Kursplan, ny utgave.pdf"] == NEW_BYTES
    assert "Nå med øvelser." in render_section(network.group)
    assert not default_storage.exists(old_name)


def test_a_material_shared_by_two_pages_goes_public_with_the_first_review(
    admin_client, client, network, django_capture_on_commit_callbacks
):
    link(network.plan, network.course)
    edit(admin_client, network.course, "Kursplan, ny utgave")
    with django_capture_on_commit_callbacks(execute=True):
        with reviewed_publication(network.plan):
            network.plan.save_revision().publish()
    assert "Kursplan, ny utgave" in render_section(network.group)


def test_an_unreviewed_publication_does_not_let_the_new_version_out(admin_client, client, network):
    from tests.factories import publish_unreviewed

    edit(admin_client, network.course, "Kursplan, ny utgave")
    publish_unreviewed(network.group.save_revision())
    assert Material.objects.get(pk=network.course.pk).title == "Kursplan"


def test_a_second_replacement_replaces_the_pending_file_only(
    admin_client, client, network, django_capture_on_commit_callbacks
):
    old_name = network.course.file.name
    with django_capture_on_commit_callbacks(execute=True):
        first = edit(admin_client, network.course, "Kursplan", content=pdf_bytes("første"), name="a.pdf")
        first_pending = first.pending_file.name
        second = edit(admin_client, first, "Kursplan", content=pdf_bytes("andre"), name="b.pdf")
    assert default_storage.exists(old_name)
    assert not default_storage.exists(first_pending)
    assert default_storage.exists(second.pending_file.name)
    assert second.file.name == old_name


def test_changing_only_the_text_keeps_the_file_and_the_date(admin_client, client, network):
    before = Material.objects.get(pk=network.course.pk)
    material = edit(admin_client, network.course, "Kursplan, ny utgave", content=None)
    assert material.has_pending_version
    assert material.title == "Kursplan" and material.pending_title == "Kursplan, ny utgave"
    assert material.updated_at == before.updated_at
    assert material.file.name == before.file.name


def test_setting_the_reviewed_text_back_leaves_nothing_waiting(admin_client, network):
    edit(admin_client, network.course, "Kursplan, ny utgave", content=None)
    material = edit(admin_client, network.course, "Kursplan", network.course.description, content=None)
    assert not material.has_pending_version


def test_code_that_replaces_a_file_is_held_back_too(client, network):
    network.course.file = ContentFile(NEW_BYTES, name="kursplan-ny.pdf")
    network.course.save()
    assert network.course.has_pending_version
    assert download(client, network.course.url)[1] != NEW_BYTES


def test_a_material_on_no_live_page_changes_at_once(
    admin_client, client, network, django_capture_on_commit_callbacks
):
    old_name = network.unpublished.file.name
    material = edit(admin_client, network.unpublished, "Nytt hefte")
    assert not material.has_pending_version
    assert material.title == "Nytt hefte"
    assert download(client, material.url)[1] == NEW_BYTES
    assert not default_storage.exists(old_name)


def test_a_pending_version_applies_once_its_pages_are_no_longer_live(admin_client, client, network):
    edit(admin_client, network.course, "Kursplan, ny utgave")
    network.group.unpublish()
    material = edit(
        admin_client, Material.objects.get(pk=network.course.pk), "Kursplan, ny utgave", content=None
    )
    assert not material.has_pending_version
    assert material.title == "Kursplan, ny utgave"
    assert download(client, material.url)[1] == NEW_BYTES


def test_through_the_real_workflow_reviewers_see_the_new_file_and_their_approval_lets_it_out(
    editorial,  # noqa: F811 - the fixture imported above
    django_capture_on_commit_callbacks,
):
    from core.collections import centre_collection
    from core.models import Centre
    from tests.factories import MaterialFactory, MethodPageFactory
    from tests.reviews.conftest import approve, workflow_action

    page = MethodPageFactory(parent=editorial.tree["method_indexes"]["bikuben"], title="Kriseplan")
    material = MaterialFactory(
        title="Kriseplanmal",
        file=ContentFile(pdf_bytes("gammel"), name="mal.pdf"),
        collection=centre_collection(Centre.objects.get(slug="bikuben")),
    )
    link(page, material)
    material.file = ContentFile(NEW_BYTES, name="mal-ny.pdf")
    material.save()
    page.save_revision(user=editorial.bikuben_editor)
    page.get_workflow().start(page, editorial.bikuben_editor)

    anonymous, reviewer = Client(), Client()
    reviewer.force_login(editorial.reviewer)
    assert download(anonymous, material.url)[1] == pdf_bytes("gammel")
    assert download(reviewer, material.url)[1] == NEW_BYTES  # what the panel reviews
    with django_capture_on_commit_callbacks(execute=True):
        approve(reviewer, page)
        reviewer.force_login(editorial.reviewer2)
        approve(reviewer, page)
        reviewer.force_login(editorial.national)
        workflow_action(reviewer, page, "approve", comment="")
    page.refresh_from_db()
    assert page.live and page.current_workflow_state is None
    material.refresh_from_db()  # the address names the new file now
    assert download(anonymous, material.url)[1] == NEW_BYTES
