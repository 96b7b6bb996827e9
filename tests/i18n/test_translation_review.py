"""A translated page goes through the same lived-experience review and editorial approval before it is
published: the workflow reaches the translated tree, and translators without publish permission submit
their translation from the admin instead of publishing it."""

import polib
import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale, Page, Workflow
from wagtail_localize.models import Translation

from methods.models import CentreIndexPage, CentrePage, MethodPage
from reviews import roles
from reviews.models import LivedExperienceReviewTask
from tests.reviews.conftest import approve, make_user, workflow_action

NN_URL = "/nn/sentre/bikuben/metoder-og-verktoy/kriseplan/"


@pytest.fixture
def people(site_tree, django_user_model):
    from reviews.setup import ensure_editorial_setup

    ensure_editorial_setup()
    submit = Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation")
    translator = make_user(django_user_model, "kari", roles.centre_editors_group_name("Bikuben"))
    translator.user_permissions.add(submit)
    return {
        "translator": translator,
        "reviewer": make_user(django_user_model, "randi", roles.REVIEWERS_GROUP),
        "reviewer2": make_user(django_user_model, "per", roles.REVIEWERS_GROUP),
        "national": make_user(django_user_model, "nina", roles.NATIONAL_EDITORS_GROUP),
    }


def upload_po(client, translation, texts):
    po = polib.pofile(client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).text)
    for entry in po:
        entry.msgstr = texts.get(entry.msgid, "")
    upload = SimpleUploadedFile("nn.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_translating_creates_the_nynorsk_tree_under_the_same_workflow(client, people, method_page):
    client.force_login(people["translator"])
    nn = Locale.objects.get(language_code="nn")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[method_page.pk]), {"locales": [nn.pk]}
    )
    assert response.status_code == 302

    workflow = Workflow.objects.get(name=roles.WORKFLOW_NAME)
    nn_index = CentreIndexPage.objects.get(locale=nn)
    assert nn_index.get_workflow() == workflow
    nn_page = MethodPage.objects.get(locale=nn, translation_key=method_page.translation_key)
    assert nn_page.get_workflow() == workflow
    assert not nn_page.live
    # The centre's editors may edit the centre's pages in the new language too.
    nn_centre = CentrePage.objects.get(locale=nn, slug="bikuben")
    assert nn_page.permissions_for_user(people["translator"]).can_edit()
    assert not nn_page.permissions_for_user(people["translator"]).can_publish()
    assert nn_centre.permissions_for_user(people["translator"]).can_edit()


@pytest.mark.django_db
def test_translation_is_reviewed_then_published_by_the_national_editor(
    client, people, method_page, django_capture_on_commit_callbacks
):
    nn = Locale.objects.get(language_code="nn")
    client.force_login(people["translator"])
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[method_page.pk]), {"locales": [nn.pk]}
    )
    nn_page = MethodPage.objects.get(locale=nn, translation_key=method_page.translation_key)
    translation = Translation.objects.get(source__object_id=method_page.translation_key, target_locale=nn)

    # The translator works in wagtail-localize's editor (here: a PO file from an external translator).
    assert client.get(reverse("wagtailadmin_pages:edit", args=[nn_page.pk])).status_code == 200
    upload_po(
        client,
        translation,
        {
            "Et verktøy for å lage en plan sammen før krisen kommer.": (
                "Eit verktøy for å lage ein plan saman før krisa kjem."
            ),
        },
    )
    # Publishing from the translation editor needs publish permission, which centre editors do not have.
    # (Wagtail's admin turns the refusal into a redirect to the dashboard with a message.)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[nn_page.pk]), {"action": "publish"})
    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    assert not MethodPage.objects.get(pk=nn_page.pk).live

    # The editor shows the way into review; the review page offers to submit.
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[nn_page.pk])).text
    review_url = reverse("translation_review", args=[nn_page.pk])
    assert review_url in editor
    assert client.get(review_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(review_url, {"action": "submit"})
    assert response.status_code == 302

    nn_page = MethodPage.objects.get(pk=nn_page.pk)
    assert isinstance(nn_page.current_workflow_task, LivedExperienceReviewTask)
    assert not nn_page.live
    assert client.get(NN_URL).status_code in (302, 404)
    under_review = nn_page.current_workflow_task_state.revision.as_object()
    assert under_review.summary == "Eit verktøy for å lage ein plan saman før krisa kjem."

    # Two reviewers from the lived-experience panel approve, then a national editor, which publishes.
    for reviewer in ("reviewer", "reviewer2"):
        client.force_login(people[reviewer])
        with django_capture_on_commit_callbacks(execute=True):
            approve(client, nn_page, comment="Godt språk.")
    client.force_login(people["national"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, nn_page, "approve", comment="")
    nn_page = MethodPage.objects.get(pk=nn_page.pk)
    assert nn_page.live
    assert nn_page.current_workflow_state is None

    client.logout()
    response = client.get(NN_URL)
    assert response.status_code == 200
    assert response.context["page"].summary == "Eit verktøy for å lage ein plan saman før krisa kjem."


@pytest.mark.django_db
def test_resubmitting_a_live_translation_does_not_change_the_live_page_before_review(
    client, people, translated_method
):
    nn_page = translated_method["nn"]
    translation = Translation.objects.get(
        source__object_id=nn_page.translation_key, target_locale__language_code="nn"
    )
    client.force_login(people["translator"])
    upload_po(client, translation, {"Kriseplan": "Kriseplanen"})
    response = client.post(reverse("translation_review", args=[nn_page.pk]), {"action": "submit"})
    assert response.status_code == 302

    live = Page.objects.get(pk=nn_page.pk).specific
    assert live.title == "Kriseplan"
    assert live.has_unpublished_changes
    assert live.get_latest_revision_as_object().title == "Kriseplanen"
    assert client.get(NN_URL).context["page"].title == "Kriseplan"
    # Submitting again while the page is in review is refused with a message, not an error page.
    response = client.post(
        reverse("translation_review", args=[nn_page.pk]), {"action": "submit"}, follow=True
    )
    assert response.status_code == 200
    assert Page.objects.get(pk=nn_page.pk).specific.workflow_in_progress


@pytest.mark.django_db
def test_review_page_is_refused_to_users_who_cannot_edit_the_page(
    client, people, translated_method, django_user_model
):
    outsider = make_user(django_user_model, "ola", roles.centre_editors_group_name("Vestavind"))
    client.force_login(outsider)
    response = client.post(
        reverse("translation_review", args=[translated_method["nn"].pk]), {"action": "submit"}
    )
    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    assert not Page.objects.get(pk=translated_method["nn"].pk).workflow_in_progress
