"""sitemap.xml lists every language's pages with hreflang alternates, and no alias pages."""

import re

import pytest


def entries(content):
    found = {}
    for block in re.findall(r"<url>(.*?)</url>", content, re.S):
        location = re.search(r"<loc>([^<]+)</loc>", block).group(1)
        found[location] = dict(
            (code, href) for code, href in re.findall(r'hreflang="([^"]+)" href="([^"]+)"', block)
        )
    return found


@pytest.mark.django_db
def test_sitemap_lists_translations_with_alternates_and_leaves_out_aliases(client, translated_method):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    urls = entries(response.content.decode())
    path = "/sentre/bikuben/metoder-og-verktoy/kriseplan/"
    expected = {
        "nb": "http://localhost" + path,
        "en": "http://localhost/en" + path,
        "nn": "http://localhost/nn" + path,
        "x-default": "http://localhost" + path,
    }
    for location in expected.values():
        assert urls[location] == expected
    # The nynorsk centre page is an alias (bokmål text): not listed; the bokmål one is, without alternates.
    assert "http://localhost/nn/sentre/bikuben/" not in urls
    assert urls["http://localhost/sentre/bikuben/"] == {}
