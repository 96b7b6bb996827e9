"""A material linked only from private pages is served only to those who may see such a page."""

from urllib.parse import parse_qs, urlparse

import pytest
from django.contrib.auth.models import Group
from django.core.files.storage import default_storage
from django.db import transaction
from django.urls import reverse
from wagtail.models import PageViewRestriction, ReferenceIndex

from materials.zips import ensure_zip, plan_zip
from tests.materials.conftest import link

pytestmark = pytest.mark.django_db


def restrict(page, kind=PageViewRestriction.LOGIN, **fields):
    groups = fields.pop("groups", [])
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, **fields)
    restriction.groups.set(groups)
    return restriction


def body(response):
    return b"".join(response.streaming_content)


def assert_sent_to_login(response, url):
    assert response.status_code == 302
    target = urlparse(response["Location"])
    assert target.path == reverse("wagtailcore_login")
    assert parse_qs(target.query)["next"] == [url]
    assert "no-cache" in response["Cache-Control"]


def test_material_of_a_login_only_page_is_refused_to_anonymous_visitors(client, network):
    restrict(network.plan)
    assert_sent_to_login(client.get(network.template.url), network.template.url)


def test_logged_in_user_who_may_see_the_page_gets_the_material(client, network, django_user_model):
    restrict(network.plan)
    client.force_login(django_user_model.objects.create_user("member", password="x"))
    response = client.get(network.template.url)
    assert response.status_code == 200
    assert body(response) == network.template.file.open("rb").read()
    network.template.file.close()


def test_a_restriction_on_an_ancestor_page_counts(client, network):
    restrict(network.tree["method_indexes"]["vestavind"])
    assert client.get(network.template.url).status_code == 302


def test_group_restriction_lets_only_the_group_through(client, network, django_user_model):
    staff = Group.objects.create(name="Vestavind-ansatte")
    restrict(network.plan, PageViewRestriction.GROUPS, groups=[staff])
    outsider = django_user_model.objects.create_user("outsider", password="x")
    client.force_login(outsider)
    assert_sent_to_login(client.get(network.template.url), network.template.url)
    outsider.groups.add(staff)
    assert client.get(network.template.url).status_code == 200


def test_password_page_asks_for_the_page_password_and_then_serves_the_material(client, network):
    restriction = restrict(network.plan, PageViewRestriction.PASSWORD, password="kriseplan")
    response = client.get(network.template.url)
    assert response.status_code == 200
    action = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, network.plan.id])
    assert f'action="{action}"' in response.content.decode()
    assert b"%PDF" not in response.content and b"word/document.xml" not in response.content

    unlocked = client.post(action, {"password": "kriseplan", "return_url": network.template.url})
    assert unlocked.status_code == 302 and unlocked["Location"] == network.template.url
    assert client.get(network.template.url).status_code == 200


def test_material_also_linked_from_a_public_page_stays_public(client, network):
    restrict(network.plan)
    link(network.group, network.cards)
    assert client.get(network.cards.url).status_code == 200
    assert client.get(network.template.url).status_code == 302


def test_materials_of_public_pages_drafts_and_no_page_are_unchanged(client, network):
    restrict(network.plan)
    for material in (network.course, network.unpublished, network.orphan):
        assert client.get(material.url).status_code == 200, material.title


def test_a_document_link_in_a_private_page_text_counts(client, network):
    # Not in the page's materials list, only linked from its text (found through Wagtail's reference index).
    network.plan.aim = f'<p>Se <a linktype="document" id="{network.orphan.pk}">arket</a>.</p>'
    network.plan.save()
    with transaction.atomic():
        ReferenceIndex.create_or_update_for_object(network.plan)
    assert client.get(network.orphan.url).status_code == 200  # the page is public
    restrict(network.plan)
    assert client.get(network.orphan.url).status_code == 302


def test_private_page_materials_are_absent_from_the_public_library_and_zip(client, network):
    link(network.group, network.cards)
    restrict(network.plan)
    html = client.get(network.library.url).content.decode()
    assert "Kriseplanmal" not in html
    assert "Samtalekort" in html  # also on a public page
    assert client.get(reverse("materials:method_zip", args=[network.plan.pk])).status_code == 404


def test_a_page_made_private_loses_its_cached_zip(network):
    name, _built = ensure_zip(plan_zip(network.plan))
    assert default_storage.exists(name)
    restrict(network.plan)
    assert not default_storage.exists(name)
