"""In real Chromium: switch the language of a method page with the switcher; axe finds no violations."""

import re

import pytest

from tests.browser.harness import assert_accessible, save_screenshot

pytestmark = pytest.mark.browser

NB_URL = "/sentre/bikuben/metoder-og-verktoy/kriseplan/"


def test_switch_language_on_a_method_page(browser_page, translated_method):
    page = browser_page
    page.goto(NB_URL)
    assert page.locator("html").get_attribute("lang") == "nb"
    switcher = page.get_by_role("navigation", name="Velg språk")
    # Northern Sami is not a link: the item says the page is not translated.
    assert switcher.get_by_role("link", name="Davvisámegiella").count() == 0
    assert "Davvisámegiella (ikke oversatt)" in switcher.inner_text()

    switcher.get_by_role("link", name="Nynorsk").click()
    page.wait_for_url(re.compile(r"/nn/sentre/bikuben/metoder-og-verktoy/kriseplan/$"))
    assert page.locator("html").get_attribute("lang") == "nn"
    assert page.get_by_role("link", name="Hopp til hovudinnhald").count() == 1
    assert_accessible(page)
    save_screenshot(page, "i18n-method-nn")

    # By keyboard this time: focus the English link and press Enter.
    english = page.get_by_role("navigation", name="Vel språk").get_by_role("link", name="English")
    english.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/en/sentre/bikuben/metoder-og-verktoy/kriseplan/$"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").first.inner_text() == "Crisis plan"
    assert_accessible(page)
    save_screenshot(page, "i18n-method-en")

    page.get_by_role("navigation", name="Choose language").get_by_role("link", name="Bokmål").click()
    page.wait_for_url(re.compile(re.escape(NB_URL) + "$"))
    assert page.locator("html").get_attribute("lang") == "nb"


def test_page_only_in_bokmal_says_so_and_is_accessible(browser_page, method_page):
    page = browser_page
    page.goto(NB_URL)
    assert page.get_by_text("Denne siden finnes bare på bokmål.").is_visible()
    assert_accessible(page)
