"""Internal materials (collections with a view restriction) never make a method findable by their words."""

import json

import pytest
from wagtail.models import BaseViewRestriction, CollectionViewRestriction

from core.collections import centre_collection, internal_collection
from core.models import Centre
from methods.models import MethodPage, MethodPageMaterial
from tests.factories import MaterialFactory, MethodPageFactory, publish_reviewed, publish_unreviewed

pytestmark = pytest.mark.django_db


def found(client, word):
    response = client.get("/sok/", {"q": word, "format": "json"})
    assert response.status_code == 200
    return [result["slug"] for result in json.loads(response.content)["results"]]


@pytest.fixture
def method_with_materials(site_tree, django_capture_on_commit_callbacks):
    public = MaterialFactory(
        title="Arbeidsark",
        description="Øvelser med solsikkefrø",
        collection=centre_collection(Centre.objects.get(slug="bikuben")),
    )
    internal = MaterialFactory(
        title="Intern rutine",
        description="Rutiner for blåbærsyltetøy",
        collection=internal_collection(Centre.objects.get(slug="bikuben")),
    )
    page = MethodPageFactory(parent=site_tree["method_indexes"]["bikuben"], slug="kompass")
    for order, material in enumerate((public, internal)):
        MethodPageMaterial.objects.create(page=page, document=material, sort_order=order)
    with django_capture_on_commit_callbacks(execute=True):
        publish_unreviewed(MethodPage.objects.get(pk=page.pk).save_revision())
    return page


def test_a_public_materials_words_find_the_method_and_an_internal_ones_do_not(client, method_with_materials):
    assert found(client, "solsikkefrø") == ["kompass"]
    assert found(client, "blåbærsyltetøy") == []


def test_making_a_collection_private_takes_its_words_out_of_search(
    client, method_with_materials, django_capture_on_commit_callbacks
):
    public_collection = centre_collection(Centre.objects.get(slug="bikuben"))
    with django_capture_on_commit_callbacks(execute=True):
        restriction = CollectionViewRestriction.objects.create(
            collection=public_collection, restriction_type=BaseViewRestriction.LOGIN
        )
    assert found(client, "solsikkefrø") == []

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert found(client, "solsikkefrø") == ["kompass"]


def test_a_changed_material_description_is_searchable(
    client, method_with_materials, django_capture_on_commit_callbacks
):
    material = MethodPage.objects.get(pk=method_with_materials.pk).materials.first().document
    material.description = "Øvelser med tyttebær"
    with django_capture_on_commit_callbacks(execute=True):
        material.save()
        publish_reviewed(method_with_materials)  # the new description goes public with the page's review
    assert found(client, "tyttebær") == ["kompass"]
