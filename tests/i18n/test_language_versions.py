"""Translated pages at their own addresses, with the right lang, hreflang alternates and language switcher."""

import re

import pytest
from wagtail.models import Page

from methods.models import CentrePage


def html_lang(content):
    return re.search(r'<html lang="([^"]+)"', content).group(1)


def alternates(content):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', content))


def switcher(content):
    return re.search(r'<nav class="language-switcher".*?</nav>', content, re.S).group(0)


def switcher_links(content):
    return dict(
        (code, href) for href, code in re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', switcher(content))
    )


NB_URL = "/sentre/bikuben/metoder-og-verktoy/kriseplan/"
NN_URL = "/nn/sentre/bikuben/metoder-og-verktoy/kriseplan/"
EN_URL = "/en/sentre/bikuben/metoder-og-verktoy/kriseplan/"


@pytest.mark.django_db
def test_translations_render_at_their_language_prefix_with_translated_content(client, translated_method):
    assert translated_method["nn"].url == NN_URL
    assert translated_method["en"].url == EN_URL

    nn = client.get(NN_URL)
    assert nn.status_code == 200
    assert html_lang(nn.text) == "nn"
    assert "<title>Kriseplan – Knutepunkt for Recovery</title>" in nn.text
    assert nn.context["page"].summary == "Eit verktøy for å lage ein plan saman før krisa kjem."

    en = client.get(EN_URL)
    assert en.status_code == 200
    assert html_lang(en.text) == "en"
    assert "<title>Crisis plan – Knutepunkt for Recovery</title>" in en.text
    assert en.context["page"].summary == "A tool for making a plan together before a crisis."
    # StreamField text is translated, the structure kept.
    step = en.context["page"].how_to[0].value["steps"][0]
    assert step["title"] == "Plan the first meeting"
    assert "Agree on a time and place" in str(step["text"])

    nb = client.get(NB_URL)
    assert html_lang(nb.text) == "nb"
    assert nb.context["page"].summary.startswith("Et verktøy")


@pytest.mark.django_db
def test_hreflang_lists_every_live_translation_and_bokmal_as_x_default(client, translated_method):
    expected = {
        "nb": "http://localhost" + NB_URL,
        "nn": "http://localhost" + NN_URL,
        "en": "http://localhost" + EN_URL,
        "x-default": "http://localhost" + NB_URL,
    }
    for url in (NB_URL, NN_URL, EN_URL):
        assert alternates(client.get(url).text) == expected


@pytest.mark.django_db
def test_switcher_links_to_the_same_page_in_each_translated_language(client, translated_method):
    content = client.get(NN_URL).text
    assert switcher_links(content) == {"nb": NB_URL, "en": EN_URL}
    nav = switcher(content)
    # The current language is marked, not linked; Northern Sami says plainly that there is no translation.
    assert (
        '<span class="language-switcher__current" aria-current="true"><span lang="nn">Nynorsk</span>' in nav
    )
    assert re.search(
        r'<span lang="se">Davvisámegiella</span> <span class="language-switcher__status">[^<]+</span>', nav
    )
    assert 'href="/se/' not in nav


@pytest.mark.django_db
def test_untranslated_page_says_it_is_only_in_bokmal(client, method_page):
    response = client.get(NB_URL)
    nav = switcher(response.text)
    assert "Denne siden finnes bare på bokmål." in nav
    assert switcher_links(response.text) == {}
    assert nav.count("(ikke oversatt)") == 3
    assert alternates(response.text) == {}


@pytest.mark.django_db
def test_a_language_without_the_page_redirects_to_the_page_in_its_own_language(client, translated_method):
    # No Northern Sami tree: Wagtail would serve the bokmål page under /se/ with lang="se".
    response = client.get("/se" + NB_URL + "?utm=x")
    assert response.status_code == 302
    assert response["Location"] == NB_URL + "?utm=x"
    response = client.get("/se/")
    assert response.status_code == 302
    assert response["Location"] == "/"


@pytest.mark.django_db
def test_untranslated_alias_parent_is_marked_as_bokmal_content(client, translated_method):
    # Translating the tool created the nynorsk centre page as an alias: bokmål text inside a nynorsk site.
    centre = CentrePage.objects.get(locale__language_code="nn", slug="bikuben")
    assert centre.alias_of_id is not None
    response = client.get(centre.url)
    assert response.status_code == 200
    assert html_lang(response.text) == "nn"
    assert '<main id="main" tabindex="-1" lang="nb">' in response.text
    nav = switcher(response.text)
    assert "Denne sida er ikkje omsett til nynorsk enno." in nav
    # The switcher links to the real (bokmål) page; the alias is not offered as a translation anywhere.
    assert switcher_links(response.text) == {"nb": "/sentre/bikuben/"}
    assert alternates(response.text) == {}
    assert "/nn/sentre/bikuben/" not in switcher(client.get("/sentre/bikuben/").text)


@pytest.mark.django_db
def test_search_page_switcher_keeps_the_query(client, site_tree):
    content = client.get("/sok/?q=kriseplan").text
    links = switcher_links(content)
    assert links["nn"] == "/nn/sok/?q=kriseplan"
    assert links["en"] == "/en/sok/?q=kriseplan"
    assert links["se"] == "/se/sok/?q=kriseplan"
    assert html_lang(client.get("/en/sok/").text) == "en"


@pytest.mark.django_db
def test_site_name_links_to_the_home_page_of_the_current_language(client, translated_method):
    assert '<a class="site-name" href="/nn/">' in client.get(NN_URL).text
    assert '<a class="site-name" href="/">' in client.get(NB_URL).text
    # The nynorsk home page (an alias so far) exists, so /nn/ is served rather than redirected.
    assert client.get("/nn/").status_code == 200
    assert Page.objects.filter(locale__language_code="nn", depth=2).exists()


@pytest.mark.django_db
def test_a_draft_translation_in_preview_is_the_current_language_not_untranslated(rf, method_page, superuser):
    from django.template import Context, Template
    from django.utils import translation

    from tests.i18n.helpers import submit_for_translation

    draft = submit_for_translation(method_page, "nn", user=superuser)["nn"].get_target_instance().specific
    assert not draft.live
    request = rf.get("/")
    request.is_preview = True
    with translation.override("nn"):
        html = Template('{% include "includes/language_switcher.html" %}').render(
            Context({"page": draft, "request": request})
        )
    assert (
        '<span class="language-switcher__current" aria-current="true"><span lang="nn">Nynorsk</span></span>'
        in html
    )
    assert f'<a href="{method_page.url}" hreflang="nb" lang="nb">Bokmål</a>' in html
