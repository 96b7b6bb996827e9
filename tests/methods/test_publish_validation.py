"""A method page cannot be submitted for review (the way to publication) without its lived-experience
origin and knowledge profile.

Wagtail 8 defers required-field validation when an editor saves a draft, so work in progress can be
saved; submitting (like publishing, which nobody does directly for method pages) runs the full validation
and shows the message on the field. These tests drive the
real admin forms with the Django test client: the form data is read from the rendered form.
"""

import json

import pytest
from django.conf import settings
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.blocks import BlockWidget
from wagtail.test.utils.form_data import querydict_from_html, rich_text

from methods.models import MethodPage
from tests.factories import MethodPageFactory, publish_unreviewed


def admin_text(msgid):
    """``msgid`` as the admin shows it to an editor without a language preference (bokmål)."""
    with translation.override(settings.LANGUAGE_CODE):
        return translation.gettext(msgid)


REQUIRED_MESSAGE = admin_text("This field is required.")
# What Draftail submits for a rich text field the editor has emptied.
EMPTY_RICH_TEXT = "null"


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktor", "redaktor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def draft_method(site_tree):
    """A complete method page that has never been published."""
    page = MethodPageFactory(parent=site_tree["method_indexes"]["bikuben"], live=False)
    page.save_revision()
    return page


def form_data(client, url):
    """The POST data the admin form at ``url`` sends from a browser, read from the rendered form.

    Where the admin's JavaScript changes what is posted, do as it does: Draftail posts "null" for an
    empty rich text field (checked in Chromium), and StreamField editors post their blocks (the pages
    here have none, so an empty stream).
    """
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for name, field in response.context["form"].fields.items():
        if isinstance(field.widget, BlockWidget) and f"{name}-count" not in data:
            data[f"{name}-count"] = "0"
        if isinstance(field.widget, DraftailRichTextArea) and name in data:
            blocks = json.loads(data[name] or "null") or {"blocks": []}
            if not any(block["text"] for block in blocks["blocks"]):
                data[name] = EMPTY_RICH_TEXT
    return data


def field_errors(response, name):
    return [str(error) for error in response.context["form"].errors.get(name, [])]


def assert_message(response, msgid):
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    assert any(message.startswith(admin_text(msgid)) for message in messages), messages


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_the_edit_form_round_trips_unchanged(editor_client, draft_method):
    """Guard for the tests below: submitting the untouched form succeeds, so failures are the fields'."""
    data = form_data(editor_client, edit_url(draft_method))
    data["action-submit"] = "action-submit"

    response = editor_client.post(edit_url(draft_method), data)

    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    draft_method.refresh_from_db()
    assert draft_method.workflow_in_progress


@pytest.mark.parametrize(
    ("field", "empty_value"),
    [
        ("lived_experience_origin", EMPTY_RICH_TEXT),
        ("research_level", ""),
        ("experience_level", ""),
    ],
)
def test_submitting_without_a_required_field_fails_on_that_field(
    editor_client, draft_method, field, empty_value
):
    data = form_data(editor_client, edit_url(draft_method))
    data[field] = empty_value
    data["action-submit"] = "action-submit"

    response = editor_client.post(edit_url(draft_method), data)

    assert response.status_code == 200
    assert field_errors(response, field) == [REQUIRED_MESSAGE]
    assert_message(response, "The page could not be saved due to validation errors.")
    assert REQUIRED_MESSAGE in response.content.decode()
    draft_method.refresh_from_db()
    assert not draft_method.live
    assert not draft_method.workflow_in_progress


def test_practice_level_is_optional_for_submitting(editor_client, draft_method):
    # The import format requires research and experience levels; practice knowledge may be unknown.
    data = form_data(editor_client, edit_url(draft_method))
    data["practice_level"] = ""
    data["action-submit"] = "action-submit"

    response = editor_client.post(edit_url(draft_method), data)

    assert response.status_code == 302
    draft_method.refresh_from_db()
    assert draft_method.workflow_in_progress
    assert draft_method.get_latest_revision_as_object().practice_level == ""


def test_a_draft_without_origin_or_profile_can_be_saved(editor_client, draft_method):
    data = form_data(editor_client, edit_url(draft_method))
    data["lived_experience_origin"] = EMPTY_RICH_TEXT
    data["research_level"] = ""
    data["experience_level"] = ""
    data["summary"] = "Et utkast som ikke er ferdig."

    response = editor_client.post(edit_url(draft_method), data)

    assert response.status_code == 302
    draft = MethodPage.objects.get(pk=draft_method.pk).get_latest_revision_as_object()
    assert draft.summary == "Et utkast som ikke er ferdig."
    assert draft.lived_experience_origin == ""
    assert draft.research_level == ""
    assert not MethodPage.objects.get(pk=draft_method.pk).live


def test_a_new_method_can_be_started_as_a_draft_but_not_submitted_empty(editor_client, site_tree):
    parent = site_tree["method_indexes"]["bikuben"]
    url = reverse("wagtailadmin_pages:add", args=["methods", "methodpage", parent.pk])
    data = form_data(editor_client, url)
    data["title"] = "Samtalegruppe for unge pårørende"
    data["slug"] = "samtalegruppe-for-unge-parorende"
    data["summary"] = "Et samtaletilbud for unge pårørende."
    data["aim"] = rich_text("<p>Unge pårørende skal få noen å snakke med.</p>")

    publish_data = data.copy()
    publish_data["action-submit"] = "action-submit"
    published = editor_client.post(url, publish_data)

    assert published.status_code == 200
    for field in ("lived_experience_origin", "research_level", "experience_level"):
        assert field_errors(published, field) == [REQUIRED_MESSAGE], field
    assert_message(published, "The page could not be created due to validation errors.")
    assert not MethodPage.objects.filter(slug="samtalegruppe-for-unge-parorende").exists()

    saved = editor_client.post(url, data)

    assert saved.status_code == 302
    page = MethodPage.objects.get(slug="samtalegruppe-for-unge-parorende")
    assert not page.live
    assert page.centre_id == site_tree["centres"]["bikuben"].pk


def test_published_page_keeps_its_live_content_when_an_invalid_edit_is_submitted(editor_client, site_tree):
    page = MethodPageFactory(parent=site_tree["method_indexes"]["bikuben"])
    publish_unreviewed(page.save_revision())
    origin = page.lived_experience_origin
    data = form_data(editor_client, edit_url(page))
    data["lived_experience_origin"] = EMPTY_RICH_TEXT
    data["action-submit"] = "action-submit"

    response = editor_client.post(edit_url(page), data)

    assert response.status_code == 200
    assert field_errors(response, "lived_experience_origin") == [REQUIRED_MESSAGE]
    page.refresh_from_db()
    assert page.live
    assert page.lived_experience_origin == origin
    assert page.live_revision.content["lived_experience_origin"] == origin
