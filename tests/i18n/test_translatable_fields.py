"""Which fields are translated and which synchronised (declared on the models), and translated snippets."""

import pytest
from django.urls import reverse
from wagtail_localize.models import StringSegment, TranslationSource

from methods.models import MethodPage, TargetGroup
from tests.factories import publish_unreviewed
from tests.i18n.helpers import translate_and_publish


@pytest.fixture
def nynorsk_relatives(method_page, superuser):
    """The target group 'Pårørende' translated into nynorsk with wagtail-localize."""
    relatives = TargetGroup.objects.get(slug="parorende", locale__language_code="nb")
    return translate_and_publish(relatives, "nn", {"Pårørende": "Pårørande"}, user=superuser)


@pytest.mark.django_db
def test_texts_are_offered_for_translation_and_facts_are_not(method_page):
    from tests.i18n.helpers import submit_for_translation

    translation = submit_for_translation(method_page, "nn")["nn"]
    contexts = set(
        StringSegment.objects.filter(source=translation.source).values_list("context__path", flat=True)
    )
    assert {
        "title",
        "summary",
        "plain_summary",
        "research_assessed_by",
        "duration",
        "facilitators",
    } <= contexts
    assert any(path.startswith("how_to.") for path in contexts)
    assert any(path.startswith("aim") for path in contexts)
    for synchronised in (
        "slug",
        "kind",
        "research_level",
        "experience_level",
        "practice_level",
        "contact_email",
    ):
        assert synchronised not in contexts
    assert not any(path.startswith("references") for path in contexts)


@pytest.mark.django_db
def test_translation_copies_the_knowledge_profile_and_references(translated_method):
    nb, en = translated_method["nb"], translated_method["en"]
    assert (en.kind, en.research_level, en.experience_level, en.practice_level) == (
        nb.kind,
        nb.research_level,
        nb.experience_level,
        nb.practice_level,
    )
    assert en.references.raw_data[0]["value"]["title"] == "Ruud T. (2015). Kriseplaner."
    assert en.slug == nb.slug


@pytest.mark.django_db
def test_snippet_translation_keeps_the_slug_and_the_page_uses_the_translated_snippet(
    nynorsk_relatives, method_page, superuser
):
    assert (nynorsk_relatives.name, nynorsk_relatives.slug) == ("Pårørande", "parorende")
    assert nynorsk_relatives.locale.language_code == "nn"

    nn_page = translate_and_publish(method_page, "nn", {}, user=superuser)
    assert list(nn_page.target_groups.all()) == [nynorsk_relatives]
    assert list(MethodPage.objects.get(pk=method_page.pk).target_groups.values_list("name", flat=True)) == [
        "Pårørende"
    ]


@pytest.mark.django_db
def test_page_translated_before_its_snippets_picks_them_up_when_saved_again(method_page, superuser):
    nn_page = translate_and_publish(method_page, "nn", {}, user=superuser)
    # Not translated yet: the nynorsk page keeps the bokmål target group rather than losing it.
    assert [group.locale.language_code for group in nn_page.target_groups.all()] == ["nb"]
    relatives = TargetGroup.objects.get(slug="parorende")
    translate_and_publish(relatives, "nn", {"Pårørende": "Pårørande"}, user=superuser)
    publish_unreviewed(nn_page.save_revision())
    assert list(MethodPage.objects.get(pk=nn_page.pk).target_groups.values_list("name", flat=True)) == [
        "Pårørande"
    ]


@pytest.mark.django_db
def test_page_editor_offers_target_groups_in_the_page_language_only(
    client, superuser, nynorsk_relatives, method_page
):
    client.force_login(superuser)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[method_page.pk])).text
    assert "Pårørende" in html
    assert "Pårørande" not in html
    assert TranslationSource.objects.filter(object_id=nynorsk_relatives.translation_key).count() == 1
