"""A page form opened on an older revision cannot silently overwrite what someone else saved since.

Editor A (the Bikuben editor) opens a page, editor B (a national editor) saves it, then A saves the form
A opened earlier. The data A posts is read from the form Wagtail rendered for A, hidden loaded-revision
inputs included, as A's browser would send it (autosave is off in the test settings).
"""

import re

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import WorkflowState, get_page_models

from core.forms import RevisionCheckedPageForm
from methods.models import MethodPage
from tests.factories import MethodPageFactory
from tests.methods.test_publish_validation import form_data
from tests.reviews.conftest import create_method_page, editorial, request_changes  # noqa: F401 (fixture)

STALE = "saved a newer version of this page"


@pytest.fixture
def method_page(editorial):  # noqa: F811
    page = MethodPageFactory(
        parent=editorial.tree["method_indexes"]["bikuben"], live=False, title="Samtalegruppe"
    )
    page.save_revision(user=editorial.bikuben_editor)
    return page


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def loaded_revision_id(response):
    return int(re.search(r'name="loaded_revision_id" value="(\d+)"', response.content.decode()).group(1))


def save_as(client, page, title, action=None):
    """Open the edit form, change the title, save (or `action`, e.g. 'action-submit')."""
    data = form_data(client, edit_url(page))
    data["title"] = title
    if action:
        data[action] = "1"
    return client.post(edit_url(page), data)


def latest(page):
    page.refresh_from_db()
    return page.get_latest_revision()


def test_a_stale_save_is_refused_with_what_changed_and_a_second_save_goes_through(
    editorial,  # noqa: F811
    method_page,
):
    a = client_for(editorial.bikuben_editor)
    stale_data = form_data(a, edit_url(method_page))
    opened_on = int(stale_data["loaded_revision_id"])

    b = client_for(editorial.national)
    assert save_as(b, method_page, "Bs tittel").status_code == 302
    b_revision = latest(method_page)
    revisions = method_page.revisions.count()

    stale_data["title"] = "As tittel"
    response = a.post(edit_url(method_page), stale_data)

    assert response.status_code == 200
    html = response.content.decode()
    assert f"Nina {STALE}" in html
    compare = reverse("wagtailadmin_pages:revisions_compare", args=(method_page.pk, opened_on, b_revision.pk))
    assert f'href="{compare}"' in html
    assert 'value="As tittel"' in html  # what A typed is still in the form
    assert latest(method_page) == b_revision
    assert b_revision.as_object().title == "Bs tittel"
    assert method_page.revisions.count() == revisions

    # The form A got back was opened on B's revision: saving it again is deliberate and goes through.
    assert loaded_revision_id(response) == b_revision.pk
    again = form_data(a, edit_url(method_page))  # what A's browser holds now, with A's title typed again
    assert int(again["loaded_revision_id"]) == b_revision.pk
    again["title"] = "As tittel"
    assert a.post(edit_url(method_page), again).status_code == 302
    assert latest(method_page).as_object().title == "As tittel"
    assert latest(method_page).user == editorial.bikuben_editor


def test_a_stale_submit_for_review_is_refused_and_starts_no_workflow(editorial, method_page):  # noqa: F811
    a = client_for(editorial.bikuben_editor)
    stale_data = form_data(a, edit_url(method_page))
    assert save_as(client_for(editorial.national), method_page, "Bs tittel").status_code == 302
    b_revision = latest(method_page)

    stale_data["title"] = "As tittel"
    stale_data["action-submit"] = "1"
    response = a.post(edit_url(method_page), stale_data)

    assert response.status_code == 200
    assert STALE in response.content.decode()
    method_page.refresh_from_db()
    assert not method_page.workflow_in_progress
    assert latest(method_page) == b_revision

    assert save_as(a, method_page, "As tittel", action="action-submit").status_code == 302
    method_page.refresh_from_db()
    assert method_page.workflow_in_progress
    assert latest(method_page).as_object().title == "As tittel"


def test_a_stale_restart_of_the_workflow_is_refused(client, editorial):  # noqa: F811
    client.force_login(editorial.bikuben_editor)
    create_method_page(client, editorial.tree["method_indexes"]["bikuben"], "Kriseplan", "action-submit")
    page = MethodPage.objects.get(title="Kriseplan")
    client.force_login(editorial.reviewer)
    request_changes(client, page, "Skriv enklere.")
    page.refresh_from_db()
    needs_changes = page.current_workflow_state
    assert needs_changes.status == WorkflowState.STATUS_NEEDS_CHANGES

    a = client_for(editorial.bikuben_editor)
    stale_data = form_data(a, edit_url(page))
    assert save_as(client_for(editorial.national), page, "Kriseplan, enklere").status_code == 302
    b_revision = latest(page)
    stale_data["action-restart-workflow"] = "1"
    response = a.post(edit_url(page), stale_data)

    assert response.status_code == 200
    assert STALE in response.content.decode()
    needs_changes.refresh_from_db()
    assert needs_changes.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert latest(page) == b_revision

    assert save_as(a, page, "Kriseplan, enklere", action="action-restart-workflow").status_code == 302
    needs_changes.refresh_from_db()
    assert needs_changes.status == WorkflowState.STATUS_CANCELLED
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_a_save_from_a_current_form_goes_through(editorial, method_page):  # noqa: F811
    a = client_for(editorial.bikuben_editor)
    revisions = method_page.revisions.count()

    response = save_as(a, method_page, "Ny tittel")

    assert response.status_code == 302
    assert method_page.revisions.count() == revisions + 1
    assert latest(method_page).as_object().title == "Ny tittel"


def test_the_editors_own_newer_revisions_do_not_block_the_save(editorial, method_page):  # noqa: F811
    """With autosave on, the browser keeps posting the revision the form was opened on while its own
    autosaved revisions follow it: those are the editor's own work, not someone else's."""
    a = client_for(editorial.bikuben_editor)
    data = form_data(a, edit_url(method_page))
    method_page.save_revision(user=editorial.bikuben_editor)

    data["title"] = "Ny tittel"
    assert a.post(edit_url(method_page), data).status_code == 302
    assert latest(method_page).as_object().title == "Ny tittel"


def test_other_page_types_refuse_stale_edits_too(editorial):  # noqa: F811
    home = editorial.tree["home"]
    home.save_revision(user=editorial.admin)
    a = client_for(editorial.national)
    stale_data = form_data(a, edit_url(home))
    assert save_as(client_for(editorial.admin), home, "Forsiden").status_code == 302

    stale_data["title"] = "Hjem"
    response = a.post(edit_url(home), stale_data)

    assert response.status_code == 200
    assert STALE in response.content.decode()
    assert latest(home).as_object().title == "Forsiden"


def test_every_page_type_of_the_project_uses_the_checked_form():
    project_pages = [
        model
        for model in get_page_models()
        if model._meta.app_label in {"home", "methods", "materials", "search"}
    ]
    assert project_pages
    for model in project_pages:
        assert issubclass(model.get_edit_handler().get_form_class(), RevisionCheckedPageForm), model
