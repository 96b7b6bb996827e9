"""The public pages load in real headless Chromium and axe-core finds no WCAG 2.1 A/AA violations."""

import json
from datetime import date

import pytest

from home.models import HomePageFeaturedMethod
from methods.models.methods import MethodPageMaterial, MethodPageRelatedMethod, MethodPageUsage
from tests.browser.harness import assert_accessible, record_problems, save_screenshot
from tests.factories import (
    MaterialFactory,
    MethodPageFactory,
    TargetGroupFactory,
    ThemeFactory,
    publish_unreviewed,
)

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def public_site(site_tree):
    """A site with every part of a method page filled in, as an editor would."""
    relatives = TargetGroupFactory(name="Pårørende", slug="parorende")
    users = TargetGroupFactory(name="Brukere av tjenestene", slug="brukere")
    theme = ThemeFactory(name="Mestring", slug="mestring")
    how_to = [
        {"type": "paragraph", "value": "<p>Gruppen møtes i senterets lokaler, med kaffe og god tid.</p>"},
        {
            "type": "steps",
            "value": {
                "heading": "Slik kommer dere i gang",
                "steps": [
                    {"title": "Finn to gruppeledere", "text": "<p>En erfaringskonsulent og en ansatt.</p>"},
                    {"title": "Inviter deltakere", "text": "<p>Bruk invitasjonen i materiellet.</p>"},
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
    references = [
        {
            "type": "reference",
            "value": {
                "title": "Helsedirektoratet: Veileder om pårørende i helse- og omsorgstjenesten",
                "url": "https://www.helsedirektoratet.no/veiledere/parorendeveileder",
                "doi": "",
                "year": 2017,
            },
        }
    ]
    method = MethodPageFactory(
        parent=site_tree["method_indexes"]["bikuben"],
        title="Mestringsgruppe for pårørende",
        slug="mestringsgruppe-for-parorende",
        how_to=json.dumps(how_to),
        references=json.dumps(references),
        prerequisites="<p>Et rom til tolv personer og to timer i uka.</p>",
        training="<p>Kurs for gruppeledere ved senteret.</p>",
        contact="Kurskoordinator ved Bikuben",
        last_substantive_update=date(2025, 3, 1),
    )
    method.target_groups.set([relatives, users])
    method.themes.set([theme])
    MethodPageUsage.objects.create(page=method, name="Gjøvik kommune", kind="municipality")
    tool = MethodPageFactory(
        parent=site_tree["method_indexes"]["vestavind"],
        title="Min kriseplan",
        slug="min-kriseplan",
        kind="tool",
    )
    MethodPageRelatedMethod.objects.create(page=method, method=tool)
    MethodPageMaterial.objects.create(page=method, document=MaterialFactory(title="Arbeidshefte for gruppen"))
    HomePageFeaturedMethod.objects.create(page=site_tree["home"], method=method)
    for page in (method, tool, site_tree["home"]):
        publish_unreviewed(page.save_revision())
    return {**site_tree, "method": method, "tool": tool}


def page_paths(site):
    return {
        "home": (site["home"].url, site["home"].title),
        "centre": (site["centres"]["bikuben"].url, site["centres"]["bikuben"].title),
        "method": (site["method"].url, site["method"].title),
        "library": (site["library"].url, site["library"].title),
    }


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("name", ["home", "centre", "method", "library"])
def test_public_page_loads_and_has_no_wcag_violations(browser_page, public_site, name, viewport):
    page = browser_page
    page.set_viewport_size(viewport)
    path, title = page_paths(public_site)[name]
    problems = record_problems(page)

    response = page.goto(path)

    assert response.status == 200, f"{path} answered {response.status}"
    page.wait_for_load_state("load")
    assert problems == [], "\n".join(problems)
    # The one stylesheet is loaded and applied.
    assert page.evaluate("document.styleSheets.length") >= 1
    assert page.evaluate("[...document.styleSheets].some(s => s.href && s.cssRules.length > 0)")
    assert page.locator("html").get_attribute("lang") == "nb"
    assert title in page.locator("h1").first.inner_text()
    save_screenshot(page, f"{name}-{'phone' if viewport is PHONE else 'desktop'}")
    assert_accessible(page)


def test_axe_reports_a_real_violation(browser_page):
    """The harness itself: a page with an image without alt text and an unlabelled field must fail."""
    browser_page.set_content(
        '<!doctype html><html lang="nb"><head><title>Feil</title></head><body><main>'
        '<h1>Feil</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
        '<input type="text"></main></body></html>'
    )
    with pytest.raises(pytest.fail.Exception) as failure:
        assert_accessible(browser_page)
    message = str(failure.value)
    assert "image-alt" in message
    assert "label" in message
    assert "img" in message
