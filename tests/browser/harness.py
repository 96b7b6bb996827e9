"""Browser test harness: Playwright's sync API driving Debian's Chromium against pytest-django's live_server.

Registered for the whole suite from tests/conftest.py (``pytest_plugins``), so any test file can use:

- fixture ``browser``: one headless Chromium for the session (/usr/bin/chromium, never a downloaded build);
- fixture ``browser_page``: a fresh context and page per test, base_url = live_server.url, 1280x900,
  locale nb-NO; override the fixture ``browser_context_args`` to change those (e.g. a phone viewport);
- fixture ``browser_login``: ``browser_login(page, user)`` logs ``user`` in through a real session cookie;
- ``assert_accessible(page)``: runs axe-core (WCAG 2.1 A and AA) on the page and fails with a readable list;
- ``save_screenshot(page, name)``: writes test-artifacts/screenshots/NAME.png for a person to look at;
- ``record_problems(page)``: a list that fills with HTTP errors, failed requests and JavaScript errors;
- ``record_csp_violations(page)``: a list that fills with Content-Security-Policy violations.

axe-core is loaded from the page's own origin (``inject_axe``), so the accessibility checks run under the
site's real Content-Security-Policy.

Mark browser tests ``@pytest.mark.browser``: that also gives them a transactional database with serialized
rollback (needed by live_server; see pytest_collection_modifyitems below). They are skipped with the reason when Chromium or axe-core is
missing, and fail instead when REQUIRE_BROWSER=1 or CI=true. A failing test leaves a screenshot in
test-artifacts/screenshots/.
"""

import os
import re
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
AXE_JS = Path(os.environ.get("AXE_JS", ROOT / "node_modules" / "axe-core" / "axe.min.js"))
# Where inject_axe() makes axe-core appear on the live server (answered by Playwright, not Django).
AXE_URL_PATH = "/__browser-test-harness__/axe.min.js"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Flags for Chromium as root in a container with no network: without the background-networking ones,
# Chromium keeps trying to reach Google's hosts.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DEFAULT_TIMEOUT_MS = 15_000


def browser_required():
    return os.environ.get("REQUIRE_BROWSER", "") not in ("", "0") or os.environ.get("CI", "") in (
        "true",
        "1",
    )


