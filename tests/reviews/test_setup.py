"""Roles and the workflow exist on every new site; per-centre rights follow the page tree, in every language."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Workflow,
    WorkflowPage,
)

from core.models import Centre
from methods.models import CentrePage
from reviews import roles
from reviews.models import LivedExperienceReviewTask
from reviews.setup import ensure_editorial_setup
from tests.factories import CentrePageFactory, MethodPageFactory

pytestmark = pytest.mark.django_db


def page_codenames(group, page):
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def test_the_migration_creates_the_roles_and_the_workflow(db):
    names = set(Group.objects.values_list("name", flat=True))
    # Each registry centre's editors' group is made by the migrations and held by id in the registry.
    centre_groups = [centre.editors_group.name for centre in Centre.objects.select_related("editors_group")]
    assert len(centre_groups) == 6
    assert {*centre_groups, roles.REVIEWERS_GROUP, roles.NATIONAL_EDITORS_GROUP} <= names
    assert "Redaktører – Vårres" in names
    for name in [*centre_groups, roles.REVIEWERS_GROUP, roles.NATIONAL_EDITORS_GROUP]:
        assert Group.objects.get(name=name).permissions.filter(codename="access_admin").exists()

    national = Group.objects.get(name=roles.NATIONAL_EDITORS_GROUP)
    codenames = set(national.permissions.values_list("codename", flat=True))
    assert {"import_methods", "add_targetgroup", "add_theme"} <= codenames
    # Terms on published pages change only by an administrator, with a reason (methods.taxonomy_rule).
    assert not {"change_targetgroup", "delete_targetgroup", "change_theme", "delete_theme"} & codenames
    reviewers = Group.objects.get(name=roles.REVIEWERS_GROUP)
    assert set(reviewers.permissions.values_list("codename", flat=True)) == {"access_admin"}

    workflow = Workflow.objects.get(name=roles.WORKFLOW_NAME)
    review, approval = [task.specific for task in workflow.tasks]
    assert isinstance(review, LivedExperienceReviewTask)
    assert review.required_approvals == 2
    assert list(review.groups.all()) == [reviewers]
    assert type(approval) is GroupApprovalTask
    assert list(approval.groups.all()) == [national]


def test_wagtails_default_roles_and_workflow_are_gone_so_only_the_projects_roles_exist(db):
    # Wagtail's migrations make "Editors" and "Moderators" with rights on the root page and a
    # "Moderators approval" workflow on the root; reviews' migration 0004 removes them.
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    project_groups = {roles.REVIEWERS_GROUP, roles.NATIONAL_EDITORS_GROUP}
    project_groups |= {centre.editors_group.name for centre in Centre.objects.select_related("editors_group")}
    assert set(GroupPagePermission.objects.values_list("group__name", flat=True)) <= project_groups
    assert set(GroupCollectionPermission.objects.values_list("group__name", flat=True)) <= project_groups
    assert list(Workflow.objects.filter(active=True).values_list("name", flat=True)) == [roles.WORKFLOW_NAME]
    assert not WorkflowPage.objects.exclude(workflow__name=roles.WORKFLOW_NAME).exists()


def test_the_default_roles_migration_keeps_a_group_that_still_has_members(django_user_model):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("reviews.migrations.0004_remove_wagtail_default_roles")
    root = Collection.get_first_root_node()
    moderators = Group.objects.create(name="Moderators")
    moderators.user_set.add(django_user_model.objects.create_user("mona"))
    GroupCollectionPermission.objects.create(
        group=moderators, collection=root, permission=Permission.objects.get(codename="add_document")
    )
    migration.remove_default_groups(apps, None)
    moderators.refresh_from_db()
    assert not GroupCollectionPermission.objects.filter(group=moderators).exists()


def test_centre_editors_get_their_own_centre_and_its_collection(site_tree):
    bikuben = site_tree["centres"]["bikuben"]
    vestavind = site_tree["centres"]["vestavind"]
    group = Group.objects.get(name="Redaktører – Bikuben")
    assert page_codenames(group, bikuben) == {"add_page", "change_page"}
    assert not GroupPagePermission.objects.filter(group=group, page=vestavind).exists()
    collection = Collection.objects.get(name=bikuben.title)
    assert set(
        GroupCollectionPermission.objects.filter(group=group, collection=collection).values_list(
            "permission__codename", flat=True
        )
    ) == {"add_document", "change_document", "choose_document"}

    national = Group.objects.get(name=roles.NATIONAL_EDITORS_GROUP)
    assert page_codenames(national, site_tree["home"]) == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    assert WorkflowPage.objects.get(page=site_tree["centre_index"]).workflow.name == roles.WORKFLOW_NAME


def test_setup_is_idempotent(site_tree):
    before = (
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Group.objects.count(),
    )
    counts = ensure_editorial_setup()
    assert counts.get("page_permissions", 0) == 0
    assert counts.get("collection_permissions", 0) == 0
    assert counts.get("workflow_pages", 0) == 0
    call_command("setup_editorial", verbosity=0)
    after = (
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Group.objects.count(),
    )
    assert before == after


def test_a_new_centre_gets_its_editors_when_it_is_created(site_tree):
    # Creating the page is enough: no command to run.
    varres = CentrePageFactory(parent=site_tree["centre_index"], slug="varres", title="Vårres")
    group = Group.objects.get(name="Redaktører – Vårres")
    assert page_codenames(group, varres) == {"add_page", "change_page"}
    assert GroupCollectionPermission.objects.filter(group=group, collection__name="Vårres").count() == 3


def test_translated_trees_are_covered(site_tree):
    nynorsk, _created = Locale.objects.get_or_create(language_code="nn")
    home_nn = site_tree["home"].copy_for_translation(nynorsk)
    index_nn = site_tree["centre_index"].copy_for_translation(nynorsk)
    bikuben_nn = site_tree["centres"]["bikuben"].copy_for_translation(nynorsk)
    methods_nn = site_tree["method_indexes"]["bikuben"].copy_for_translation(nynorsk)

    # The nynorsk centre index has the workflow, so a nynorsk method page goes through the same review.
    assert WorkflowPage.objects.get(page=index_nn).workflow.name == roles.WORKFLOW_NAME
    page_nn = MethodPageFactory(parent=methods_nn, title="Samtalegruppe", live=False)
    assert page_nn.get_workflow().name == roles.WORKFLOW_NAME
    # Bikuben's editors may edit the nynorsk Bikuben pages; national editors the nynorsk home.
    assert page_codenames(Group.objects.get(name="Redaktører – Bikuben"), bikuben_nn) == {
        "add_page",
        "change_page",
    }
    assert "publish_page" in page_codenames(Group.objects.get(name=roles.NATIONAL_EDITORS_GROUP), home_nn)
    assert CentrePage.objects.filter(translation_key=bikuben_nn.translation_key).count() == 2


def test_pages_outside_the_centres_keep_their_own_workflow(site_tree):
    library = site_tree["library"]
    workflow = library.get_workflow()
    assert workflow is None or workflow.name != roles.WORKFLOW_NAME
    assert site_tree["method_indexes"]["bikuben"].get_workflow().name == roles.WORKFLOW_NAME


def test_administrators_set_the_number_of_reviewers_in_the_task_settings(client, editorial):
    from django.urls import reverse

    task = LivedExperienceReviewTask.objects.get()
    client.force_login(editorial.admin)
    url = reverse("wagtailadmin_workflows:edit_task", args=(task.pk,))
    assert "Approving reviewers needed" in client.get(url).content.decode()
    reviewers = Group.objects.get(name=roles.REVIEWERS_GROUP)
    response = client.post(url, {"name": task.name, "groups": [reviewers.pk], "required_approvals": "3"})
    assert response.status_code == 302
    task.refresh_from_db()
    assert task.required_approvals == 3
