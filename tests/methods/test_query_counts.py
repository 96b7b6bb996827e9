"""SQL queries per public page for an anonymous visitor: a regression test against N+1 queries.

Each page is rendered twice with the Django test client, once with a little content and once with much
more (materials, target groups, themes, related methods, usages, methods per centre); the number of
queries must be the same both times and stay under a bound. Counts are taken on the second request to
the same URL, as a running server sees it: the first request also loads the site root, locales and
settings that Wagtail caches per process.
"""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.collections import internal_collection
from core.models import Centre
from methods.models import MethodPageMaterial, MethodPageRelatedMethod, MethodPageUsage
from reviews.models import ReviewerProfile, ReviewRecord
from tests.factories import (
    MaterialFactory,
    MethodPageFactory,
    TargetGroupFactory,
    ThemeFactory,
    publish_unreviewed,
)
from tests.materials.conftest import MaterialLibraryPageFactory

pytestmark = pytest.mark.django_db

# Upper bounds: what was measured on 2026-11-23 (in brackets) plus a margin, so that a new query or two for
# a feature is fine but a query per item, or per level of a new lookup, is not. Most of each page's queries
# are Wagtail's own: the site, routing through the tree (two queries per level), locales, view restrictions.
BOUNDS = {
    "method": 38,  # (33) materials, review badge, related methods, JSON-LD
    "home": 25,  # (21)
    "centre": 23,  # (19)
    "library": 35,  # (31) facet counts: one query per facet
    "materials_library": 25,  # (21)
}


def count_queries(client, url):
    """Queries of the second GET of url (the first warms per-process caches), with the response."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), response, [query["sql"] for query in queries.captured_queries]


def reviewed(page, reviewer):
    """A completed lived-experience review of the page, with the reviewer's name shown."""
    ReviewRecord.objects.create(
        page=page,
        revision=page.latest_revision,
        review_round=page.pk * 1000,
        reviewer=reviewer,
        decision=ReviewRecord.Decision.APPROVED,
        completed_review=True,
        created_at=timezone.now() - timedelta(days=3),
    )


def build_centre(index, centre_slug, size, reviewer):
    """`size` methods under the centre, each with `size` materials (the first one internal), target
    groups, themes and usages, a completed review, and `size - 1` related methods on the first method;
    returns the first method."""
    groups = [TargetGroupFactory(name=f"Målgruppe {n}", slug=f"malgruppe-{n}") for n in range(size)]
    themes = [ThemeFactory(name=f"Tema {n}", slug=f"tema-{n}") for n in range(size)]
    internal = internal_collection(Centre.objects.get(slug=centre_slug))
    methods = []
    for number in range(size):
        method = MethodPageFactory(
            parent=index, title=f"Metode {centre_slug} {number}", slug=f"metode-{number}"
        )
        method.target_groups = groups
        method.themes = themes
        for position in range(size):
            extra = {"collection": internal} if position == 0 else {}
            material = MaterialFactory(title=f"Hefte {centre_slug} {number}-{position}", **extra)
            method.materials.add(MethodPageMaterial(document=material, sort_order=position))
            method.usages.add(MethodPageUsage(name=f"Kommune {position}", kind="municipality"))
        publish_unreviewed(method.save_revision())
        reviewed(method, reviewer)
        methods.append(method)
    first = methods[0]
    for position, other in enumerate(methods[1:]):
        MethodPageRelatedMethod.objects.create(page=first, method=other, sort_order=position)
    return first


def test_query_counts_do_not_grow_with_content(site_tree, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    material_library = MaterialLibraryPageFactory(parent=site_tree["home"], per_page=50)  # all on one page
    reviewer = get_user_model().objects.create_user("panel", first_name="Kari", last_name="Nordmann")
    ReviewerProfile.objects.create(user=reviewer, show_name_publicly=True)
    listings = {
        "home": site_tree["home"].url,
        "library": site_tree["library"].url,
        "materials_library": material_library.url,
    }

    def counts(centre_slug, size):
        method = build_centre(site_tree["method_indexes"][centre_slug], centre_slug, size, reviewer)
        cache.clear()
        urls = {"method": method.url, "centre": site_tree["centres"][centre_slug].url, **listings}
        return {name: count_queries(client, url) for name, url in urls.items()}

    # Bikuben: 2 methods with 2 of everything; then Vestavind: 6 methods with 6 of everything, so that the
    # listings (home, libraries) show 8 methods and 28 public materials instead of 2 and 2.
    small = counts("bikuben", 2)
    large = counts("vestavind", 6)
    print(
        "\nqueries per page, 2 of each:", {name: n for name, (n, _r, _s) in small.items()},
        "\nqueries per page, 6 of each:", {name: n for name, (n, _r, _s) in large.items()},
    )  # fmt: skip

    method_html = large["method"][1].content.decode()
    for text in (
        "Hefte vestavind 0-5",
        "Målgruppe 5",
        "Tema 5",
        "Kommune 5",
        "Metode vestavind 5",
        "Kari Nordmann",
    ):
        assert text in method_html, text
    assert "Metode vestavind 5" in large["library"][1].content.decode()
    # Every public material on one page of the materials library: 1 + 1 from Bikuben, 6 × 5 from Vestavind.
    materials_html = large["materials_library"][1].content.decode()
    assert materials_html.count('<li class="material">') == 32 and "Hefte vestavind 5-5" in materials_html
    for name, bound in BOUNDS.items():
        small_count, large_count, sql = small[name][0], large[name][0], large[name][2]
        assert large_count == small_count, (name, small_count, large_count, "\n".join(sql))
        assert large_count <= bound, (name, large_count, "\n".join(sql))