def _missing_tools():
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"Chromium at {CHROMIUM} (apt-get install chromium)")
    if not AXE_JS.exists():
        missing.append(f"axe-core at {AXE_JS} (npm ci)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("the playwright Python package (pip install -e '.[test]')")
    return missing


@pytest.fixture(scope="session")
def browser(django_db_setup):
    """One headless Chromium for the whole session.

    Depends on django_db_setup so that it is closed before the test database is torn down.
    """
    missing = _missing_tools()
    if missing:
        message = "browser tests need " + "; ".join(missing)
        if browser_required():
            pytest.fail(message + " (required: REQUIRE_BROWSER=1 or CI=true)", pytrace=False)
        pytest.skip(message)

    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an asyncio loop in this thread; Django's ORM refuses to run while a loop
    # is running unless this is set. Only for as long as the browser is open.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from django.db import connections

    wrappers = {alias: connections[alias] for alias in connections}
    playwright = sync_playwright().start()
    # Between calls, Playwright leaves its loop marked as running in this thread, and Django's connection
    # handler then keeps a separate store of connections. Point it at the same connection objects, so that
    # tests, live_server and pytest-django's setup (which holds the serialized rollback data) share them.
    for alias, wrapper in wrappers.items():
        connections[alias] = wrapper
    try:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
    finally:
        playwright.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def browser_context_args(live_server):
    """Arguments for browser.new_context(); override this fixture in a test module to change them."""
    return {
        "base_url": live_server.url,
        "viewport": {"width": 1280, "height": 900},
        "locale": "nb-NO",
        "timezone_id": "Europe/Oslo",
    }


@pytest.fixture
def browser_page(request, browser, browser_context_args):
    """A new page in a fresh browser context; relative URLs in page.goto() go to the live server."""
    context = browser.new_context(**browser_context_args)
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    page = context.new_page()
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        try:
            save_screenshot(page, "FAILED-" + request.node.nodeid)
        except Exception:  # noqa: BLE001 - a screenshot must never hide the real failure
            pass
    context.close()


def pytest_collection_modifyitems(items):
    """Give every browser test a transactional database with serialized rollback.

    live_server needs a transactional database, whose flush after each test would also delete what
    Wagtail's migrations create (the default Locale, the root page and collection, the editor groups);
    serialized rollback restores them before each test. Arguments of a test's own django_db marker
    (e.g. ``databases``) are kept.
    """
    for item in items:
        if item.get_closest_marker("browser") is None:
            continue
        marker = item.get_closest_marker("django_db")
        args, kwargs = (marker.args, dict(marker.kwargs)) if marker else ((), {})
        kwargs.update(transaction=True, serialized_rollback=True)
        item.add_marker(pytest.mark.django_db(*args, **kwargs), append=False)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so browser_page can screenshot failed tests."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def save_screenshot(page, name, full_page=True):
    """Save a PNG of the page to test-artifacts/screenshots/ and return its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / (re.sub(r"[^\w.-]+", "_", name).strip("_") + ".png")
    page.screenshot(path=str(path), full_page=full_page)
    return path


def record_problems(page):
    """Start recording what a person would see go wrong on ``page``; returns the (growing) list.

    Records responses with HTTP status 400 or more (a missing stylesheet, script or image), requests that
    failed, JavaScript errors and console errors, each as one readable line.
    """
    problems = []
    page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status} {r.url}"))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url} ({r.failure})"))
    page.on("pageerror", lambda error: problems.append(f"JavaScript error: {error}"))
    page.on("console", lambda m: m.type == "error" and problems.append(f"console error: {m.text}"))
    return problems


# Reports every Content-Security-Policy violation in the document (and, as Playwright runs init scripts in
# every frame, in the admin's preview iframe) to Python. securitypolicyviolation events are composed and
# bubble, so the userbar's shadow DOM reports here too.
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.__reportCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || "(no URI)"} on ${event.documentURI}`
        + ` (${event.sourceFile || "?"}:${event.lineNumber})`
        + (event.disposition === "report" ? " [report only]" : "")
    );
}, true);
"""


def record_csp_violations(page):
    """Start recording Content-Security-Policy violations on ``page``; returns the (growing) list.

    Two witnesses, so neither can hide a violation: the browser's securitypolicyviolation events and
    console messages that mention the policy (the browser logs one for each blocked script, style or load).
    """
    violations = []
    page.expose_function("__reportCspViolation", lambda text: violations.append(f"event: {text}"))
    page.add_init_script(CSP_LISTENER)
    page.on(
        "console",
        lambda m: "Content Security Policy" in m.text and violations.append(f"console {m.type}: {m.text}"),
    )
    return violations


def login_in_browser(page, user, base_url):
    """Log ``user`` in for ``page``'s browser context by giving it a real Django session cookie."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": base_url, "httpOnly": True}]
    )


@pytest.fixture
def browser_login(live_server):
    """``browser_login(page, user)``: the page's context is then logged in as ``user`` on the live server."""

    def log_in(page, user):
        login_in_browser(page, user, live_server.url)

    return log_in


def inject_axe(page):
    """Load axe-core into the page as a script from the page's own origin.

    The site's Content-Security-Policy allows scripts only from 'self', so axe-core is not inlined (as
    ``add_script_tag(path=...)`` would) but served at a same-origin address that Playwright answers itself:
    the accessibility tests run under the real policy, without ``bypass_csp``.
    """
    origin = page.evaluate("location.origin")
    if origin == "null":  # about:blank or set_content(): no origin and no policy
        page.add_script_tag(path=str(AXE_JS))
        return
    url = origin + AXE_URL_PATH
    page.route(url, lambda route: route.fulfill(path=str(AXE_JS), content_type="text/javascript"))
    page.add_script_tag(url=url)


def run_axe(page, tags=WCAG_TAGS, disable_rules=(), context=None):
    """Inject axe-core into the page (once) and return axe.run()'s violations."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        inject_axe(page)
    options = {"runOnly": {"type": "tag", "values": list(tags)}, "resultTypes": ["violations"]}
    if disable_rules:
        options["rules"] = {rule: {"enabled": False} for rule in disable_rules}
    return page.evaluate(
        "([context, options]) => axe.run(context || document, options).then(r => r.violations)",
        [context, options],
    )


def format_violations(violations, url=""):
    lines = [f"axe-core found {len(violations)} WCAG 2.1 A/AA violation(s) on {url}:"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation.get('impact') or 'n/a'}): {violation['help']} "
            f"[{violation.get('helpUrl', '')}]"
        )
        for node in violation["nodes"][:10]:
            target = " ".join(
                " >> ".join(part) if isinstance(part, list) else part for part in node["target"]
            )
            lines.append(f"    at {target}")
            summary = (node.get("failureSummary") or "").strip().replace("\n", " ")
            if summary:
                lines.append(f"       {summary[:300]}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    ... and {len(violation['nodes']) - 10} more")
    return "\n".join(lines)


def assert_accessible(page, tags=WCAG_TAGS, disable_rules=(), context=None):
    """Fail the test if axe-core reports WCAG 2.1 A/AA violations on the page (or on ``context``)."""
    violations = run_axe(page, tags=tags, disable_rules=disable_rules, context=context)
    if violations:
        pytest.fail(format_violations(violations, page.url), pytrace=False)
