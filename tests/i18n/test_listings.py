"""Listings in a translated site show every method once: translated where it is, in bokmål where not."""

import pytest

from methods.models import CentrePage
from search.models import MethodLibraryPage
from tests.factories import MethodPageFactory, publish_unreviewed
from tests.i18n.helpers import translate_and_publish


@pytest.fixture
def two_methods(method_page, site_tree, translated_method):
    other = MethodPageFactory(
        parent=site_tree["method_indexes"]["bikuben"], title="Samtalegruppe", slug="samtalegruppe"
    )
    publish_unreviewed(other.save_revision())
    return {"translated": translated_method, "untranslated": other}


def listed(methods):
    return sorted((page.locale.language_code, page.slug) for page in methods)


@pytest.mark.django_db
def test_nynorsk_library_lists_the_translation_and_the_untranslated_bokmal_method(
    client, site_tree, two_methods, superuser
):
    nn_library = translate_and_publish(
        site_tree["library"], "nn", {"Metodebiblioteket": "Metodebiblioteket"}, superuser
    )
    response = client.get(nn_library.url)
    assert response.status_code == 200
    assert listed(response.context["methods"]) == [("nb", "samtalegruppe"), ("nn", "kriseplan")]
    assert listed(client.get(site_tree["library"].url).context["methods"]) == [
        ("nb", "kriseplan"),
        ("nb", "samtalegruppe"),
    ]
    # The model method gives the same list to other callers.
    assert listed(MethodLibraryPage.objects.get(pk=nn_library.pk).get_methods()) == listed(
        response.context["methods"]
    )


@pytest.mark.django_db
def test_centre_and_home_in_nynorsk_list_each_method_once(client, two_methods):
    nn_centre = CentrePage.objects.get(locale__language_code="nn", slug="bikuben")
    assert listed(nn_centre.get_methods()) == [("nb", "samtalegruppe"), ("nn", "kriseplan")]
    home = client.get("/nn/")
    assert listed(home.context["newest_methods"]) == [("nb", "samtalegruppe"), ("nn", "kriseplan")]
    # Centres: the nynorsk (alias) Bikuben page and bokmål Vestavind, which has no nynorsk page yet.
    assert sorted((c.locale.language_code, c.slug) for c in home.context["centres"]) == [
        ("nb", "vestavind"),
        ("nn", "bikuben"),
    ]
    en_home = client.get("/en/")
    assert listed(en_home.context["newest_methods"]) == [("en", "kriseplan"), ("nb", "samtalegruppe")]


@pytest.mark.django_db
def test_a_method_written_only_in_nynorsk_is_listed_in_every_language(client, site_tree, two_methods):
    from methods.models import MethodIndexPage

    nn_index = MethodIndexPage.objects.get(locale__language_code="nn")
    only_nn = MethodPageFactory(parent=nn_index, title="Brukarspegelen", slug="brukarspegelen")
    publish_unreviewed(only_nn.save_revision())

    expected = [("nb", "samtalegruppe"), ("nn", "brukarspegelen")]
    assert listed(MethodLibraryPage.objects.get(pk=site_tree["library"].pk).get_methods()) == sorted(
        [("nb", "kriseplan")] + expected
    )
    assert listed(client.get("/").context["newest_methods"]) == sorted([("nb", "kriseplan")] + expected)
    assert listed(client.get("/en/").context["newest_methods"]) == sorted([("en", "kriseplan")] + expected)
    # Its own page says that it exists in nynorsk only.
    response = client.get(only_nn.url)
    assert "Denne sida finst berre på nynorsk." in response.text


@pytest.mark.django_db
def test_a_search_in_the_nynorsk_library_finds_each_method_once_and_counts_it_once(
    client, site_tree, two_methods, superuser
):
    # Both language versions of the crisis plan match; the library shows (and counts) the nynorsk one.
    nn_library = translate_and_publish(
        site_tree["library"], "nn", {"Metodebiblioteket": "Metodebiblioteket"}, superuser
    )
    response = client.get(nn_library.url, {"q": "kriseplan"})
    assert response.status_code == 200
    outcome = response.context["outcome"]
    assert [(r.page.locale.language_code, r.page.slug) for r in outcome.results] == [("nn", "kriseplan")]
    assert outcome.total == 1
    assert sum(outcome.counts["kind"].values()) == 1
    assert sum(outcome.counts["lang"].values()) == 1
