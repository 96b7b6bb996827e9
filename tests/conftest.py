import pytest
from wagtail.models import Page

from tests.factories import build_site_tree

# The browser harness (fixtures browser, browser_page, browser_login) for every test directory.
pytest_plugins = ["tests.browser.harness"]


@pytest.fixture
def site_tree(db):
    """A small site: home, centre index, the Bikuben and Vestavind centres with their method indexes, library."""
    # Wagtail's initial migration creates a placeholder page as the site root; remove it.
    Page.objects.filter(depth=2).delete()
    return build_site_tree(("bikuben", "vestavind"))
