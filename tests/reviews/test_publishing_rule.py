"""Method pages go live through the review workflow: nobody, administrators included, publishes one directly."""

import pytest
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Locale, Page, Workflow

from home.models import StandardPage
from methods.models import MethodPage
from methods.publishing import ReviewRequired
from tests.factories import MethodPageFactory

from .conftest import create_method_page, edit_method_page

pytestmark = pytest.mark.django_db


def draft(parent, owner, title="Utkast til metode"):
    page = MethodPageFactory(parent=parent, title=title, live=False, owner=owner)
    page.save_revision(user=owner)
    return Page.objects.get(pk=page.pk).specific


def edit_view(client, page):
    return client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()


def test_national_editor_gets_no_publish_button_and_a_forged_publish_does_not_publish(client, editorial):
    page = draft(editorial.tree["method_indexes"]["bikuben"], editorial.bikuben_editor)
    client.force_login(editorial.national)

    html = edit_view(client, page)
    assert 'name="action-submit"' in html  # the way to publication is the workflow
    assert 'name="action-publish"' not in html

    edit_method_page(client, page, "action-publish")
    assert not MethodPage.objects.get(pk=page.pk).live


def test_national_editor_cannot_create_and_publish_a_method_page_in_one_go(client, editorial):
    index = editorial.tree["method_indexes"]["bikuben"]
    client.force_login(editorial.national)
    add_url = reverse("wagtailadmin_pages:add", args=("methods", "methodpage", index.pk))
    assert 'name="action-publish"' not in client.get(add_url).content.decode()

    create_method_page(client, index, title="Direkte publisert", action="action-publish")
    assert not MethodPage.objects.filter(title="Direkte publisert", live=True).exists()


def test_administrators_get_no_publish_button_either(client, editorial):
    page = draft(editorial.tree["method_indexes"]["bikuben"], editorial.bikuben_editor)
    client.force_login(editorial.admin)
    html = edit_view(client, page)
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html
    edit_method_page(client, page, "action-publish")
    assert not MethodPage.objects.get(pk=page.pk).live


def test_national_editors_still_publish_other_pages_and_set_privacy_on_method_pages(editorial):
    home = editorial.tree["home"]
    about = home.add_child(instance=StandardPage(title="Om oss", slug="om-oss", live=False))
    assert about.permissions_for_user(editorial.national).can_publish()

    page = draft(editorial.tree["method_indexes"]["bikuben"], editorial.bikuben_editor)
    tester = page.permissions_for_user(editorial.national)
    assert not tester.can_publish()
    assert tester.can_unpublish() is False  # not live; unpublishing itself is not restricted
    assert tester.can_set_view_restrictions()


def test_translated_method_pages_follow_the_same_rule(editorial):
    page = draft(editorial.tree["method_indexes"]["bikuben"], editorial.bikuben_editor)
    nynorsk = Locale.objects.get_or_create(language_code="nn")[0]
    assert page.locale != nynorsk
    translation = MethodPage(title="Nynorsk utkast", locale=nynorsk)
    assert not translation.permissions_for_user(editorial.national).can_publish()


def test_a_workflow_without_an_approved_lived_experience_review_does_not_publish_a_method_page(editorial):
    page = draft(editorial.tree["method_indexes"]["bikuben"], editorial.bikuben_editor)
    workflow = Workflow.objects.create(name="Bare redaksjonen")
    task = GroupApprovalTask.objects.create(name="Redaksjonen")
    workflow.workflow_tasks.create(task=task, sort_order=0)
    # A task with no groups is passed at once, so the workflow finishes as it starts: publishing is then
    # refused even for a national editor, because no lived-experience review was approved in this run.
    with pytest.raises(ReviewRequired):
        workflow.start(page, editorial.national)
    assert not MethodPage.objects.get(pk=page.pk).live
