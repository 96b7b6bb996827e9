"""Internal materials: visible on the method page, downloadable only after logging in, never public."""

from urllib.parse import parse_qs, urlparse

import pytest
from django.urls import reverse
from django.utils import translation

from materials.models import Material
from tests.materials.conftest import render_section

pytestmark = pytest.mark.django_db


def test_anonymous_download_of_internal_material_redirects_to_login(client, network):
    response = client.get(network.internal.url)
    assert response.status_code == 302
    target = urlparse(response["Location"])
    assert target.path == reverse("wagtailcore_login")
    assert parse_qs(target.query)["next"] == [network.internal.url]


def test_logged_in_user_gets_the_internal_file(client, network, django_user_model):
    client.force_login(django_user_model.objects.create_user("member", password="x"))
    response = client.get(network.internal.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_method_page_shows_internal_material_and_asks_anonymous_visitors_to_log_in(network):
    html = render_section(network.group)
    card = next(chunk for chunk in html.split('<li class="material') if "Intern veileder" in chunk)
    assert "Internal material, only for members of the network." in card
    assert "Log in to download" in card
    with translation.override("en"):  # the language render_section uses
        login = reverse("wagtailcore_login")
    assert f'href="{login}?next=' in card
    # The file's own address is not offered to someone who cannot use it.
    assert f'href="{network.internal.url}' not in card


def test_method_page_gives_logged_in_users_the_internal_link(network, django_user_model):
    html = render_section(network.group, user=django_user_model.objects.create_user("member", password="x"))
    card = next(chunk for chunk in html.split('<li class="material') if "Intern veileder" in chunk)
    assert f'href="{network.internal.url}?method={network.group.pk}"' in card
    assert "Log in to download" not in card


def test_public_queryset_and_library_leave_internal_materials_out(client, network):
    assert network.internal not in Material.objects.public()
    assert list(Material.objects.restricted()) == [network.internal]
    assert "Intern veileder" not in client.get(network.library.url).content.decode()


def test_privacy_on_a_parent_collection_applies_to_its_children(client, network):
    from wagtail.models import BaseViewRestriction, CollectionViewRestriction

    parent = network.course.collection
    child = parent.add_child(name="Kurs")
    network.course.collection = child
    network.course.save()
    CollectionViewRestriction.objects.create(collection=parent, restriction_type=BaseViewRestriction.LOGIN)
    assert network.course.is_restricted
    assert network.course not in Material.objects.public()
    assert client.get(network.course.url).status_code == 302
