"""The public templates of centres, methods and the library, as a visitor (or a search engine) reads them."""

import json
from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils.timezone import localdate

from methods.models import MethodPage
from methods.models.methods import LEVEL_EXPLANATIONS, MethodPageRelatedMethod, MethodPageUsage
from methods.templatetags.method_tags import doi_url
from tests.factories import (
    CentrePageFactory,
    MethodIndexPageFactory,
    MethodPageFactory,
    TargetGroupFactory,
    ThemeFactory,
    publish_unreviewed,
)
from tests.i18n.helpers import translated

HOW_TO = [
    {"type": "paragraph", "value": "<p>Gruppen møtes i senterets lokaler, med kaffe og god tid.</p>"},
    {
        "type": "steps",
        "value": {
            "heading": "Slik kommer dere i gang",
            "steps": [
                {"title": "Finn to gruppeledere", "text": "<p>En erfaringskonsulent og en ansatt.</p>"},
                {"title": "Inviter deltakere", "text": "<p>Bruk invitasjonen i materiellet.</p>"},
                {"title": "Hold første møte", "text": ""},
            ],
        },
    },
    {
        "type": "quote",
        "value": {"quote": "Jeg var ikke alene lenger.", "attribution": "Pårørende, deltaker i 2023"},
    },
    {
        "type": "callout",
        "value": {"tone": "important", "heading": "Taushetsplikt", "text": "<p>Avtal regler.</p>"},
    },
]
REFERENCES = [
    {
        "type": "reference",
        "value": {
            "title": "Leamy mfl.: Conceptual framework for personal recovery in mental health",
            "url": "",
            "doi": "10.1192/bjp.bp.110.083733",
            "year": 2011,
        },
    },
    {
        "type": "reference",
        "value": {
            "title": "Helsedirektoratet: Pårørendeveileder",
            "url": "https://www.helsedirektoratet.no/veiledere/parorendeveileder",
            "doi": "",
            "year": 2017,
        },
    },
]


def soup(response):
    assert response.status_code == 200, response.content[:300]
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(element):
    return " ".join(element.get_text(" ").split())


@pytest.fixture
def method(site_tree):
    """A method page with every field filled in, as an editor would."""
    relatives = TargetGroupFactory(name="Pårørende", slug="parorende")
    theme = ThemeFactory(name="Mestring", slug="mestring")
    page = MethodPageFactory(
        parent=site_tree["method_indexes"]["bikuben"],
        title="Mestringsgruppe for pårørende",
        slug="mestringsgruppe-for-parorende",
        research_level="theory-based",
        experience_level="user-evaluated",
        practice_level="ready-to-spread",
        research_assessed_by="Senteret selv",
        target_group_description="Voksne pårørende til personer med psykiske helseutfordringer.",
        how_to=json.dumps(HOW_TO),
        references=json.dumps(REFERENCES),
        prerequisites="<p>Et rom til tolv personer.</p>",
        training="<p>Kurs for gruppeledere ved senteret.</p>",
        contact="Kurskoordinator ved Bikuben",
        contact_email="kurs@example.org",
        last_substantive_update=date(2025, 3, 1),
    )
    page.target_groups.set([relatives])
    page.themes.set([theme])
    MethodPageUsage.objects.create(page=page, name="Gjøvik kommune", kind="municipality")
    tool = MethodPageFactory(
        parent=site_tree["method_indexes"]["vestavind"], title="Min kriseplan", kind="tool"
    )
    MethodPageRelatedMethod.objects.create(page=page, method=tool)
    publish_unreviewed(page.save_revision())
    return MethodPage.objects.get(pk=page.pk)


