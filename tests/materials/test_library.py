"""The materials library: which materials it lists, the filters, and their counts."""

import pytest
from django.template.defaultfilters import filesizeformat
from django.utils import timezone, translation

from materials.catalogue import library_entries
from materials.facets import apply
from tests.factories import publish_reviewed
from tests.materials.conftest import in_bokmal

pytestmark = pytest.mark.django_db


def listed_titles(response):
    return [item.material.title for item in response.context["items"]]


def facet(response, key):
    for entry in response.context["facets"]:
        if entry["key"] == key:
            return {option["value"]: option["count"] for option in entry["options"]}
    return {}


def test_lists_public_materials_of_live_methods_only(client, network):
    response = client.get(network.library.url)
    assert response.status_code == 200
    assert sorted(listed_titles(response)) == sorted(
        ["Kursplan", "Lysark til første møte", "Kriseplanmal", "Samtalekort"]
    )
    html = response.content.decode()
    for hidden in ("Intern veileder", "Utkast til hefte", "Løst ark"):
        assert hidden not in html
    assert response.context["result_count"] == 4


def test_each_material_shows_what_an_educator_needs(client, network):
    html = client.get(network.library.url).content.decode()
    card = next(chunk for chunk in html.split('<li class="material') if "Kriseplanmal" in chunk)
    assert network.plan.url in card  # the method it belongs to
    assert "Word" in card  # the sniffed format, not the extension
    assert "CC BY-NC 4.0" in card
    assert str(network.template.licence_allows) in card  # what the licence allows, in one sentence
    assert "nynorsk" in card.lower()
    with translation.override("nb"):
        assert filesizeformat(network.template.file_size) in card  # human units, e.g. "261 byte"
    assert f'datetime="{timezone.localtime(network.template.updated_at):%Y-%m-%d}"' in card
    assert f'href="{network.template.url}"' in card


def test_single_filters(client, network):
    url = network.library.url
    assert listed_titles(client.get(url, {"format": "pdf"})) == ["Kursplan"]
    assert sorted(listed_titles(client.get(url, {"centre": "vestavind"}))) == ["Kriseplanmal", "Samtalekort"]
    assert sorted(listed_titles(client.get(url, {"theme": "mestring"}))) == [
        "Kriseplanmal",
        "Kursplan",
        "Lysark til første møte",
        "Samtalekort",
    ]
    assert listed_titles(client.get(url, {"language": "nn"})) == ["Kriseplanmal"]
    assert listed_titles(client.get(url, {"licence": "CC0-1.0"})) == ["Samtalekort"]
    assert sorted(listed_titles(client.get(url, {"target_group": "parorende"}))) == [
        "Kursplan",
        "Lysark til første møte",
    ]


def test_filters_combine_and_counts_follow_the_other_filters(client, network):
    response = client.get(network.library.url, {"audience": "educators", "theme": "mestring"})
    assert sorted(listed_titles(response)) == ["Kursplan", "Lysark til første møte", "Samtalekort"]
    # Counts for a facet ignore that facet's own choice but respect every other one.
    assert facet(response, "audience") == {"educators": 3, "practitioners": 2, "participants": 1}
    assert facet(response, "format") == {"pdf": 1, "pptx": 1, "txt": 1}
    assert facet(response, "centre") == {"bikuben": 2, "vestavind": 1}
    assert facet(response, "theme") == {"mestring": 3, "krise": 1}

    narrower = client.get(
        network.library.url, {"audience": "educators", "theme": "mestring", "centre": "vestavind"}
    )
    assert listed_titles(narrower) == ["Samtalekort"]
    assert facet(narrower, "format") == {"txt": 1}
    assert facet(narrower, "centre") == {"bikuben": 2, "vestavind": 1}
    assert facet(narrower, "licence") == {"CC0-1.0": 1}


def test_counts_shown_next_to_options(client, network):
    html = client.get(network.library.url, {"centre": "bikuben"}).content.decode()
    assert '<option value="pdf">PDF (1)</option>' in html
    assert '<option value="pptx">PowerPoint (1)</option>' in html
    # No Word file at Bikuben: the option is left out rather than offered with nothing behind it.
    assert '<option value="docx">' not in html
    assert '<option value="bikuben" selected>Bikuben (2)</option>' in html


def test_no_match_and_unknown_values(client, network):
    response = client.get(network.library.url, {"centre": "bikuben", "language": "nn"})
    assert listed_titles(response) == []
    assert in_bokmal("No materials match these filters.") in response.content.decode()
    # A value no option has is ignored instead of emptying the list.
    assert len(listed_titles(client.get(network.library.url, {"format": "exe"}))) == 4


def test_active_filter_can_be_removed(client, network):
    response = client.get(network.library.url, {"centre": "vestavind", "format": "txt"})
    removals = {f["label"]: f["remove_url"] for f in response.context["active_filters"]}
    assert set(removals) == {"Vestavind", "Text"}
    assert "format=txt" in removals["Vestavind"] and "centre" not in removals["Vestavind"]
    assert len(listed_titles(client.get(network.library.url + removals["Text"]))) == 2


def test_multiple_values_in_one_filter_are_alternatives(network):
    entries, _labels = library_entries(network.library.locale)
    selected = {"format": {"pdf", "docx"}, "audience": {"practitioners", "educators"}}
    passing, counts = apply(entries, selected)
    titles = sorted(entry.material.title for entry in passing)
    assert titles == ["Kriseplanmal", "Kursplan"]
    assert counts["format"] == {"pdf": 1, "docx": 1, "pptx": 1, "txt": 1}


def test_pagination_keeps_filters(client, network):
    network.library.per_page = 1
    network.library.save()
    response = client.get(network.library.url, {"theme": "mestring", "page": 2})
    assert response.context["materials_page"].number == 2
    assert len(listed_titles(response)) == 1
    html = response.content.decode()
    assert "theme=mestring&amp;page=3" in html and "theme=mestring&amp;page=1" in html
    everything = [
        listed_titles(client.get(network.library.url, {"theme": "mestring", "page": n}))[0]
        for n in range(1, 5)
    ]
    assert sorted(everything) == ["Kriseplanmal", "Kursplan", "Lysark til første møte", "Samtalekort"]


def test_sorted_by_title_in_norwegian_order_or_by_update(client, network):
    network.orphan.title = "Ålesund-ark"
    network.orphan.save()
    network.unpublished.title = "Øvelser"
    network.unpublished.save()
    from tests.materials.conftest import link

    link(network.plan, network.orphan, network.unpublished)
    titles = listed_titles(client.get(network.library.url))
    assert titles[-2:] == ["Øvelser", "Ålesund-ark"]
    network.course.description = "Oppdatert"
    network.course.save()
    publish_reviewed(network.group)  # the new description goes public with the page's review
    assert listed_titles(client.get(network.library.url, {"sort": "updated"}))[0] == "Kursplan"


def test_private_method_pages_are_left_out(client, network):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=network.plan, restriction_type=PageViewRestriction.LOGIN)
    assert sorted(listed_titles(client.get(network.library.url))) == ["Kursplan", "Lysark til første møte"]
