"""The home page, content pages and the site layout (navigation, footer) as a visitor sees them."""

import json

import pytest
from bs4 import BeautifulSoup

from home.models import HomePageFeaturedMethod
from tests.factories import MethodPageFactory, StandardPageFactory, TargetGroupFactory, publish_unreviewed
from tests.i18n.helpers import translated


def soup(response):
    assert response.status_code == 200, response.content[:300]
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(element):
    return " ".join(element.get_text(" ").split())


def card_titles(section):
    return [text_of(card.find("h3")) for card in section.find_all("article", class_="method-card")]


@pytest.fixture
def home(site_tree):
    """Home with one featured method, three newer ones, and the two content pages the footer links to."""
    indexes = site_tree["method_indexes"]
    featured = MethodPageFactory(parent=indexes["bikuben"], title="Kompassgruppa")
    featured.target_groups.set([TargetGroupFactory(name="Pårørende", slug="parorende")])
    publish_unreviewed(featured.save_revision())
    for title, centre in [
        ("Min kriseplan", "bikuben"),
        ("Trinnvis", "vestavind"),
        ("Hjelpekortet", "vestavind"),
    ]:
        publish_unreviewed(MethodPageFactory(parent=indexes[centre], title=title).save_revision())
    home = site_tree["home"]
    HomePageFeaturedMethod.objects.create(page=home, method=featured)
    home.intro = "<p>Regionalt er knutepunktene fysiske steder.</p>"
    publish_unreviewed(home.save_revision())
    StandardPageFactory(parent=home, slug="om")
    StandardPageFactory(parent=home, slug="tilgjengelighet", title="Tilgjengelighetserklæring")
    return site_tree


def test_home_page_introduces_the_network_and_leads_into_the_library(client, home):
    html = soup(client.get("/"))
    assert html.find("title").string.strip() == "Knutepunkt for Recovery"
    hero = html.find(class_="hero")
    assert text_of(hero.find("h1")) == "Knutepunkt for Recovery"
    assert home["home"].lead in text_of(hero)
    assert "Regionalt er knutepunktene fysiske steder." in text_of(hero)
    form = hero.find("form")
    assert form["role"] == "search" and form["method"] == "get"
    assert form["action"] == home["library"].url
    field = form.find("input", attrs={"name": "q"})
    assert form.find("label", attrs={"for": field["id"]})


def test_home_page_shows_featured_and_newest_methods_and_the_centres(client, home):
    html = soup(client.get("/"))
    featured = html.find(id="featured-heading").parent
    assert card_titles(featured) == ["Kompassgruppa"]
    card = featured.find("article", class_="method-card")
    assert "Bikuben" in text_of(card.find(class_="method-card__centre"))
    assert "Pårørende" in text_of(card.find(class_="method-card__groups"))
    newest = html.find(id="newest-heading").parent
    # Newest first, without repeating the featured method.
    assert card_titles(newest) == ["Hjelpekortet", "Trinnvis", "Min kriseplan"]
    assert newest.find("a", href=home["library"].url)
    centres = html.find(id="centres-heading").parent
    assert [text_of(a) for a in centres.select(".centre-item__name")] == ["Bikuben", "Vestavind"]


def test_home_page_without_methods_still_renders(client, site_tree):
    html = soup(client.get("/"))
    assert not html.find("article", class_="method-card")
    assert not html.find(id="featured-heading")


def test_layout_has_landmarks_skip_link_navigation_and_footer_links(client, home):
    html = soup(client.get(home["centres"]["bikuben"].url))
    skip = html.find("a", class_="skip-link")
    assert skip["href"] == "#main" and html.find("main", id="main")
    assert html.find("header") and html.find("footer")
    nav = html.find("nav", class_="site-nav")
    assert [text_of(a) for a in nav.find_all("a")] == [
        translated("Methods library"),
        translated("Centres"),
        translated("About"),
    ]
    footer_links = {text_of(a): a["href"] for a in html.find("footer").find_all("a")}
    assert footer_links == {
        "Om Knutepunkt for Recovery": "/om/",
        "Tilgjengelighetserklæring": "/tilgjengelighet/",
    }
    assert html.find("footer").find("nav")["aria-label"]
    assert html.find("link", rel="stylesheet")["href"].endswith("css/site.css")


def test_footer_and_navigation_without_the_content_pages(client, site_tree):
    html = soup(client.get(site_tree["library"].url))
    assert not html.find("footer").find("nav")
    nav = html.find("nav", class_="site-nav")
    assert translated("About") not in text_of(nav)
    assert nav.find("a", attrs={"aria-current": "page"})["href"] == site_tree["library"].url


def test_standard_page_renders_its_stream_field(client, site_tree):
    body = [
        {"type": "heading", "value": "Hvem vi er"},
        {"type": "paragraph", "value": "<p>Seks regionale sentre.</p>"},
        {"type": "quote", "value": {"quote": "Erfaring er kunnskap.", "attribution": "Erfaringskonsulent"}},
        {
            "type": "callout",
            "value": {"tone": "note", "heading": "", "text": "<p>Vi svarer innen en uke.</p>"},
        },
    ]
    page = StandardPageFactory(parent=site_tree["home"], slug="om", body=json.dumps(body))
    html = soup(client.get(page.url))
    article = html.find("main").find("article")
    assert text_of(article.find("h1")) == page.title
    assert page.intro in text_of(article.find(class_="lead"))
    assert text_of(article.find("h2")) == "Hvem vi er"
    assert "Seks regionale sentre." in text_of(article)
    assert text_of(article.find("figure").find("blockquote")) == "Erfaring er kunnskap."
    assert text_of(article.find(class_="callout__type")) == translated("Note")
    crumbs = html.find("nav", class_="breadcrumbs")
    assert [text_of(a) for a in crumbs.find_all("a")] == [site_tree["home"].title]
