"""In real headless Chromium: a centre editor submits a method page and lived-experience reviewers approve it
through the admin's own screens (dashboard → review form in the modal)."""

import pytest

from methods.models import MethodPage
from reviews.models import ReviewerProfile, ReviewRecord
from tests.browser.harness import assert_accessible, save_screenshot

pytestmark = pytest.mark.browser

CHECKLIST_LABELS = [
    "The language is respectful and non-stigmatising",
    "The lived-experience origin is described truthfully",
    "The user's perspective is clear",
    "Target group and use are understandable",
    "The language is plain and easy to read",
]


def fill_rich_text(page, field_name, text):
    editor = page.locator(f"[data-field-input]:has(#id_{field_name}) [contenteditable='true']")
    editor.scroll_into_view_if_needed()
    editor.click()
    page.keyboard.type(text)
    # Draftail writes its hidden input on change; wait until it holds the text.
    page.wait_for_function(
        "([name, text]) => document.getElementById('id_' + name).value.includes(text)", arg=[field_name, text]
    )


def review_from_dashboard(page, title, comment, screenshot=None):
    page.goto("/admin/")
    row = page.locator("tr", has_text=title)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve").click()

    modal = page.locator(".modal-content")
    modal.get_by_role("heading", name="Approve").wait_for()
    # Let the modal finish fading in before looking at it.
    page.wait_for_function(
        "() => { const m = document.querySelector('.modal-content').closest('.modal');"
        " return getComputedStyle(m).opacity === '1'; }"
    )
    page.wait_for_timeout(300)
    if screenshot:
        save_screenshot(page, screenshot, full_page=False)
        assert_accessible(page, context=".modal-content")
    # Approving with an item unticked is refused with a message, and nothing is lost.
    for label in CHECKLIST_LABELS[:-1]:
        modal.get_by_label(label).check()
    modal.get_by_label("Comment").fill(comment)
    modal.get_by_role("button", name="Approve").click()
    modal.get_by_text("tick every item on the checklist").wait_for()
    assert modal.get_by_label("Comment").input_value() == comment
    assert modal.get_by_label(CHECKLIST_LABELS[0]).is_checked()
    if screenshot:
        save_screenshot(page, screenshot + "-error", full_page=False)
    modal.get_by_label(CHECKLIST_LABELS[-1]).check()
    modal.get_by_role("button", name="Approve").click()
    modal.wait_for(state="detached")


def test_editor_submits_and_reviewers_approve_in_the_admin(browser_page, browser_login, editorial):
    people = editorial
    ReviewerProfile.objects.create(user=people.reviewer, show_name_publicly=True)
    page = browser_page
    method_index = people.tree["method_indexes"]["bikuben"]

    # The Bikuben editor writes a new method page and submits it to the workflow.
    browser_login(page, people.bikuben_editor)
    page.goto(f"/admin/pages/add/methods/methodpage/{method_index.pk}/")
    page.locator("#id_title").fill("Likepersonsamtaler")
    page.locator("#id_summary").fill("Samtaler med en som har vært gjennom noe lignende.")
    fill_rich_text(page, "aim", "Å gi håp og praktiske råd fra egen erfaring.")
    fill_rich_text(page, "lived_experience_origin", "Utviklet av likepersoner ved Bikuben.")
    page.locator("#id_research_level").select_option("well-described")
    page.locator("#id_experience_level").select_option("collected")
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="Submit to Erfaringsgjennomgang og godkjenning").click()
    page.wait_for_url("**/admin/pages/*/")
    method = MethodPage.objects.get(title="Likepersonsamtaler")
    assert method.workflow_in_progress
    assert not method.live

    # Two reviewers each open the review form from their dashboard and approve.
    browser_login(page, people.reviewer)
    page.set_viewport_size({"width": 1280, "height": 1300})
    review_from_dashboard(page, "Likepersonsamtaler", "Varmt og respektfullt skrevet.", "admin-review-form")
    assert ReviewRecord.objects.filter(page=method, reviewer=people.reviewer).get().comment == (
        "Varmt og respektfullt skrevet."
    )
    method.refresh_from_db()
    assert method.current_workflow_task.name == "Erfaringsgjennomgang"

    browser_login(page, people.reviewer2)
    review_from_dashboard(page, "Likepersonsamtaler", "Klart og enkelt språk.")
    method.refresh_from_db()
    assert method.current_workflow_task.name == "Redaksjonell godkjenning"
    assert ReviewRecord.objects.filter(page=method, completed_review=True).count() == 1

    # The national editors see the page at their step; the review history shows both decisions.
    browser_login(page, people.national)
    page.goto(f"/admin/reviews/history/{method.pk}/")
    assert page.locator("#listing-results tbody > tr").count() == 2
    save_screenshot(page, "admin-review-history", full_page=False)

    # The national editor approves from the dashboard, which publishes the page with its badge.
    page.goto("/admin/")
    row = page.locator("tr", has_text="Likepersonsamtaler")
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    page.wait_for_load_state("networkidle")
    method.refresh_from_db()
    assert method.live
    page.context.clear_cookies()
    page.goto(method.url)
    badge = page.locator(".review-badge")
    assert "Randi Erfaring" in badge.inner_text()
    assert "Per Pårørende" not in badge.inner_text()
    save_screenshot(page, "public-review-badge", full_page=False)
    assert_accessible(page)
