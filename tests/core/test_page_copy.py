"""Copying a page with its subpages in the admin is all or nothing (core.page_copy)."""

from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, copying

from tests.factories import CentrePageFactory, MethodPageFactory

pytestmark = pytest.mark.django_db


def test_a_copy_that_fails_halfway_leaves_no_pages_and_a_sound_tree(site_tree, admin_user):
    # A national editor copies Vestavind's methods to a centre that has none yet.
    source = site_tree["method_indexes"]["vestavind"]
    sagatun = CentrePageFactory(parent=site_tree["centre_index"], slug="sagatun", title="Sagatun")
    for title in ("Samtalegruppe", "Kriseplan", "Mestringskurs"):
        MethodPageFactory(parent=site_tree["method_indexes"]["vestavind"], title=title)
    pages_before = Page.objects.count()

    # The third page's copy fails (as "database is locked" or a full disk would), after two were written.
    real_copy_relations = copying._copy_m2m_relations
    calls = []

    def fail_on_third(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("the disk is full")
        return real_copy_relations(*args, **kwargs)

    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    with mock.patch.object(copying, "_copy_m2m_relations", fail_on_third):
        response = client.post(
            reverse("wagtailadmin_pages:copy", args=(source.pk,)),
            {
                "new_title": "Metoder og verktøy",
                "new_slug": "metoder-og-verktoy",
                "new_parent_page": sagatun.pk,
                "copy_subpages": "on",
                "publish_copies": "on",
            },
        )
    assert response.status_code == 500
    assert len(calls) == 3

    # Nothing of the copy is left, live or not, and Wagtail's tree check finds nothing to fix.
    assert Page.objects.count() == pages_before
    assert not sagatun.get_children().exists()
    assert all(not problems for problems in Page.find_problems())
    assert Client().get("/sentre/sagatun/metoder-og-verktoy/samtalegruppe/").status_code == 404
