"""The /sok/ page, its JSON form and the autocomplete, as a visitor or an integration sees them."""

import json

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from core.text import sort_key
from tests.factories import MethodPageFactory, TargetGroupFactory, publish_unreviewed

SEARCH = "/sok/"


def nb(msgid, plural=None, number=None, **params):
    """The text the bokmål page shows for an English msgid (the site's default language is bokmål)."""
    with translation.override("nb"):
        text = translation.ngettext(msgid, plural, number) if plural else translation.gettext(msgid)
    return text % params if params or plural else text


def get_json(client, **params):
    response = client.get(SEARCH, {**params, "format": "json"})
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"].startswith("application/json")
    return json.loads(response.content)


def slugs(data):
    return [result["slug"] for result in data["results"]]


def counts(data, facet):
    return {option["value"]: option["count"] for option in data["facets"][facet]}


def test_json_lists_ranked_methods_with_what_integrations_need(corpus, db, client):
    data = get_json(client, q="kriseplan")
    first = data["results"][0]
    assert first["slug"] == "min-kriseplan"
    assert first["title"] == "Min kriseplan"
    assert first["url"].endswith("/min-kriseplan/")
    assert first["kind"] == "tool"
    assert first["centre"] == {"slug": "bikuben", "title": "Bikuben"}
    assert first["id"] == corpus["pages"]["min-kriseplan"].pk
    assert first["has_materials"] is True
    assert "<mark>plan</mark>" in first["snippet_html"]  # the compound's part, marked
    assert data["total"] == len(data["results"]) >= 1
    assert set(data["facets"]) == {
        "centre",
        "region",
        "kind",
        "target",
        "theme",
        "research",
        "experience",
        "materials",
        "lang",
    }


def test_facet_counts_are_disjunctive_and_filters_combine(corpus, db, client):
    everything = get_json(client, q="pårørende")
    target_counts = counts(everything, "target")
    assert target_counts["unge"] >= 1 and target_counts["barn"] >= 1

    young = get_json(client, q="pårørende", target="unge")
    assert young["total"] == target_counts["unge"]
    assert all("unge" in [group["slug"] for group in result["target_groups"]] for result in young["results"])
    # The selected facet still counts its other values, so a second value can be added.
    assert counts(young, "target")["barn"] == target_counts["barn"]

    either = get_json(client, q="pårørende", target=["unge", "barn"])
    assert either["total"] > young["total"]

    narrowed = get_json(client, q="pårørende", target="unge", centre="rom-agder")
    assert slugs(narrowed) == ["ungdomsgruppe-rus"]


def test_region_kind_knowledge_and_materials_facets(corpus, db, client):
    west = get_json(client, region="vest")
    assert west["total"] >= 5 and all(result["centre"]["slug"] == "vestavind" for result in west["results"])

    tools = get_json(client, kind="tool", centre="vestavind")
    assert slugs(tools) == ["samtalekort"]

    strong = get_json(client, research="strong-evidence")
    assert set(slugs(strong)) == {"jobbmestring", "bolig-forst", "psykoedukasjon-familie"}

    with_materials = get_json(client, materials="1")
    assert set(slugs(with_materials)) == {"mestringsgruppe-parorende", "min-kriseplan", "samtalekort"}
    assert counts(get_json(client), "materials")["1"] == 3


def test_unknown_facet_values_are_ignored_and_reported(corpus, db, client):
    data = get_json(client, q="mestring", target="finnes-ikke", kind="<script>")
    assert data["total"] == get_json(client, q="mestring")["total"]
    assert len(data["notes"]) == 2
    response = client.get(SEARCH, {"q": "mestring", "kind": "<script>alert(1)</script>"})
    assert b"<script>alert(1)" not in response.content
    assert b"&lt;script&gt;alert(1)" in response.content


def test_sorting_by_newest_and_title(corpus, db, client):
    newest = get_json(client, sort="newest")
    assert slugs(newest)[0] == "turgruppe"  # published five days before the others' dates
    by_title = get_json(client, sort="title", per_page=50)
    titles = [result["title"] for result in by_title["results"]]
    assert titles == sorted(titles, key=sort_key)
    assert get_json(client, q="mestring")["sort"] == "relevance"
    assert get_json(client)["sort"] == "newest"


@pytest.mark.parametrize(
    "page, expected",
    [("2", 2), ("-3", 1), ("99999999999999999999", 4), ("abc", 1), ("", 1), ("٣", 1)],
)
def test_pagination_accepts_any_page_number(corpus, db, client, page, expected):
    data = get_json(client, per_page="10", page=page)
    assert data["num_pages"] == 4  # 36 methods in bokmål
    assert data["page"] == expected


def test_pagination_links_are_accessible(corpus, db, client):
    content = client.get(SEARCH, {"per_page": "10", "page": "2"}).content.decode()
    assert f'aria-label="{nb("Result pages")}"' in content
    assert 'aria-current="page"' in content
    assert 'rel="prev"' in content and 'rel="next"' in content


def test_searches_the_visitors_language_unless_all_languages_are_asked_for(corpus, db, client):
    bokmal = get_json(client, q="mestringsgruppe")
    assert {result["language"] for result in bokmal["results"]} == {"nb"}
    assert counts(bokmal, "lang")["nn"] == 1

    everything = get_json(client, q="mestringsgruppe", lang="all")
    assert {"nb", "nn", "en"} <= {result["language"] for result in everything["results"]}

    nynorsk = json.loads(client.get("/nn/sok/", {"q": "meistringsgruppe", "format": "json"}).content)
    assert nynorsk["language"] == "nn"
    assert [result["title"] for result in nynorsk["results"]] == ["Meistringsgruppe for pårørande"]