def test_method_page_shows_its_content_in_reading_order(client, method):
    html = soup(client.get(method.url))
    article = html.find("article", class_="method")
    assert text_of(article.find("h1")) == method.title
    assert text_of(html.find(class_="kind-badge")) == translated("Method")
    headings = [text_of(h2) for h2 in article.find_all("h2") if h2.get("id") != "page-contents-heading"]
    expected = ["In brief", "Aim", "Who it is for", "Lived-experience origin", "Knowledge profile"]
    expected += [
        "Knowledge base",
        "How to carry it out",
        "Practical facts",
        "Themes",
        "Related methods and tools",
    ]
    expected += ["Contact"]
    # The materials section (its own include) may sit between; the page's own sections keep this order.
    assert [heading for heading in headings if heading in map(translated, expected)] == list(
        map(translated, expected)
    )
    assert method.summary in text_of(article.find("p", class_="lead"))
    assert method.plain_summary in text_of(html.find(class_="plain-summary"))
    assert "Voksne pårørende" in text_of(html.find(id="target-groups"))
    assert "Utviklet av pårørende" in text_of(html.find(id="lived-experience"))


def test_method_page_knowledge_profile_has_three_dimensions_explained_and_is_not_a_score(client, method):
    html = soup(client.get(method.url))
    profile = html.find(id="knowledge-profile")
    dimensions = profile.find_all("li", class_="knowledge-dimension")
    assert [text_of(d.find("h3")) for d in dimensions] == [
        translated("Research-based knowledge"),
        translated("Experience-based knowledge"),
        translated("Practice knowledge"),
    ]
    research, experience, practice = dimensions
    assert text_of(research.find(class_="knowledge-dimension__level")) == translated("Theoretically grounded")
    assert str(LEVEL_EXPLANATIONS["research"]["theory-based"]) in text_of(research)
    assert "Senteret selv" in text_of(research)
    assert text_of(experience.find(class_="knowledge-dimension__level")) == translated(
        "Tried and evaluated by users"
    )
    assert str(LEVEL_EXPLANATIONS["experience"]["user-evaluated"]) in text_of(experience)
    assert text_of(practice.find(class_="knowledge-dimension__level")) == translated("Ready to spread")
    # The step is said in words and drawn: theory-based is level 4 of the 7 research levels.
    assert translated("Level %(step)s of %(steps)s", step=4, steps=7) in text_of(research)
    assert translated("Level %(step)s of %(steps)s", step=3, steps=3) in text_of(practice)
    meter = research.find(class_="meter")
    assert meter["aria-hidden"] == "true"
    assert len(meter.find_all(class_="meter__step")) == 7
    assert len(meter.find_all(class_="meter__step--filled")) == 4
    note = text_of(profile.find(class_="knowledge-profile__note"))
    assert (
        translated(
            "The profile describes the knowledge this builds on, as three kinds of knowledge side by side. It is a "
            "description, not a recommendation, and the three are never added up to one score."
        )
        == note
    )


def test_method_page_blocks_references_and_practical_facts(client, method):
    html = soup(client.get(method.url))
    how_to = html.find(id="how-to")
    steps = how_to.find("ol", class_="steps")
    assert [text_of(li.find(class_="step__title")) for li in steps.find_all("li")] == [
        "Finn to gruppeledere",
        "Inviter deltakere",
        "Hold første møte",
    ]
    quote = how_to.find("figure", class_="lived-quote")
    assert "Jeg var ikke alene lenger." in text_of(quote.find("blockquote"))
    assert "Pårørende, deltaker i 2023" in text_of(quote.find("figcaption"))
    callout = how_to.find(class_="callout")
    assert text_of(callout.find(class_="callout__type")) == translated(
        "Important"
    )  # not told by colour alone
    assert "Taushetsplikt" in text_of(callout)

    references = html.find(id="evidence").find("ol", class_="references").find_all("li")
    assert len(references) == 2
    assert references[0].find("a", href="https://doi.org/10.1192/bjp.bp.110.083733")
    assert "(2011)" in text_of(references[0])
    assert references[1].find("a", href="https://www.helsedirektoratet.no/veiledere/parorendeveileder")

    facts = {
        text_of(row.find("dt")): row.find("dd")
        for row in html.find(id="practical").find_all(class_="facts__row")
    }
    assert text_of(facts[translated("Duration")]) == method.duration
    assert text_of(facts[translated("Group size")]) == method.group_size
    assert "Et rom til tolv personer." in text_of(facts[translated("Prerequisites and resources")])
    assert "Gjøvik kommune" in text_of(facts[translated("In use here")])


