"""The translator's side in the admin: sync changes from the bokmål source, and PO files for external
translators, through wagtail-localize's views."""

import polib
import pytest
from django.contrib import messages
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.translation_status import out_of_date_sources, source_is_out_of_date
from tests.factories import publish_unreviewed
from tests.i18n.helpers import submit_for_translation

NEW_SUMMARY = "Et verktøy for å lage en kriseplan sammen med dem du stoler på, før krisen kommer."


def source_strings(translation):
    return set(StringSegment.objects.filter(source=translation.source).values_list("string__data", flat=True))


@pytest.mark.django_db
def test_changing_the_source_marks_translations_out_of_date_and_sync_brings_the_new_text(
    client, superuser, translated_method
):
    nb, nn = translated_method["nb"], translated_method["nn"]
    translation = Translation.objects.get(
        source__object_id=nb.translation_key, target_locale__language_code="nn"
    )
    assert not source_is_out_of_date(translation.source)
    assert translation.get_progress()[0] > 0

    nb.summary = NEW_SUMMARY
    nb.research_level = "good-evidence"
    publish_unreviewed(nb.save_revision())

    # Out of date: listed on the admin dashboard with a link to sync.
    assert source_is_out_of_date(translation.source)
    assert [source.pk for source in out_of_date_sources()] == [translation.source.pk]
    client.force_login(superuser)
    dashboard = client.get(reverse("wagtailadmin_home"))
    sync_url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    assert sync_url in dashboard.text
    assert NEW_SUMMARY not in source_strings(translation)

    # "Sync translated pages" without publishing: translators now see the new text, untranslated.
    response = client.post(sync_url, {"publish_translations": ""})
    assert response.status_code == 302
    assert not source_is_out_of_date(TranslationSource.objects.get(pk=translation.source.pk))
    assert NEW_SUMMARY in source_strings(translation)
    total, translated = Translation.objects.get(pk=translation.pk).get_progress()
    assert translated < total
    po = polib.pofile(client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).text)
    new_entry = next(entry for entry in po if entry.msgid == NEW_SUMMARY)
    assert new_entry.msgstr == ""
    # Earlier translations are kept.
    assert next(entry for entry in po if entry.msgctxt == "plain_summary").msgstr.startswith("Du lagar")

    # The published nynorsk page does not change until the translation is published again.
    nn.refresh_from_db()
    assert nn.summary == "Eit verktøy for å lage ein plan saman før krisa kjem."
    assert nn.research_level == "some-evidence"


@pytest.mark.django_db
def test_po_export_and_import_round_trip_through_the_admin(
    client, superuser, method_page, django_capture_on_commit_callbacks
):
    translation = submit_for_translation(method_page, "en", user=superuser)["en"]
    client.force_login(superuser)

    download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    assert download["Content-Type"].startswith("text/x-gettext-translation")
    assert download["Content-Disposition"].endswith("-en.po")
    po = polib.pofile(download.content.decode())
    contexts = {entry.msgctxt for entry in po}
    assert {"title", "summary", "plain_summary"} <= contexts
    assert any(context.startswith("how_to.") for context in contexts)  # StreamField text is in the file
    # Synchronised fields (slug, knowledge profile, references) are not for translators.
    assert "slug" not in contexts
    assert not any(context.startswith("references") for context in contexts)
    assert "some-evidence" not in {entry.msgid for entry in po}

    # An external translator fills in the file...
    english = {
        "Kriseplan": "Crisis plan",
        "Et verktøy for å lage en plan sammen før krisen kommer.": "A tool for making a plan together before a crisis.",
        "Planlegg det første møtet": "Plan the first meeting",
    }
    for entry in po:
        entry.msgstr = english.get(entry.msgid, "")
    upload = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": _as_upload(str(po)), "next": "/admin/"},
    )
    assert upload.status_code == 302

    # ...the strings are in wagtail-localize, and reach the page's draft when it is sent to review (method
    # pages go live through the lived-experience review, translations too).
    exported_again = polib.pofile(
        client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).content.decode()
    )
    assert {entry.msgid: entry.msgstr for entry in exported_again if entry.msgstr} == english
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("translation_review", args=[translation.get_target_instance().pk]), {"action": "submit"}
        )
    assert response.status_code == 302
    target = translation.get_target_instance().specific
    target.refresh_from_db()
    assert target.workflow_in_progress and not target.live
    page = target.get_latest_revision_as_object()
    assert (page.title, page.slug, page.summary) == (
        "Crisis plan",
        "kriseplan",
        "A tool for making a plan together before a crisis.",
    )
    assert page.how_to[0].value["steps"][0]["title"] == "Plan the first meeting"


@pytest.mark.django_db
def test_po_file_for_another_translation_is_refused(client, superuser, method_page):
    translations = submit_for_translation(method_page, "nn", "en", user=superuser)
    client.force_login(superuser)
    nn_po = client.get(reverse("wagtail_localize:download_pofile", args=[translations["nn"].pk])).content
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translations["en"].pk]),
        {"file": _as_upload(nn_po.decode()), "next": "/admin/"},
        follow=True,
    )
    assert [message.level for message in response.context["messages"]] == [messages.ERROR]
    assert not StringTranslation.objects.filter(locale__language_code="en").exists()


def _as_upload(text):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("translation.po", text.encode(), content_type="text/x-gettext-translation")
