"""Whatever a visitor or a script sends to /sok/, the answer is a page or JSON, never an error 500."""

import json
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.query import MAX_QUERY_LENGTH, parse
from tests.search.test_search_page import nb

NASTY = [
    "",
    " ",
    "x" * 10_000,
    "pårørende " * 2_000,
    "!!!???...",
    '"',
    '"mestring',
    'kurs "i mestring',
    '""',
    "AND OR NOT",
    "mestring AND pårørende OR -kurs",
    "-",
    "--",
    "-mestring",
    "mestring*",
    "mes*ring^2 title:kurs NEAR(a b)",
    "'; DROP TABLE wagtailcore_page; --",
    "' OR 1=1 --",
    "1) UNION SELECT password FROM auth_user --",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{ 7*7 }} {% debug %}",
    "\x00\x01\x1f",
    "mestring\x00gruppe",
    "%00%27%22",
    "\\",
    "\\\\'\"",
    "😀 🙂",
    "ᚠᛇᚻ ℵ 𝔐𝔢𝔰𝔱𝔯𝔦𝔫𝔤",
    "​\u200b\u2028\u2029\ufeff",
    "a" * 61,
    "ø",
    "og i på",
]
FACET_KEYS = [
    "centre",
    "region",
    "kind",
    "target",
    "theme",
    "research",
    "experience",
    "materials",
    "lang",
    "sort",
]
VALID = {
    "centre": ["bikuben", "vestavind"],
    "kind": ["method", "tool"],
    "target": ["parorende", "unge"],
    "lang": ["nb", "nn", "all", "xx"],
    "sort": ["relevance", "newest", "title", "random"],
}

queries = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=300),
    st.text(alphabet=string.punctuation + " æøå", max_size=50),
    st.lists(
        st.sampled_from(["mestring", "AND", "-", '"', "pårørende", "*", "(", ")", ":", "OR"]), max_size=12
    ).map(" ".join),
)
page_numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.text(max_size=30),
    st.sampled_from(["0", "-1", "1.5", "1e9", "NaN", "Infinity", "２", ""]),
)
facet_values = st.one_of(
    st.text(max_size=120), st.sampled_from(sum(VALID.values(), [])), st.just("x" * 5_000)
)
extra_params = st.dictionaries(
    st.sampled_from(FACET_KEYS + ["per_page", "unknown"]), facet_values, max_size=6
)


def request_params(query, page, extra):
    return {"q": query, "page": page, **extra}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries, page=page_numbers, extra=extra_params)
def test_any_input_gives_a_page(corpus, db, client, query, page, extra):
    response = client.get("/sok/", request_params(query, page, extra))
    assert response.status_code == 200
    content = response.content.decode()
    assert "<h1>" in content and 'id="result-count"' in content
    assert "<script>alert" not in content


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries, page=page_numbers, extra=extra_params)
def test_any_input_gives_json(corpus, db, client, query, page, extra):
    response = client.get("/sok/", {**request_params(query, page, extra), "format": "json"})
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["page"] >= 1 and data["page"] <= max(data["num_pages"], 1)
    assert isinstance(data["results"], list) and len(data["results"]) <= 50


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries)
def test_any_input_gives_autocomplete_json(corpus, db, client, query):
    response = client.get("/sok/autocomplete/", {"q": query})
    assert response.status_code == 200
    assert isinstance(json.loads(response.content)["suggestions"], list)


@pytest.mark.parametrize("query", NASTY)
def test_each_known_nasty_query_on_both_outputs(corpus, db, client, query):
    assert client.get("/sok/", {"q": query}).status_code == 200
    assert client.get("/sok/", {"q": query, "format": "json"}).status_code == 200


def page_text(client, query):
    return client.get("/sok/", {"q": query}).content.decode().replace("&#x27;", "'")


def test_long_queries_are_shortened_and_the_visitor_is_told(corpus, db, client):
    parsed = parse("mestring " * 2_000)
    assert len(parsed.text) <= MAX_QUERY_LENGTH
    notice = nb("Your search was shortened to its first %(count)s characters.", count=MAX_QUERY_LENGTH)
    assert notice in page_text(client, "x" * 10_000)


def test_queries_without_searchable_words_get_a_clear_message(corpus, db, client):
    assert nb("Your search had no letters or numbers to search for.") in page_text(client, "!!! ???")
    assert nb("Your search only had very common words, which are not searched for.") in page_text(
        client, "og i på"
    )
    operators = nb("Search operators such as AND and OR are not needed: every word is searched for.")
    assert operators in page_text(client, "kurs AND mestring")


def test_sql_in_the_query_is_just_words(corpus, db, client):
    data = json.loads(
        client.get("/sok/", {"q": "'; DROP TABLE wagtailcore_page; --", "format": "json"}).content
    )
    assert data["total"] == 0
    assert (
        client.get("/sok/", {"q": "mestring", "format": "json"}).status_code == 200
    )  # the table is still there
