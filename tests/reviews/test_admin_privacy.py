"""Privacy in the admin: reviewers' identities and centres' drafts are shown only to those who may see them.

Lived experience is sensitive. Reviewers are anonymous to authors and centres unless they opted in to be
named; centre editors see nothing of other centres' pages. Everything here goes through Wagtail's own admin
views, logged in as each role, and asserts on the HTML (or CSV) that role's browser would get.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, WorkflowState

from methods.models import MethodPage
from reviews import roles
from reviews.models import ReviewerProfile
from reviews.setup import ensure_editorial_setup
from tests.factories import CentrePageFactory, MethodIndexPageFactory, MethodPageFactory

from .conftest import approve, create_method_page, make_user

pytestmark = pytest.mark.django_db

SECRET_DRAFT = "HEMMELIG-VÅRRES-UTKAST"
SECRET_LIVE = "VÅRRES-FORFALT-TILBUD"
ANONYMOUS = "A lived-experience reviewer"


@pytest.fixture
def two_centres(editorial, client, django_user_model, django_capture_on_commit_callbacks):
    """Bikuben and Vårres: a Vårres draft in review (one approval given), and a live Vårres page due for
    review."""
    varres = CentrePageFactory(parent=editorial.tree["centre_index"], slug="varres", title="Vårres")
    varres_methods = MethodIndexPageFactory(parent=varres)
    ensure_editorial_setup()
    varres_editor = make_user(django_user_model, "vera", roles.centre_editors_group_name("Vårres"))

    client.force_login(varres_editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = create_method_page(client, varres_methods, SECRET_DRAFT, "action-submit")
    assert response.status_code == 302
    draft = MethodPage.objects.get(title=SECRET_DRAFT)
    client.force_login(editorial.reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        assert approve(client, draft).status_code == 200

    due = MethodPageFactory(parent=varres_methods, title=SECRET_LIVE)
    long_ago = timezone.now() - datetime.timedelta(days=4 * 365)
    MethodPage.objects.filter(pk=due.pk).update(first_published_at=long_ago, last_published_at=long_ago)
    client.logout()
    editorial.varres = varres
    editorial.varres_methods = varres_methods
    editorial.varres_editor = varres_editor
    editorial.draft = Page.objects.get(pk=draft.pk)
    editorial.due = due
    return editorial


def admin_urls(people):
    """Every admin screen that lists pages or shows one page's title, aimed at the Vårres pages."""
    tree, draft = people.tree, people.draft
    workflow_state = WorkflowState.objects.filter(object_id=str(draft.pk)).first()
    revision = draft.latest_revision
    task = draft.current_workflow_task
    explore = [
        reverse("wagtailadmin_explore", args=(page.pk,))
        for page in (
            Page.get_first_root_node(),
            tree["home"],
            tree["centre_index"],
            *tree["centres"].values(),
            people.varres,
            people.varres_methods,
        )
    ]
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore_root"),
        *explore,
        *[url + "?q=HEMMELIG" for url in explore[:3]],
        reverse("wagtailadmin_pages:search") + "?q=HEMMELIG",
        reverse("wagtailadmin_pages:search_results") + "?q=HEMMELIG",
        reverse("wagtailadmin_pages:search") + "?q=FORFALT",
        reverse("wagtailadmin_pages:type_use", args=("methods", "methodpage")),
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailadmin_choose_page_child", args=(tree["centre_index"].pk,)),
        reverse("wagtailadmin_choose_page_child", args=(people.varres_methods.pk,)),
        reverse("wagtailadmin_choose_page_search") + "?q=HEMMELIG",
        reverse("wagtailadmin_choose_page_search") + "?q=FORFALT",
        reverse("wagtailadmin_reports:locked_pages"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:workflow_tasks"),
        reverse("wagtailadmin_reports:aging_pages"),
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:site_history") + "?export=csv",
        reverse("reviews:waiting"),
        reverse("reviews:waiting") + "?export=csv",
        reverse("reviews:due"),
        reverse("reviews:due") + "?export=csv",
        reverse("reviews:history", args=(draft.pk,)),
        reverse("reviews:history", args=(people.due.pk,)),
        reverse("wagtailadmin_pages:history", args=(draft.pk,)),
        reverse("wagtailadmin_pages:workflow_history", args=(draft.pk,)),
        reverse("wagtailadmin_pages:workflow_history_detail", args=(draft.pk, workflow_state.pk)),
        reverse("wagtailadmin_pages:edit", args=(draft.pk,)),
        reverse("wagtailadmin_pages:revisions_index", args=(draft.pk,)),
        reverse("wagtailadmin_pages:revisions_view", args=(draft.pk, revision.pk)),
        reverse("wagtailadmin_pages:view_draft", args=(draft.pk,)),
        reverse("wagtailadmin_pages:workflow_preview", args=(draft.pk, task.pk)),
        reverse("wagtailadmin_pages:usage", args=(draft.pk,)),
        reverse("wagtailadmin_pages:copy", args=(draft.pk,)),
        reverse("wagtailadmin_pages:move", args=(draft.pk,)),
        reverse("wagtailadmin_pages:delete", args=(draft.pk,)),
        reverse("wagtailadmin_pages:unpublish", args=(people.due.pk,)),
    ]
    for action in ("publish", "unpublish", "delete", "move"):
        base = reverse("wagtail_bulk_action", args=("wagtailcore", "page", action))
        urls.append(f"{base}?id={draft.pk}&id={people.due.pk}")
        urls.append(f"{base}?id=all&childOf={people.varres_methods.pk}")
        urls.append(f"{base}?id=all&childOf={tree['centre_index'].pk}&q=HEMMELIG")
    return urls


