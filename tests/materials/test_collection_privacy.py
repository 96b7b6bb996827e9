"""Only administrators change a collection's privacy (Wagtail's privacy dialog), and the history says who."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from wagtail.models import BaseViewRestriction, CollectionViewRestriction, GroupCollectionPermission
from wagtail.models.audit_log import ModelLogEntry

from core.collections import internal_collection
from core.models import Centre

pytestmark = pytest.mark.django_db


@pytest.fixture
def internal(network):
    return internal_collection(Centre.objects.get(slug="bikuben"))


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def collection_manager(django_user_model, internal):
    """An editor who was given "change collection" on the centre's collections (Wagtail allows it)."""
    group = Group.objects.create(name="Samlinger")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupCollectionPermission.objects.create(
        group=group,
        collection=internal.get_parent(),
        permission=Permission.objects.get(codename="change_collection"),
    )
    user = django_user_model.objects.create_user("kari", password="x")
    user.groups.add(group)
    return user


def set_privacy(client, collection, restriction_type, **data):
    url = reverse("wagtailadmin_collections:set_privacy", args=[collection.pk])
    return client.post(url, {"restriction_type": restriction_type, **data})


# Without a test transaction around it, as requests run on the site (no ATOMIC_REQUESTS): the refusal happens
# inside Django's delete transaction, which then rolls back on its own. serialized_rollback restores what the
# migrations wrote (locales, content types, roles) for the tests that follow, as the browser tests do.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_editor_cannot_lift_or_change_the_privacy_of_internal_materials(
    client, collection_manager, internal, network
):
    editor = client_for(collection_manager)
    assert editor.get(reverse("wagtailadmin_collections:set_privacy", args=[internal.pk])).status_code == 200
    # Wagtail's admin answers a refusal by sending the user back to the dashboard with a message.
    assert set_privacy(editor, internal, "none").status_code == 302
    assert set_privacy(editor, internal, "password", password="hemmelig").status_code == 302
    restriction = CollectionViewRestriction.objects.get(collection=internal)
    assert restriction.restriction_type == BaseViewRestriction.LOGIN
    assert client.get(network.internal.url).status_code == 302  # still internal for the public


def test_an_administrator_lifts_it_and_the_collection_history_names_who(
    client, django_user_model, internal, network
):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    response = set_privacy(client_for(admin), internal, "none")
    assert response.status_code == 200
    assert not CollectionViewRestriction.objects.filter(collection=internal).exists()
    assert client.get(network.internal.url).status_code == 200
    entry = ModelLogEntry.objects.get(action="wagtail.view_restriction.delete")
    assert entry.user == admin
    assert entry.object_id == str(internal.pk)
    assert entry.data["restriction"]["type"] == BaseViewRestriction.LOGIN


def test_an_administrator_setting_privacy_is_logged_too(django_user_model, network):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    collection = network.course.collection
    assert set_privacy(client_for(admin), collection, "login").status_code == 200
    entry = ModelLogEntry.objects.get(
        object_id=str(collection.pk), action__startswith="wagtail.view_restriction"
    )
    assert entry.action == "wagtail.view_restriction.create"
    assert entry.user == admin
