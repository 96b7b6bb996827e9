"""The Wagtail admin's add and edit views render for every page type of the site, for a superuser."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from tests.factories import CentrePageFactory, MethodPageFactory, StandardPageFactory


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "pw"))
    return client


@pytest.fixture
def full_tree(site_tree):
    return {
        **site_tree,
        "centre": site_tree["centres"]["bikuben"],
        "method_index": site_tree["method_indexes"]["bikuben"],
        "method": MethodPageFactory(parent=site_tree["method_indexes"]["bikuben"]),
        "about": StandardPageFactory(parent=site_tree["home"], slug="om"),
    }


@pytest.mark.parametrize(
    "key", ["home", "centre_index", "centre", "method_index", "method", "library", "about"]
)
def test_edit_view_renders(admin_client, full_tree, key):
    page = full_tree[key]

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert response.status_code == 200
    assert response.context["page"].specific_class is type(page)
    assert page.title in response.content.decode()


@pytest.mark.parametrize(
    ("parent_key", "app", "model"),
    [
        ("method_index", "methods", "methodpage"),
        ("centre_index", "methods", "centrepage"),
        ("home", "home", "standardpage"),
        ("about", "home", "standardpage"),
    ],
)
def test_add_view_renders(admin_client, full_tree, parent_key, app, model):
    parent = full_tree[parent_key]

    response = admin_client.get(reverse("wagtailadmin_pages:add", args=[app, model, parent.pk]))

    assert response.status_code == 200
    assert 'id="page-edit-form"' in response.content.decode()


def test_add_view_for_a_centres_method_index(admin_client, site_tree):
    centre = CentrePageFactory(parent=site_tree["centre_index"], slug="kbt", title="KBT")

    response = admin_client.get(
        reverse("wagtailadmin_pages:add", args=["methods", "methodindexpage", centre.pk])
    )

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("app_label", "model"), [("methods", "centreindexpage"), ("search", "methodlibrarypage")]
)
def test_add_view_for_the_home_pages_single_sections(admin_client, site_tree, app_label, model):
    # Each may exist once under the home page: remove the existing one first.
    site_tree["centre_index" if model == "centreindexpage" else "library"].delete()

    response = admin_client.get(
        reverse("wagtailadmin_pages:add", args=[app_label, model, site_tree["home"].pk])
    )

    assert response.status_code == 200


def test_add_view_for_a_home_page(admin_client, db):
    Page.objects.filter(depth=2).delete()
    root = Page.get_first_root_node()

    response = admin_client.get(reverse("wagtailadmin_pages:add", args=["home", "homepage", root.pk]))

    assert response.status_code == 200