def test_method_page_links_themes_related_contact_and_dates(client, method, site_tree):
    html = soup(client.get(method.url))
    library = site_tree["library"].url
    assert html.find(id="themes").find("a", href=f"{library}?theme=mestring")
    related = html.find(id="related")
    assert related.find("a", string="Min kriseplan")["href"].endswith("/min-kriseplan/")
    contact = html.find(id="contact")
    assert "Kurskoordinator ved Bikuben" in text_of(contact)
    assert contact.find("a", href="mailto:kurs@example.org")
    meta = html.find(class_="method__meta")
    # The site's time zone (Europe/Oslo): between 23:00 and 00:00 UTC that is already the next day.
    assert meta.find("time", datetime=localdate(method.first_published_at).isoformat())
    assert meta.find("time", datetime="2025-03-01")
    assert translated("Last substantive update") in text_of(meta)


def test_contact_falls_back_to_the_centre(client, site_tree):
    centre = site_tree["centres"]["bikuben"]
    centre.email = "post@bikuben.example"
    publish_unreviewed(centre.save_revision())
    page = MethodPageFactory(parent=site_tree["method_indexes"]["bikuben"], contact="")
    contact = soup(client.get(page.url)).find(id="contact")
    assert centre.full_name in text_of(contact)
    assert contact.find("a", href="mailto:post@bikuben.example")


def test_json_ld_describes_the_method_and_cannot_be_broken_out_of(client, method, site_tree):
    method.title = 'Gruppe </script><script>alert("x")</script> for pårørende'
    publish_unreviewed(method.save_revision())
    response = client.get(method.url)
    content = response.content.decode()
    assert 'alert("x")' not in content
    scripts = soup(response).find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    data = json.loads(scripts[0].string)
    assert data["@context"] == "https://schema.org"
    assert data["name"] == method.title
    assert data["description"] == method.summary
    assert data["url"].endswith(method.url)
    assert data["inLanguage"] == "nb"
    assert data["datePublished"] == localdate(method.first_published_at).isoformat()
    assert data["dateModified"] == "2025-03-01"
    assert data["publisher"] == {
        "@type": "Organization",
        "name": site_tree["centres"]["bikuben"].full_name,
        "url": site_tree["centres"]["bikuben"].full_url,
    }
    assert data["audience"] == [{"@type": "Audience", "audienceType": "Pårørende"}]
    assert data["keywords"] == "Mestring"


def test_html_in_text_fields_is_shown_as_text(client, site_tree):
    page = MethodPageFactory(
        parent=site_tree["method_indexes"]["bikuben"],
        summary="Et tilbud <script>alert(1)</script> for pårørende.",
        plain_summary="<b>Kort</b> fortalt.",
    )
    content = client.get(page.url).content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "Et tilbud &lt;script&gt;alert(1)&lt;/script&gt; for pårørende." in content
    assert "&lt;b&gt;Kort&lt;/b&gt; fortalt." in content


def test_breadcrumbs_navigation_and_footer(client, method, site_tree):
    html = soup(client.get(method.url))
    crumbs = html.find("nav", class_="breadcrumbs")
    assert [text_of(a) for a in crumbs.find_all("a")] == [
        site_tree["home"].title,
        site_tree["centre_index"].title,
        site_tree["centres"]["bikuben"].title,
        site_tree["method_indexes"]["bikuben"].title,
    ]
    assert text_of(crumbs.find(attrs={"aria-current": "page"})) == method.title
    nav = html.find("nav", class_="site-nav")
    links = {text_of(a): a for a in nav.find_all("a")}
    assert links[translated("Methods library")]["href"] == site_tree["library"].url
    # The method lives in the centres' part of the tree.
    assert links[translated("Centres")]["aria-current"] == "true"
    search = html.find("form", class_="site-search")
    assert search["method"] == "get" and search["action"] == "/sok/"
    assert search.find("input", attrs={"name": "q"})


