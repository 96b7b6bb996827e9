"""The language switcher on pages that are not Wagtail pages (404, search) links only within the site, whatever
path was asked for."""

from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

import pytest

OFF_SITE_PATHS = [
    "//evil.example/x",
    "/\\evil.example",
    "///evil.example",
    "/%2F%2Fevil.example",
    "//evil.example/x?a=1",
    "/nn//evil.example/x",
    "/en/\\\\evil.example",
]


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        self.urls += [value for name, value in attrs if name in ("href", "src", "action") and value]


def off_site(url, host="testserver"):
    """True for a URL a browser would resolve to another site: browsers read `\\` as `/` and any run of two
    or more leading slashes as the start of a host name."""
    normalised = url.strip().replace("\\", "/")
    parts = urlsplit(normalised)
    if parts.scheme not in ("", "http", "https"):
        return True
    if normalised.startswith("//") and not parts.netloc:
        return True  # "///evil.example": the browser skips the empty host and takes the next part
    return parts.netloc not in ("", host)


@pytest.mark.django_db
@pytest.mark.parametrize("path", OFF_SITE_PATHS)
def test_a_404_for_a_path_that_looks_like_another_site_links_only_within_the_site(client, site_tree, path):
    # PATH_INFO as a WSGI server passes it on (percent-decoded): the test client would read "//evil.example"
    # as a host name.
    response = client.get("/", PATH_INFO=unquote(path))

    assert response.status_code == 404
    collector = LinkCollector()
    collector.feed(response.content.decode())
    assert collector.urls
    assert [url for url in collector.urls if off_site(url)] == []


@pytest.mark.django_db
def test_the_switcher_on_an_unsafe_path_offers_each_languages_front_page(client, site_tree):
    response = client.get("/", PATH_INFO="//evil.example/x")

    content = response.content.decode()
    assert '<a href="/nn/" hreflang="nn"' in content
    assert '<a href="/en/" hreflang="en"' in content


@pytest.mark.django_db
def test_the_switcher_on_an_ordinary_404_still_points_at_the_same_path(client, site_tree):
    response = client.get("/finnes-ikke/")

    assert response.status_code == 404
    assert '<a href="/nn/finnes-ikke/" hreflang="nn"' in response.content.decode()
