"""The search page in real headless Chromium: search, apply a facet, see the count change; axe finds no
WCAG 2.1 A/AA violations; the autocomplete works from the keyboard."""

import re

import pytest

from tests.browser.harness import assert_accessible, save_screenshot
from tests.search.corpus import build_corpus

pytestmark = pytest.mark.browser


def result_count(page):
    return int(re.match(r"\s*(\d+)", page.locator("#result-count").inner_text()).group(1))


def test_search_apply_a_facet_and_see_the_count_change(browser_page, transactional_db):
    build_corpus()
    page = browser_page
    page.goto("/sok/")
    assert_accessible(page)

    page.fill("#search-q", "pårørende")
    page.press("#search-q", "Enter")
    page.wait_for_url(re.compile(r"q=p"))
    before = result_count(page)
    assert before >= 5
    assert page.locator(".search-result mark").first.is_visible()
    assert_accessible(page)
    save_screenshot(page, "search-results")

    option = page.locator('a.facet-option[data-facet="target"][data-value="unge"]')
    expected = int(re.search(r"\((\d+)\)", option.inner_text()).group(1))
    option.click()
    page.wait_for_url(re.compile(r"target=unge"))
    after = result_count(page)
    assert after == expected < before
    assert page.locator('a.facet-option--selected[data-value="unge"]').is_visible()
    assert_accessible(page)
    save_screenshot(page, "search-results-facet")

    page.goto("/sok/?q=kvantefysikk")
    assert page.locator(".no-results").is_visible()
    assert_accessible(page)


def test_autocomplete_suggests_titles_from_the_keyboard(browser_page, transactional_db):
    build_corpus()
    page = browser_page
    page.goto("/sok/")
    box = page.locator("#search-q")
    assert box.get_attribute("role") == "combobox"
    box.press_sequentially("krisepla", delay=30)
    page.wait_for_selector("#search-q-suggestions [role=option]")
    assert box.get_attribute("aria-expanded") == "true"
    assert "Min kriseplan" in page.locator("#search-q-suggestions").inner_text()
    assert_accessible(page)
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == "search-q-suggestions-0"
    box.press("Enter")
    page.wait_for_url(re.compile(r"/min-kriseplan/$"))