def test_a_centre_editor_sees_no_title_of_another_centres_pages_anywhere_in_the_admin(client, two_centres):
    people = two_centres
    client.force_login(people.bikuben_editor)
    leaks = []
    for url in admin_urls(people):
        response = client.get(url)
        assert response.status_code in (200, 302, 403, 404), (url, response.status_code)
        body = b"".join(response) if response.streaming else response.content
        text = body.decode()
        # The titles' distinctive parts (ASCII, so JSON escaping cannot hide them; not the query itself).
        # The page chooser lists other centres' published pages, whose titles are public: links to them
        # are fine, drafts are not.
        secrets = ("HEMMELIG-V",) if "/choose-page/" in url else ("HEMMELIG-V", "FORFALT-TILBUD")
        for secret in secrets:
            if secret in text:
                leaks.append((url, secret))
    assert leaks == [], "\n".join(f"{url} {secret}" for url, secret in leaks)


def test_the_crawler_finds_the_secrets_where_they_belong(client, two_centres):
    """The crawl above proves something only if the same screens show the titles to those who may see them."""
    people = two_centres
    for user in (people.varres_editor, people.national, people.admin):
        client.force_login(user)
        for url in (
            reverse("reviews:waiting"),
            reverse("reviews:history", args=(people.draft.pk,)),
            reverse("wagtailadmin_pages:history", args=(people.draft.pk,)),
        ):
            response = client.get(url)
            assert response.status_code == 200, (user, url)
            assert SECRET_DRAFT in response.content.decode(), (user, url)
    client.force_login(people.national)
    assert SECRET_LIVE in client.get(reverse("reviews:due")).content.decode()
    bulk = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
    assert SECRET_DRAFT in client.get(f"{bulk}?id={people.draft.pk}").content.decode()


# Reviewer identities


@pytest.fixture
def reviewed_page(editorial, client, django_capture_on_commit_callbacks):
    """A Bikuben page both reviewers approved (Randi, then Per): it waits for the national editor."""
    client.force_login(editorial.bikuben_editor)
    with django_capture_on_commit_callbacks(execute=True):
        create_method_page(
            client, editorial.tree["method_indexes"]["bikuben"], "Turgruppe med erfaring", "action-submit"
        )
    page = MethodPage.objects.get(title="Turgruppe med erfaring")
    for reviewer in (editorial.reviewer, editorial.reviewer2):
        client.force_login(reviewer)
        with django_capture_on_commit_callbacks(execute=True):
            assert approve(client, page).status_code == 200
    client.logout()
    assert PageLogEntry.objects.filter(page=page, action="reviews.review_approved").exists()
    assert PageLogEntry.objects.filter(page=page, action="wagtail.workflow.approve").exists()
    return Page.objects.get(pk=page.pk)