def test_empty_centre_fields_leave_no_empty_labels(client, site_tree):
    labels = [translated(label) for label in ("Visiting address", "Phone", "Email", "Website", "Founded")]
    bare = CentrePageFactory(
        parent=site_tree["centre_index"], slug="kbt", title="KBT", town="", address="", phone="", email=""
    )
    MethodIndexPageFactory(parent=bare)
    html = soup(client.get(bare.url))
    assert not html.find("dl", class_="facts")
    assert not html.find("dt")
    assert not any(label in text_of(html.find("main")) for label in labels)
    assert text_of(html.find(class_="centre__place")) == "Helse Sør-Øst"

    full = CentrePageFactory(
        parent=site_tree["centre_index"],
        slug="vestavind-2",
        title="Vestavind",
        town="Sandnes",
        county="Rogaland",
        address="Storgata 1\n4306 Sandnes",
        phone="+47 51 00 00 00",
        email="post@vestavind.example",
        website="https://vestavind.example",
        founded_year=2018,
    )
    html = soup(client.get(full.url))
    assert [text_of(dt) for dt in html.find("dl", class_="facts").find_all("dt")] == labels
    assert html.find("a", href="tel:+4751000000")
    assert text_of(html.find(class_="centre__place")) == "Sandnes, Rogaland · Helse Sør-Øst"


def test_centre_lists_its_methods_and_index_pages_render(client, method, site_tree):
    centre = site_tree["centres"]["bikuben"]
    html = soup(client.get(centre.url))
    cards = html.find_all("article", class_="method-card")
    assert [text_of(card.find("h3")) for card in cards] == [method.title]
    assert "Pårørende" in text_of(cards[0].find(class_="method-card__groups"))
    assert not cards[0].find(class_="method-card__centre")  # the centre's own page need not repeat it

    other = soup(client.get(site_tree["centres"]["vestavind"].url))
    assert card_titles(other) == ["Min kriseplan"]

    index = soup(client.get(site_tree["centre_index"].url))
    assert [text_of(a) for a in index.select(".centre-list .centre-item__name")] == ["Bikuben", "Vestavind"]

    method_index = soup(client.get(site_tree["method_indexes"]["bikuben"].url))
    assert [text_of(card.find("h3")) for card in method_index.find_all("article", class_="method-card")] == [
        method.title
    ]


@pytest.fixture
def library(site_tree):
    """Five methods and tools at two centres, newest last, two per page."""
    library = site_tree["library"]
    library.per_page = 2
    publish_unreviewed(library.save_revision())
    pages = []
    for number, (centre, kind) in enumerate(
        [
            ("bikuben", "method"),
            ("bikuben", "tool"),
            ("vestavind", "method"),
            ("vestavind", "tool"),
            ("bikuben", "method"),
        ]
    ):
        pages.append(
            MethodPageFactory(
                parent=site_tree["method_indexes"][centre],
                title=f"Metode {number}",
                slug=f"metode-{number}",
                kind=kind,
            )
        )
    return library


def card_titles(html):
    return [text_of(card.find("h3")) for card in html.find_all("article", class_="method-card")]


def test_library_lists_cards_newest_first_with_working_filter_form(client, library):
    html = soup(client.get(library.url))
    assert card_titles(html) == ["Metode 4", "Metode 3"]
    card = html.find("article", class_="method-card")
    assert text_of(card.find(class_="kind-badge")) == translated("Method")
    assert "Bikuben" in text_of(card.find(class_="method-card__centre"))

    form = html.find("form", class_="library-filters")
    assert form["method"] == "get"
    assert [
        option["value"] for option in form.find("select", attrs={"name": "centre"}).find_all("option")
    ] == [
        "",
        "bikuben",
        "vestavind",
    ]
    assert form.find("select", attrs={"name": "kind"})
    assert form.find("label", attrs={"for": "library-centre"}) and form.find(
        "label", attrs={"for": "library-kind"}
    )

    tools = soup(client.get(library.url, {"centre": "bikuben", "kind": "tool"}))
    assert card_titles(tools) == ["Metode 1"]
    selected = tools.find("select", attrs={"name": "centre"}).find("option", selected=True)
    assert selected["value"] == "bikuben"
    assert tools.find("select", attrs={"name": "kind"}).find("option", selected=True)["value"] == "tool"

    vestavind = soup(client.get(library.url, {"centre": "vestavind"}))
    assert card_titles(vestavind) == ["Metode 3", "Metode 2"]


