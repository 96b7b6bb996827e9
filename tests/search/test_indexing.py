"""Index updates: one background task per save normally; during an import, a few tasks for everything."""

import json

import pytest
from django.test import override_settings
from django_tasks import default_task_backend
from wagtail.models import ReferenceIndex

from methods.models import MethodPage
from search import indexing
from search.indexing import batched_index_updates
from tests.factories import MethodPageFactory, publish_unreviewed
from tests.importing.import_helpers import run_first_migration, run_import

pytestmark = pytest.mark.django_db

DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def queued():
    """{task name: [args]} of the tasks queued so far (the dummy backend keeps them, runs nothing)."""
    found = {}
    for result in default_task_backend.results:
        found.setdefault(result.task.name, []).append(result.args)
    return found


def found_slugs(client, query):
    data = json.loads(client.get("/sok/", {"q": query, "format": "json", "lang": "all"}).content)
    return {result["slug"] for result in data["results"]}


@override_settings(TASKS=DUMMY_TASKS)
def test_each_save_queues_an_index_update_outside_a_batch(site_tree):
    page = MethodPageFactory(parent=site_tree["method_indexes"]["bikuben"], title="Kriseplan")
    publish_unreviewed(page.save_revision())
    updates = queued()["update_indexes"]
    assert len(updates) >= 2  # created, then published: each save queues its own update
    assert {tuple(key) for search, _references in updates for key in search} == {
        ("methods", "methodpage", str(page.pk))
    }


@override_settings(TASKS=DUMMY_TASKS)
def test_a_batch_queues_one_update_per_object_when_it_ends(site_tree):
    with batched_index_updates():
        pages = []
        for number in range(3):
            page = MethodPageFactory(
                parent=site_tree["method_indexes"]["bikuben"], title=f"Kriseplan {number}"
            )
            publish_unreviewed(page.save_revision())
            pages.append(page)
        assert queued() == {}  # nothing while the block runs
    tasks = queued()
    assert list(tasks) == ["update_indexes"] and len(tasks["update_indexes"]) == 1
    search, references = tasks["update_indexes"][0]
    expected = {("methods", "methodpage", str(page.pk)) for page in pages}
    assert sorted(map(tuple, search)) == sorted(expected)  # each page once, however often it was saved
    assert expected <= set(map(tuple, references))


@override_settings(TASKS=DUMMY_TASKS)
def test_a_batch_that_fails_queues_nothing(site_tree):
    with pytest.raises(RuntimeError), batched_index_updates():
        MethodPageFactory(parent=site_tree["method_indexes"]["bikuben"], title="Kriseplan")
        raise RuntimeError("the import was rejected")
    assert queued() == {}


def test_an_import_is_searchable_and_referenced_after_its_batch_runs(
    client, six_centres, import_folder, import_records
):
    # Tests run tasks at once (ImmediateBackend): the batch's tasks have run when the import returns.
    # A first migration, so that the pages are live and searchable without a review run.
    run_first_migration(import_folder)
    record = next(record for record in import_records if record["published"])
    page = MethodPage.objects.get(slug=record["id"], locale__language_code="nb")
    assert page.slug in found_slugs(client, record["title"])
    assert ReferenceIndex.get_references_for_object(page).exists()


def test_update_indexes_skips_objects_deleted_since_they_were_queued(site_tree):
    page = MethodPageFactory(parent=site_tree["method_indexes"]["bikuben"], title="Kriseplan")
    key = ["methods", "methodpage", str(page.pk)]
    missing = ["methods", "methodpage", "999999"]
    assert indexing.update_indexes.call([missing, key], [missing, key]) == 2


@override_settings(TASKS=DUMMY_TASKS)
def test_an_import_queues_each_object_once_instead_of_each_save(six_centres, import_folder, import_records):
    run_import(import_folder)
    tasks = queued()
    pages = {str(pk) for pk in MethodPage.objects.values_list("pk", flat=True)}
    assert not any(args[1] == "methodpage" for args in tasks.get("insert_or_update_object_task", []))
    assert "update_reference_index_task" not in tasks
    (search, references), *more = tasks["update_indexes"]
    assert not more
    assert sorted(pk for _app, model, pk in search if model == "methodpage") == sorted(pages)
    assert pages <= {pk for _app, model, pk in references if model == "methodpage"}
    # A page's material links are indexed with the page (Wagtail indexes a child row as its parent).
    assert not any(model == "methodpagematerial" for _app, model, _pk in references)


def test_deleting_a_method_or_material_removes_it_from_the_search_backends(site_tree, monkeypatch):
    """The database backends also lose the entry by cascade; Elasticsearch only through this call."""
    from modelsearch import index

    from materials.models import Material
    from tests.factories import MaterialFactory

    removed = []
    monkeypatch.setattr(
        index, "remove_object", lambda instance: removed.append((type(instance), instance.pk))
    )
    page = MethodPageFactory(parent=site_tree["method_indexes"]["bikuben"], title="Kriseplan")
    material = MaterialFactory(title="Arbeidshefte om kriseplaner")
    MethodPage.objects.get(pk=page.pk).delete()
    Material.objects.get(pk=material.pk).delete()
    assert {(MethodPage, page.pk), (Material, material.pk)} <= set(removed)
