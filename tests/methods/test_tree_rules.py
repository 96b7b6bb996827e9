"""The page-type rules keep the tree in shape, and the admin offers only what fits where the editor stands."""

import pytest
from django.urls import reverse
from wagtail.models import Page, get_page_models

from home.models import HomePage, StandardPage
from methods.models import (
    CentreIndexPage,
    CentrePage,
    MethodIndexPage,
    MethodPage,
)
from search.models import MethodLibraryPage
from tests.factories import (
    CentrePageFactory,
    HomePageFactory,
    MethodPageFactory,
    StandardPageFactory,
)

# Page types of the methods tree; later issues may add other page types under the home page.
TREE_TYPES = {CentreIndexPage, CentrePage, MethodIndexPage, MethodPage, HomePage}


@pytest.fixture
def tree(site_tree):
    method = MethodPageFactory(parent=site_tree["method_indexes"]["bikuben"])
    about = StandardPageFactory(parent=site_tree["home"], slug="om")
    return {**site_tree, "method": method, "about": about}


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def creatable_at(parent):
    """Every page type (including other apps') that an editor could create under ``parent``."""
    return {model for model in get_page_models() if model is not Page and model.can_create_at(parent)}


def test_allowed_subpage_models_describe_the_tree():
    under_home = set(HomePage.allowed_subpage_models())
    assert {CentreIndexPage, MethodLibraryPage, StandardPage} <= under_home
    assert not under_home & {CentrePage, MethodIndexPage, MethodPage, HomePage}
    assert CentreIndexPage.allowed_subpage_models() == [CentrePage]
    assert CentrePage.allowed_subpage_models() == [MethodIndexPage]
    assert MethodIndexPage.allowed_subpage_models() == [MethodPage]
    assert MethodPage.allowed_subpage_models() == []
    assert MethodLibraryPage.allowed_subpage_models() == []
    assert StandardPage.allowed_subpage_models() == [StandardPage]


def test_allowed_parent_page_models():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert MethodPage.allowed_parent_page_models() == [MethodIndexPage]
    assert MethodIndexPage.allowed_parent_page_models() == [CentrePage]
    assert CentrePage.allowed_parent_page_models() == [CentreIndexPage]
    assert CentreIndexPage.allowed_parent_page_models() == [HomePage]
    assert MethodLibraryPage.allowed_parent_page_models() == [HomePage]
    assert set(StandardPage.allowed_parent_page_models()) == {HomePage, StandardPage}


def test_only_a_home_page_can_be_created_at_the_root(db):
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    assert creatable_at(root) == {HomePage}

    HomePageFactory(parent=root)

    # At most one home page per parent: the second is not offered.
    assert creatable_at(Page.get_first_root_node()) == set()


def test_a_new_home_page_offers_index_library_and_content_pages(db):
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=Page.get_first_root_node())
    offered = creatable_at(home)
    assert {CentreIndexPage, MethodLibraryPage, StandardPage} <= offered
    assert not offered & {CentrePage, MethodIndexPage, MethodPage, HomePage}
    assert offered <= set(HomePage.creatable_subpage_models())


def test_each_level_offers_only_what_fits(tree):
    # Home already has its centre index and library, which may exist once per parent.
    under_home = creatable_at(tree["home"])
    assert StandardPage in under_home
    assert not under_home & (TREE_TYPES | {MethodLibraryPage})
    assert creatable_at(tree["centre_index"]) == {CentrePage}
    # A centre already has its "Metoder og verktøy" page.
    assert creatable_at(tree["centres"]["bikuben"]) == set()
    assert creatable_at(tree["method_indexes"]["bikuben"]) == {MethodPage}
    assert creatable_at(tree["method"]) == set()
    assert creatable_at(tree["library"]) == set()
    assert creatable_at(tree["about"]) == {StandardPage}


def test_a_new_centre_gets_exactly_one_method_index(site_tree):
    centre = CentrePageFactory(parent=site_tree["centre_index"], slug="kbt", title="KBT")
    assert creatable_at(centre) == {MethodIndexPage}
    centre.add_child(instance=MethodIndexPage(title="Metoder og verktøy", slug="metoder-og-verktoy"))
    assert creatable_at(CentrePage.objects.get(pk=centre.pk)) == set()


def test_method_pages_cannot_be_moved_out_of_a_method_index(tree):
    method = tree["method"]
    assert method.can_move_to(tree["method_indexes"]["vestavind"])
    assert not method.can_move_to(tree["centres"]["vestavind"])
    assert not method.can_move_to(tree["home"])
    assert not method.can_move_to(tree["library"])


def test_centre_pages_stay_under_the_centre_index(tree):
    centre = tree["centres"]["bikuben"]
    assert not centre.can_move_to(tree["home"])
    assert not centre.can_move_to(tree["about"])
    assert not centre.can_move_to(tree["method_indexes"]["vestavind"])


def test_admin_add_subpage_lists_only_allowed_types(admin_client, site_tree):
    Page.objects.filter(depth=2).exclude(pk=site_tree["home"].pk).delete()
    # A home page without a library: the admin offers the library and content pages, nothing else.
    site_tree["library"].delete()

    response = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=[site_tree["home"].pk]))

    assert response.status_code == 200
    offered = {(app, model) for _name, app, model, _desc in response.context["page_types"]}
    assert {("search", "methodlibrarypage"), ("home", "standardpage")} <= offered
    for model in TREE_TYPES:
        assert (model._meta.app_label, model._meta.model_name) not in offered
    assert "methodlibrarypage" in response.content.decode()


@pytest.mark.parametrize(
    ("parent_key", "model_name"),
    [("method_index", "methodpage"), ("centre_index", "centrepage")],
)
def test_admin_goes_straight_to_the_only_allowed_type(admin_client, site_tree, parent_key, model_name):
    parent = site_tree["method_indexes"]["bikuben"] if parent_key == "method_index" else site_tree[parent_key]

    response = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=[parent.pk]))

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:add", args=["methods", model_name, parent.pk])


@pytest.mark.parametrize(
    ("parent_key", "app", "model_name"),
    [
        ("home", "methods", "methodpage"),
        ("home", "methods", "centrepage"),
        ("centre", "methods", "methodpage"),
        ("library", "methods", "methodpage"),
        ("home", "methods", "centreindexpage"),  # already has one
    ],
)
def test_admin_refuses_to_create_a_page_where_it_does_not_fit(
    admin_client, site_tree, parent_key, app, model_name
):
    parent = site_tree["centres"]["bikuben"] if parent_key == "centre" else site_tree[parent_key]

    response = admin_client.get(reverse("wagtailadmin_pages:add", args=[app, model_name, parent.pk]))

    # Wagtail answers PermissionDenied in the admin with a redirect to the dashboard and a message.
    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