def test_library_keeps_other_filters_when_the_form_is_sent(client, library):
    relatives = TargetGroupFactory(name="Pårørende", slug="parorende")
    for page in MethodPage.objects.filter(slug__in=["metode-0", "metode-1", "metode-2"]):
        page.target_groups.set([relatives])
        page.save()
    html = soup(client.get(library.url, {"target": "parorende", "kind": "method"}))
    assert card_titles(html) == ["Metode 2", "Metode 0"]
    hidden = html.find("form", class_="library-filters").find(
        "input", type="hidden", attrs={"name": "target"}
    )
    assert hidden["value"] == "parorende"


def test_library_pagination(client, library):
    first = soup(client.get(library.url))
    pager = first.find("nav", class_="pagination")
    assert pager["aria-label"] == translated("Pages of methods and tools")
    current = pager.find("a", attrs={"aria-current": "page"})
    assert text_of(current).endswith("1")
    numbers = [text_of(a).split()[-1] for a in pager.find_all("a") if not a.get("rel")]
    assert numbers == ["1", "2", "3"]
    next_link = pager.find("a", rel="next")["href"]
    assert "page=2" in next_link

    second = soup(client.get(library.url + next_link))
    assert card_titles(second) == ["Metode 2", "Metode 1"]
    assert second.find("nav", class_="pagination").find("a", rel="prev")

    beyond = soup(client.get(library.url, {"page": "99"}))
    assert card_titles(beyond) == ["Metode 0"]
    assert text_of(beyond.find("nav", class_="pagination").find(attrs={"aria-current": "page"})).endswith("3")

    for garbage in ("abc", "-1", "2.5", "٣"):
        assert card_titles(soup(client.get(library.url, {"page": garbage}))) == ["Metode 4", "Metode 3"]

    # Filters are kept when paging.
    filtered = soup(client.get(library.url, {"centre": "bikuben"}))
    assert "centre=bikuben" in filtered.find("nav", class_="pagination").find("a", rel="next")["href"]


def test_library_says_when_nothing_matches(client, library):
    empty = soup(client.get(library.url, {"q": "finnesikkenoesteds"}))
    assert card_titles(empty) == []
    assert empty.find(class_="no-results")
    assert not empty.find("nav", class_="pagination")


def test_doi_links_accept_the_forms_editors_paste():
    assert doi_url("10.1000/xyz123") == "https://doi.org/10.1000/xyz123"
    assert doi_url(" doi:10.1000/xyz123 ") == "https://doi.org/10.1000/xyz123"
    assert doi_url("https://doi.org/10.1000/xyz123") == "https://doi.org/10.1000/xyz123"
    assert doi_url("http://dx.doi.org/10.1000/a<b>") == "https://doi.org/10.1000/a%3Cb%3E"
    assert doi_url("") == ""


def test_500_page_needs_no_request_or_database(django_assert_num_queries, db):
    with django_assert_num_queries(0):
        content = render_to_string("500.html")
    html = BeautifulSoup(content, "html.parser")
    assert text_of(html.find("h1")) == translated("Something went wrong")
    assert html.find("a", href="/")


def test_404_page_uses_the_site_layout(client, site_tree):
    response = client.get("/finnes-ikke/")
    assert response.status_code == 404
    html = BeautifulSoup(response.content.decode(), "html.parser")
    assert text_of(html.find("h1")) == translated("Page not found")
    assert html.find("a", class_="skip-link")
    assert html.find("main").find("a", href=site_tree["library"].url)