def review_screens(page):
    workflow_state = WorkflowState.objects.filter(object_id=str(page.pk)).first()
    return [
        reverse("reviews:history", args=(page.pk,)),
        reverse("wagtailadmin_pages:history", args=(page.pk,)),
        reverse("wagtailadmin_pages:workflow_history", args=(page.pk,)),
        reverse("wagtailadmin_pages:workflow_history_detail", args=(page.pk, workflow_state.pk)),
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:site_history") + "?export=csv",
        reverse("wagtailadmin_home"),
    ]


def screen_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    body = b"".join(response) if response.streaming else response.content
    return body.decode()


REVIEWER_NAMES = ("Randi Erfaring", "Per Pårørende")


def names_on(client, page):
    """{url: reviewer names found} for the screens that tell a page's review story."""
    found = {}
    for url in review_screens(page):
        text = screen_text(client, url)
        found[url] = {name for name in REVIEWER_NAMES if name in text}
    return found


def test_the_centre_editor_sees_a_lived_experience_reviewer_instead_of_names(
    client, reviewed_page, editorial
):
    client.force_login(editorial.bikuben_editor)
    found = names_on(client, reviewed_page)
    assert {url: names for url, names in found.items() if names} == {}
    for url in (
        reverse("reviews:history", args=(reviewed_page.pk,)),
        reverse("wagtailadmin_pages:history", args=(reviewed_page.pk,)),
    ):
        assert ANONYMOUS in screen_text(client, url), url
    # Nor can the user filter of the page history be used to find out who reviewed.
    history = screen_text(client, reverse("wagtailadmin_pages:history", args=(reviewed_page.pk,)))
    assert f'value="{editorial.reviewer.pk}"' not in history


def test_national_editors_and_administrators_see_the_reviewers_names(client, reviewed_page, editorial):
    for user in (editorial.national, editorial.admin):
        client.force_login(user)
        for url in (
            reverse("reviews:history", args=(reviewed_page.pk,)),
            reverse("wagtailadmin_pages:history", args=(reviewed_page.pk,)),
            reverse("wagtailadmin_reports:site_history"),
        ):
            text = screen_text(client, url)
            assert "Randi Erfaring" in text and "Per Pårørende" in text, (user, url)
            assert ANONYMOUS not in text, (user, url)


def test_a_reviewer_sees_their_own_name_but_not_the_other_reviewers(client, reviewed_page, editorial):
    client.force_login(editorial.reviewer)
    text = screen_text(client, reverse("reviews:history", args=(reviewed_page.pk,)))
    assert "Randi Erfaring" in text
    assert "Per Pårørende" not in text
    assert ANONYMOUS in text


def test_a_reviewer_who_opted_in_is_named_to_everyone(client, reviewed_page, editorial):
    profile = ReviewerProfile.for_user(editorial.reviewer)
    profile.show_name_publicly = True
    profile.save()
    client.force_login(editorial.bikuben_editor)
    found = names_on(client, reviewed_page)
    assert "Randi Erfaring" in found[reverse("reviews:history", args=(reviewed_page.pk,))]
    assert "Randi Erfaring" in found[reverse("wagtailadmin_pages:history", args=(reviewed_page.pk,))]
    assert [url for url, names in found.items() if "Per Pårørende" in names] == []


def test_the_author_does_not_see_which_reviewer_has_the_page_open_in_the_editor(
    client, editorial, django_capture_on_commit_callbacks
):
    client.force_login(editorial.bikuben_editor)
    with django_capture_on_commit_callbacks(execute=True):
        create_method_page(
            client, editorial.tree["method_indexes"]["bikuben"], "Skrivegruppe for unge", "action-submit"
        )
    page = MethodPage.objects.get(title="Skrivegruppe for unge")

    def ping(user):
        client.force_login(user)
        url = reverse("wagtailadmin_editing_sessions:ping", args=("wagtailcore", "page", page.pk, 0))
        response = client.post(url)
        assert response.status_code == 200
        return response.content.decode()

    ping(editorial.reviewer)  # Randi is reading the page in the editor
    seen_by_author = ping(editorial.bikuben_editor)
    assert "Randi" not in seen_by_author
    assert ANONYMOUS in seen_by_author
    assert "Randi Erfaring" in ping(editorial.national)
