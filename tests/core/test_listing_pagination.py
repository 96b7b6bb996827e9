"""One pagination for every listing (core.listing.pagination) and the Python-built query strings
(core.listing.query)."""

import pytest
from django.http import QueryDict

from core.listing.pagination import page_numbers, paginate
from core.listing.query import query_string


@pytest.mark.parametrize(
    "raw, expected",
    [("2", 2), (" 3 ", 3), ("-3", 1), ("0", 1), ("99999999999999999999", 4), ("abc", 1), ("", 1), (None, 1),
     ("2.5", 1), ("٣", 1)],
)  # fmt: skip
def test_any_page_value_gives_a_page(raw, expected):
    page = paginate(list(range(31)), 10, raw)
    assert page.number == expected
    assert page.paginator.num_pages == 4


def test_an_empty_list_has_one_empty_page():
    page = paginate([], 10, "7")
    assert page.number == 1 and list(page) == []


@pytest.mark.parametrize(
    "number, shown",
    [
        (1, [1, 2, 3, None, 100]),
        (50, [1, None, 48, 49, 50, 51, 52, None, 100]),
        (100, [1, None, 98, 99, 100]),
    ],
)
def test_page_numbers_elide_with_none(number, shown):
    assert page_numbers(paginate(list(range(1000)), 10, str(number))) == shown


def test_few_pages_are_all_shown():
    assert page_numbers(paginate(list(range(60)), 10, "1")) == [1, 2, 3, 4, 5, 6]


def test_query_string_toggles_sets_and_removes_and_drops_the_page():
    query = QueryDict("q=kurs&theme=a&page=3&sort=title")
    assert query_string(query, toggle=("theme", "b")) == "?q=kurs&theme=a&theme=b&sort=title"
    assert query_string(query, toggle=("theme", "a")) == "?q=kurs&sort=title"
    assert query_string(query, set={"sort": "newest"}) == "?q=kurs&theme=a&sort=newest"
    assert query_string(query, set={"sort": None}, remove=("q",)) == "?theme=a"
    assert query_string(QueryDict("page=2")) == "?"
