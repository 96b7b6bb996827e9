"""The centre registry (core.Centre) is the one record of a centre: the import format, the editorial setup,
the importer and the demo read it, and renaming a centre's page renames nothing else and loses nothing."""

import json

import pytest
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from core.collections import centre_collection, internal_collection
from core.models import Centre
from importing.schema import SCHEMA_PATH
from materials.models import Material
from methods.models import CentrePage, MethodPage
from reviews.setup import ensure_editorial_setup
from tests.factories import publish_unreviewed
from tests.importing.import_helpers import run_import
from tests.importing.importdata import realistic_records, write_import_folder


def test_the_import_format_names_exactly_the_registry_centres(db):
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    enum = schema["$defs"]["method"]["properties"]["centre"]["enum"]
    assert sorted(enum) == sorted(Centre.objects.values_list("slug", flat=True))


def test_every_registry_centre_has_its_editors_group_from_the_migrations(db):
    names = {centre.slug: centre.editors_group.name for centre in Centre.objects.all()}
    assert names["varres"] == "Redaktører – Vårres"
    assert len(set(names.values())) == 6


def test_a_centre_collection_is_made_once_and_then_held_by_id(db):
    varres = Centre.objects.get(slug="varres")
    collection = centre_collection(varres)
    assert collection.name == "Vårres"
    collection.name = "Vårres – materiell"
    collection.save()
    assert centre_collection(Centre.objects.get(slug="varres")).pk == collection.pk
    internal = internal_collection(varres)
    assert internal.get_parent().pk == collection.pk
    assert internal_collection(Centre.objects.get(slug="varres")).pk == internal.pk


def test_renaming_a_centre_page_renames_nothing_else_and_loses_nothing(site_tree, tmp_path):
    page = site_tree["centres"]["bikuben"]
    bikuben = page.identity
    ensure_editorial_setup()
    records = [r for r in realistic_records() if r["centre"] == "bikuben" and r.get("materials")][:2]
    assert len(records) == 2
    run_import(write_import_folder(tmp_path / "first", records[:1]))
    collection_id = Centre.objects.get(slug="bikuben").collection_id
    first_materials = set(Material.objects.values_list("collection_id", flat=True))
    assert first_materials == {collection_id}
    group = Centre.objects.get(slug="bikuben").editors_group
    collections_before = Collection.objects.count()

    page.title = "Bikuben – regionalt brukerstyrt senter på Gjøvik"
    page.slug = "bikuben-gjovik"
    publish_unreviewed(page.save_revision())

    counts = ensure_editorial_setup()
    assert counts.get("page_permissions", 0) == 0
    assert counts.get("collection_permissions", 0) == 0
    assert Collection.objects.count() == collections_before
    renamed = Centre.objects.get(slug="bikuben")
    assert (renamed.name, renamed.collection_id, renamed.editors_group_id) == (
        "Bikuben",
        collection_id,
        group.pk,
    )
    assert GroupPagePermission.objects.filter(group=group, page=page).exists()
    assert GroupCollectionPermission.objects.filter(group=group, collection_id=collection_id).exists()

    # The import still names the centre 'bikuben', finds the renamed page and uses the same collection.
    run_import(write_import_folder(tmp_path / "second", records[1:]))
    second = MethodPage.objects.get(slug=records[1]["id"])
    assert second.centre_id == page.pk
    assert set(Material.objects.values_list("collection_id", flat=True)) == {collection_id}
    assert CentrePage.containing(second).identity == bikuben


def test_a_centre_has_one_page_per_language(site_tree):
    from django.core.exceptions import ValidationError

    other = CentrePage(
        title="Bikuben igjen",
        slug="bikuben-igjen",
        identity=Centre.objects.get(slug="bikuben"),
        full_name="x",
        health_region="sor-ost",
        intro="<p>x</p>",
        locale=site_tree["home"].locale,
    )
    with pytest.raises(ValidationError) as error:
        other.clean()
    assert "identity" in error.value.message_dict


def test_administrators_see_the_registry_in_the_admin(admin_client):
    response = admin_client.get("/admin/centres/")
    assert response.status_code == 200
    assert "Vårres" in response.content.decode()
