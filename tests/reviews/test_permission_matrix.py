"""Who may do what: every role × action, each cell checked by doing the action through the admin."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from methods.models import MethodPage, TargetGroup
from reviews.models import ReviewRecord
from tests.factories import MethodPageFactory

from .conftest import approve, edit_method_page, workflow_action

pytestmark = pytest.mark.django_db

ROLES = ["centre_editor_own_centre", "centre_editor_other_centre", "reviewer", "national_editor", "admin"]
ACTIONS = [
    "view_draft",
    "edit_own_centre_page",
    "edit_other_centre_page",
    "submit",
    "review",
    "publish_directly",
    "publish_by_final_approval",
    "manage_taxonomy",
    "import",
]
# The page under test belongs to Bikuben. "Own centre" is the user's own centre for centre editors, and
# Bikuben for everyone else; "another centre" is a centre that is not theirs. "Publish directly" is the
# editor's Publish button: national editors publish method pages by approving the workflow's last step
# after the lived-experience review ("publish by final approval"). Nobody, administrators included, can
# publish a method page around the review in the admin (methods.publishing).
EXPECTED = {
    #                            view   edit   edit   submit review publish publish  taxonomy import
    #                            draft  own    other                directly approval
    "centre_editor_own_centre": (True, True, False, True, False, False, False, False, False),
    "centre_editor_other_centre": (False, True, False, False, False, False, False, False, False),
    "reviewer": (True, False, False, False, True, False, False, False, False),
    "national_editor": (True, True, True, True, False, False, True, True, True),
    "admin": (True, True, True, True, False, False, True, True, True),
}


def draft(parent, owner, title):
    page = MethodPageFactory(parent=parent, title=title, live=False, owner=owner)
    page.save_revision(user=owner)
    return Page.objects.get(pk=page.pk).specific


@pytest.fixture
def scene(editorial):
    people = editorial
    indexes = people.tree["method_indexes"]
    bikuben = draft(indexes["bikuben"], people.bikuben_editor, "Bikuben-utkast")
    vestavind = draft(indexes["vestavind"], people.vestavind_editor, "Vestavind-utkast")
    in_review = draft(indexes["bikuben"], people.bikuben_editor, "Til gjennomgang")
    in_review.get_workflow().start(in_review, people.bikuben_editor)
    reviewed = draft(indexes["bikuben"], people.bikuben_editor, "Gjennomgått av panelet")
    reviewed.get_workflow().start(reviewed, people.bikuben_editor)
    for reviewer in (people.reviewer, people.reviewer2):
        reviewer_client = Client()
        reviewer_client.force_login(reviewer)
        approve(reviewer_client, reviewed)
    users = {
        "centre_editor_own_centre": (people.bikuben_editor, bikuben, vestavind),
        "centre_editor_other_centre": (people.vestavind_editor, vestavind, bikuben),
        "reviewer": (people.reviewer, bikuben, vestavind),
        "national_editor": (people.national, bikuben, vestavind),
        "admin": (people.admin, bikuben, vestavind),
    }
    return {"users": users, "bikuben": bikuben, "in_review": in_review, "reviewed": reviewed}


def edit_saves(client, page):
    new_summary = "En endret oppsummering fra matrisetesten."
    edit_method_page(client, page, summary=new_summary)
    return MethodPage.objects.get(pk=page.pk).get_latest_revision_as_object().summary == new_summary


def do(action, client, user, own_page, other_page, scene):
    bikuben, in_review = scene["bikuben"], scene["in_review"]
    if action == "view_draft":
        return client.get(reverse("wagtailadmin_pages:view_draft", args=(in_review.pk,))).status_code == 200
    if action == "edit_own_centre_page":
        return edit_saves(client, own_page)
    if action == "edit_other_centre_page":
        return edit_saves(client, other_page)
    if action == "submit":
        edit_method_page(client, bikuben, "action-submit")
        return MethodPage.objects.get(pk=bikuben.pk).workflow_in_progress
    if action == "review":
        approve(client, in_review)
        return ReviewRecord.objects.filter(page=in_review, reviewer=user).exists()
    if action == "publish_directly":
        edit_method_page(client, bikuben, "action-publish")
        return MethodPage.objects.get(pk=bikuben.pk).live
    if action == "publish_by_final_approval":
        reviewed = scene["reviewed"]
        workflow_action(client, reviewed, "approve", comment="Klar for publisering.")
        return MethodPage.objects.get(pk=reviewed.pk).live
    if action == "manage_taxonomy":
        client.post(
            reverse("wagtailsnippets_methods_targetgroup:add") + "?locale=nb",
            {"name": "Ungdom", "slug": "ungdom", "description": ""},
        )
        return TargetGroup.objects.filter(slug="ungdom").exists()
    if action == "import":
        allowed_view = client.get(reverse("methods_import")).status_code == 200
        assert allowed_view == user.has_perm("methods.import_methods")
        return allowed_view
    raise AssertionError(action)


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(client, scene, role, action):
    user, own_page, other_page = scene["users"][role]
    client.force_login(user)
    expected = EXPECTED[role][ACTIONS.index(action)]
    assert do(action, client, user, own_page, other_page, scene) is expected, (
        f"{role} {'should' if expected else 'should not'} be able to {action.replace('_', ' ')}"
    )
