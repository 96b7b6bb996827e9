"""The Content-Security-Policy is enforced in real headless Chromium and nothing on the site breaks it.

Every public page type and the main admin screens load with the policy enforced (not report-only); any
violation (a blocked inline script or style, a load from another origin) fails the test. A page with an
inline script smuggled into its HTML proves that the detector reports what the policy blocks.
"""

import pytest
from wagtail.models import PageViewRestriction

from materials.models import MaterialLibraryPage
from tests.browser.harness import record_csp_violations, record_problems
from tests.browser.test_public_pages import page_paths, public_site  # noqa: F401 - a fixture
from tests.factories import StandardPageFactory, publish_unreviewed

pytestmark = pytest.mark.browser


def visit(page, path, violations, seen):
    """Open ``path``, let its scripts run, and note which violations it caused."""
    before = len(violations)
    response = page.goto(path)
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)  # late scripts: the userbar, autocomplete, the admin's controllers
    seen[path] = violations[before:]
    return response


def assert_no_violations(seen):
    failures = [f"{path}:\n  " + "\n  ".join(found) for path, found in seen.items() if found]
    assert not failures, "Content-Security-Policy violations:\n" + "\n".join(failures)


def assert_enforced(response):
    assert "Content-Security-Policy" in {name.title() for name in response.headers}, response.url
    assert "content-security-policy-report-only" not in response.headers


@pytest.fixture
def whole_site(public_site):  # noqa: F811 - the fixture imported above
    home = public_site["home"]
    about = StandardPageFactory(parent=home, slug="om-oss")
    members = StandardPageFactory(parent=home, title="For sentrene", slug="for-sentrene")
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    shared = StandardPageFactory(parent=home, title="Delt med passord", slug="delt")
    PageViewRestriction.objects.create(
        page=shared, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    materials = home.add_child(instance=MaterialLibraryPage(title="Undervisningsmateriell", slug="materiell"))
    for page in (about, members, shared, materials):
        publish_unreviewed(page.save_revision())
    return {**public_site, "about": about, "members": members, "shared": shared, "materials": materials}


def public_paths(site):
    paths = {name: path for name, (path, _title) in page_paths(site).items()}
    return {
        **paths,
        "centre index": site["centre_index"].url,
        "method list": site["method_indexes"]["bikuben"].url,
        "materials library": site["materials"].url,
        "search results": "/sok/?q=gruppe",
        "search without results": "/sok/?q=kvantefysikk",
        "about page": site["about"].url,
        "404": "/finnes-ikke/",
        "private page (login)": site["members"].url,
        "private page (password)": site["shared"].url,
        "nynorsk home": "/nn/",
    }


def test_public_pages_have_no_csp_violations(browser_page, whole_site):
    page = browser_page
    violations = record_csp_violations(page)
    problems = record_problems(page)
    seen = {}
    for name, path in public_paths(whole_site).items():
        response = visit(page, path, violations, seen)
        assert_enforced(response)
        if name == "private page (login)":
            assert page.locator("input[type=password]").count() == 1, "the login form is shown"

    # The search box's autocomplete (static/js/search-autocomplete.js) fetches and shows suggestions.
    page.goto("/sok/")
    before = len(violations)
    page.locator("input[data-autocomplete-url]").press_sequentially("mest", delay=50)
    page.get_by_role("option", name="Mestringsgruppe for pårørende").wait_for()
    seen["/sok/ (autocomplete)"] = violations[before:]

    assert_no_violations(seen)
    # Nor did any script fail for another reason.
    assert [p for p in problems if p.startswith("JavaScript error")] == []


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser(
        "csp-admin", email="redaktor@example.org", password="passord-for-test"
    )


def test_admin_screens_have_no_csp_violations(browser_page, whole_site, admin_user):
    page = browser_page
    violations = record_csp_violations(page)
    seen = {}
    method = whole_site["method"]
    material = method.materials.first().document

    # The login page, used for real.
    assert_enforced(visit(page, "/admin/login/", violations, seen))
    page.locator("#id_username").fill("csp-admin")
    page.locator("#id_password").fill("passord-for-test")
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_url("**/admin/")

    for path in (
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{whole_site['method_indexes']['bikuben'].pk}/",
        f"/admin/pages/{method.pk}/edit/",
        "/admin/documents/",
        f"/admin/documents/edit/{material.pk}/",
        "/admin/methods/import/",
        "/admin/reviews/waiting/",
        "/admin/reviews/due/",
        f"/admin/reviews/history/{method.pk}/",
        "/admin/workflows/list/",
        "/admin/workflows/tasks/index/",
        "/admin/snippets/",
        "/admin/snippets/methods/targetgroup/",
        "/admin/snippets/methods/targetgroup/add/",
        "/admin/reports/site-history/",
        f"/admin/pages/{method.pk}/history/",
        f"/admin/pages/{method.pk}/view_draft/",
    ):
        assert_enforced(visit(page, path, violations, seen))

    # The page editor's live preview, in its iframe.
    before = len(violations)
    page.goto(f"/admin/pages/{method.pk}/edit/")
    page.locator('[data-side-panel-toggle="preview"]').first.click()
    preview = page.frame_locator("iframe[data-preview-iframe], #w-preview-iframe").first
    preview.locator("h1").first.wait_for(state="attached")
    page.wait_for_timeout(300)
    seen["page editor preview"] = violations[before:]
    assert_no_violations(seen)
    assert method.title in preview.locator("h1").first.text_content()

    # The Wagtail userbar on a public page, opened, for a logged-in editor.
    visit(page, method.url, violations, seen)
    before = len(violations)
    page.locator("wagtail-userbar [data-wagtail-userbar-trigger]").click()
    page.wait_for_timeout(500)
    seen[method.url + " (userbar open)"] = violations[before:]

    assert_no_violations(seen)


def test_an_injected_inline_script_is_blocked_and_reported(browser_page, site_tree):
    """The detector itself: a page whose HTML gains an inline script and a style attribute must report both,
    and the script must not run (the policy is enforced, not report-only)."""
    page = browser_page
    violations = record_csp_violations(page)
    home = site_tree["home"].url

    def inject(route):
        response = route.fetch()
        body = response.text().replace(
            "</main>", '<script>document.title = "injected";</script><p style="color: red">x</p></main>'
        )
        route.fulfill(response=response, body=body)

    page.route("**" + home, inject)
    page.goto(home)
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)

    assert page.title() != "injected"
    assert any("script-src" in v for v in violations if v.startswith("event:")), violations
    assert any("style-src" in v for v in violations if v.startswith("event:")), violations
    assert any(v.startswith("console") for v in violations), violations