def test_results_show_kind_centre_profile_groups_snippet_and_why(corpus, db, client):
    content = client.get(SEARCH, {"q": "meistring"}).content.decode()
    assert "Meistringskurs for ungdom" in content or "<mark>Meistringskurs</mark>" in content
    result = content[content.index('class="search-result"') :]
    result = result[: result.index("</article>")]
    assert "Vestavind" in result
    assert "<mark>" in result
    assert "knowledge-profile" in result
    assert "Unge" in result
    assert nb("Matched in:") in result
    assert nb("“%(word)s” also finds", word="meistring") in content and "“mestring”" in content


def test_editor_text_is_escaped_in_titles_and_snippets(corpus, db, client):
    MethodPageFactory(
        parent=corpus["method_indexes"]["bikuben"],
        title="Skadelig <script>alert('x')</script> metode",
        summary="Sammendrag med <b>fet</b> skrift og <img src=x onerror=alert(1)> bilde om brannøvelse.",
    )
    content = client.get(SEARCH, {"q": "brannøvelse"}).content.decode()
    assert "<script>alert" not in content and "<img src=x" not in content
    assert "&lt;script&gt;" in content
    assert "<mark>brannøvelse</mark>" in content


def test_zero_results_say_so_and_offer_ways_on(corpus, db, client):
    content = client.get(SEARCH, {"q": "kvantefysikk", "kind": "tool"}).content.decode()
    heading = nb(
        "%(counter)s method or tool for “%(query)s”",
        "%(counter)s methods and tools for “%(query)s”",
        number=0,
        counter=0,
        query="kvantefysikk",
    )
    assert heading in content
    assert nb("No methods or tools matched “%(query)s”.", query="kvantefysikk") in content
    assert nb("Remove all filters and search again") in content
    assert nb("Browse by target group") in content and "?target=parorende" in content
    assert nb("Search in all languages") in content


def test_typing_errors_are_corrected(corpus, db, client):
    data = get_json(client, q="mestrinsgruppe")
    assert data["corrected_from"] == "mestrinsgruppe"
    assert data["searched_for"]["terms"] == ["mestringsgruppe"]
    assert slugs(data)[0] == "mestringsgruppe-parorende"
    content = client.get(SEARCH, {"q": "mestrinsgruppe"}).content.decode()
    expected = nb(
        "Nothing was found for “%(typed)s”. Showing results for “%(shown)s”.",
        typed="mestrinsgruppe",
        shown="mestringsgruppe",
    )
    assert expected in content


def test_a_query_with_all_words_missing_from_every_method_falls_back_to_any_word(corpus, db, client):
    data = get_json(client, q="kriseplan fotballtrening")
    assert data["relaxed"] is True
    assert slugs(data)[0] == "min-kriseplan"


def test_centre_and_content_pages_are_found_too(corpus, db, client):
    data = get_json(client, q="knutepunktene")
    assert "Om Knutepunkt for Recovery" in [page["title"] for page in data["other_pages"]]
    content = client.get(SEARCH, {"q": "Tromsø"}).content.decode()
    assert nb("Centres and pages") in content and ">Vårres<" in content


def test_autocomplete_suggests_titles(corpus, db, client):
    response = client.get(reverse("search_autocomplete"), {"q": "mestrings"})
    titles = [item["title"] for item in json.loads(response.content)["suggestions"]]
    assert "Mestringsgruppe for pårørende" in titles
    assert "Mestringskurs: Kurs i å mestre angst" in titles
    assert json.loads(client.get(reverse("search_autocomplete"), {"q": '"*)'}).content)["suggestions"] == []


def test_search_page_works_without_javascript(corpus, db, client):
    content = client.get(SEARCH, {"q": "mestring"}).content.decode()
    assert '<form class="search-form" role="search" method="get"' in content
    assert 'href="?q=mestring&amp;target=' in content  # facets are plain links
    assert "search-autocomplete.js" in content


def test_publishing_indexes_target_groups_and_renaming_them_reindexes(corpus, db, client):
    page = MethodPageFactory(parent=corpus["method_indexes"]["kbt"], title="Tilbud i fengsel", slug="fengsel")
    group = TargetGroupFactory(name="Innsatte", slug="innsatte")
    page.target_groups.set([group])
    publish_unreviewed(page.save_revision())
    assert slugs(get_json(client, q="innsatte")) == ["fengsel"]

    group.name = "Personer i fengsel og varetekt"
    group.save()
    assert slugs(get_json(client, q="varetekt")) == ["fengsel"]


def test_unpublished_methods_are_not_found(corpus, db, client):
    Page.objects.get(pk=corpus["pages"]["min-kriseplan"].pk).specific.unpublish()
    assert "min-kriseplan" not in slugs(get_json(client, q="kriseplan"))


def test_methods_library_page_lists_through_the_same_search(corpus, db, client):
    library = corpus["library"]
    response = client.get(library.url, {"q": "pårørande", "target": "parorende"})
    assert response.status_code == 200
    methods = response.context["methods"]
    assert [page.slug for page in methods][0] == "samtalegruppe-parorande"
    assert methods.paginator.count == get_json(client, q="pårørande", target="parorende")["total"]

    tools = client.get(library.url, {"kind": "tool"})
    assert {page.slug for page in tools.context["methods"]} == {
        "min-kriseplan",
        "sikkerhetsplan-selvmord",
        "samtalekort",
        "ansettelse-erfaring",
    }
    content = tools.content.decode()
    assert 'id="facet-target"' in content and "<mark>" not in content
    assert client.get(library.url, {"page": "-4", "q": '"unbalanced'}).status_code == 200
