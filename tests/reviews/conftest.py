"""Roles, users and admin-form helpers for the editorial workflow tests."""

import re
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from reviews import roles
from reviews.checklist import CHECKLIST
from reviews.setup import ensure_editorial_setup

PASSWORD = "a-long-test-password-1"


def make_user(django_user_model, username, *groups, superuser=False, first_name="", last_name=""):
    user = django_user_model.objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password=PASSWORD,
        first_name=first_name,
        last_name=last_name,
        is_superuser=superuser,
        is_staff=superuser,
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    # The admin and the emails speak English in these tests, whatever the nb catalogue says.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def editorial(site_tree, django_user_model):
    """The site tree with Bikuben and Vestavind, editorial setup applied, and one user per role."""
    ensure_editorial_setup()
    people = SimpleNamespace(
        bikuben_editor=make_user(
            django_user_model,
            "kari",
            roles.centre_editors_group_name("Bikuben"),
            first_name="Kari",
            last_name="Nordmann",
        ),
        vestavind_editor=make_user(django_user_model, "ola", roles.centre_editors_group_name("Vestavind")),
        reviewer=make_user(
            django_user_model, "randi", roles.REVIEWERS_GROUP, first_name="Randi", last_name="Erfaring"
        ),
        reviewer2=make_user(
            django_user_model, "per", roles.REVIEWERS_GROUP, first_name="Per", last_name="Pårørende"
        ),
        reviewer3=make_user(django_user_model, "siv", roles.REVIEWERS_GROUP),
        national=make_user(django_user_model, "nina", roles.NATIONAL_EDITORS_GROUP, first_name="Nina"),
        admin=make_user(django_user_model, "admin", superuser=True),
    )
    return SimpleNamespace(tree=site_tree, **vars(people))


def method_form_data(title="Samtalegruppe for pårørende", slug=None, **overrides):
    """POST data for the MethodPage admin form, as the editor's browser would send it."""
    data = {
        "title": title,
        "slug": slug
        or re.sub(r"[^a-z0-9]+", "-", title.lower().replace("å", "a").replace("ø", "o")).strip("-"),
        "kind": "method",
        "summary": "Et gruppetilbud der pårørende deler erfaringer og lærer å mestre hverdagen.",
        "plain_summary": "Du møter andre pårørende.",
        "aim": rich_text("<p>Mer mestring og mindre ensomhet.</p>"),
        "target_group_description": "",
        "lived_experience_origin": rich_text("<p>Utviklet av pårørende sammen med senteret.</p>"),
        "research_level": "well-described",
        "research_assessed_by": "Senteret selv",
        "experience_level": "user-evaluated",
        "practice_level": "in-use",
        "evidence": rich_text(""),
        "references": streamfield([]),
        "how_to": streamfield([]),
        "duration": "8 møter",
        "group_size": "6–10",
        "facilitators": "En erfaringskonsulent",
        "prerequisites": rich_text(""),
        "training": rich_text(""),
        "usages": inline_formset([]),
        "related_methods": inline_formset([]),
        "materials": inline_formset([]),
        "comments": inline_formset([]),
        "contact": "",
        "contact_email": "",
        "last_substantive_update": "",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def create_method_page(client, parent, title="Samtalegruppe for pårørende", action=None, **overrides):
    """Create a MethodPage through Wagtail's add view; `action` e.g. 'action-submit' or 'action-publish'."""
    data = method_form_data(title, **overrides)
    if action:
        data[action] = "1"
    response = client.post(reverse("wagtailadmin_pages:add", args=("methods", "methodpage", parent.pk)), data)
    return response


def edit_method_page(client, page, action=None, **overrides):
    """Save (or submit/publish with `action`) the page through Wagtail's edit view."""
    latest = page.get_latest_revision_as_object()
    data = method_form_data(latest.title, slug=latest.slug, **overrides)
    if action:
        data[action] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)


def checklist(all_ticked=True, **answers):
    data = {key: "on" for key, _label in CHECKLIST} if all_ticked else {}
    for key, value in answers.items():
        if value:
            data[key] = "on"
        else:
            data.pop(key, None)
    return data


def workflow_action(client, page, action, ajax=True, **data):
    """Post a decision through Wagtail's workflow action view, as the dashboard's modal does."""
    page = Page.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    headers = {"X-Requested-With": "XMLHttpRequest"} if ajax else {}
    return client.post(url, data, headers=headers)


def approve(client, page, comment="Respektfullt og tydelig.", **answers):
    return workflow_action(client, page, "approve", **checklist(**answers), comment=comment)


def request_changes(client, page, comment, **answers):
    return workflow_action(client, page, "reject", **checklist(all_ticked=False, **answers), comment=comment)
