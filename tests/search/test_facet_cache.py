"""Facet values come from a per-process cache (search.facet_cache); what a visitor sees stays right."""

import json

import pytest
from wagtail.models import PageLogEntry

from methods.models import MethodPage
from search import facet_cache
from tests.factories import MethodPageFactory, publish_unreviewed

pytestmark = pytest.mark.django_db


@pytest.fixture
def method(site_tree):
    page = MethodPageFactory(
        parent=site_tree["method_indexes"]["bikuben"], title="Mestringskurs", kind="method"
    )
    publish_unreviewed(page.save_revision())
    return page


def kinds(client, **params):
    data = json.loads(client.get("/sok/", {"q": "mestringskurs", "format": "json", **params}).content)
    counts = {option["value"]: option["count"] for option in data["facets"]["kind"]}
    return [result["slug"] for result in data["results"]], counts


def test_a_published_change_shows_in_the_next_search(client, method):
    assert kinds(client) == (["mestringskurs"], {"method": 1, "tool": 0})
    method.kind = "tool"
    publish_unreviewed(method.save_revision())
    assert kinds(client) == (["mestringskurs"], {"method": 0, "tool": 1})
    assert kinds(client, kind="tool")[0] == ["mestringskurs"]


def test_a_change_made_by_another_process_is_seen_through_wagtails_log(client, method):
    assert kinds(client)[1] == {"method": 1, "tool": 0}
    # Another process writes the change (no signal reaches this one) and Wagtail logs its action.
    MethodPage.objects.filter(pk=method.pk).update(kind="tool")
    PageLogEntry.objects.log_action(method, "wagtail.publish")
    assert kinds(client)[1] == {"method": 0, "tool": 1}


def test_a_change_without_log_or_signal_is_seen_after_max_age(client, method, monkeypatch):
    assert kinds(client)[1] == {"method": 1, "tool": 0}
    MethodPage.objects.filter(pk=method.pk).update(kind="tool")
    assert kinds(client)[1] == {"method": 1, "tool": 0}  # cached, by design, for at most MAX_AGE
    later = facet_cache.time.monotonic() + facet_cache.MAX_AGE + 1
    monkeypatch.setattr(facet_cache.time, "monotonic", lambda: later)
    assert kinds(client)[1] == {"method": 0, "tool": 1}


def test_who_may_find_a_page_is_never_cached(client, method):
    assert kinds(client)[0] == ["mestringskurs"]
    # Unpublished behind the cache's back: the database still decides, on every search.
    MethodPage.objects.filter(pk=method.pk).update(live=False)
    slugs, counts = kinds(client)
    assert slugs == []
    assert counts == {"method": 0, "tool": 0}
