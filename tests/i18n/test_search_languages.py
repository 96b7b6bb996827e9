"""Translated pages are found by searches in their own language (the search itself is the search issue's)."""

import pytest


def found(response):
    return [
        (result.page.locale.language_code, result.page.title)
        for result in response.context["outcome"].results
    ]


@pytest.mark.django_db
def test_english_translation_is_found_in_english_and_bokmal_source_in_bokmal(client, translated_method):
    english = client.get("/en/sok/", {"q": "crisis"})
    assert english.status_code == 200
    assert found(english) == [("en", "Crisis plan")]

    bokmal = client.get("/sok/", {"q": "kriseplan"})
    assert found(bokmal) == [("nb", "Kriseplan")]

    nynorsk = client.get("/nn/sok/", {"q": "saman"})
    assert found(nynorsk) == [("nn", "Kriseplan")]


@pytest.mark.django_db
def test_english_pages_are_stemmed_as_english(client, translated_method):
    # The English page says "Agree on a time": English stemming makes "agreeing" the same word (agre);
    # Norwegian stemming does not (agreeing stays agreeing, agree becomes agre).
    assert found(client.get("/en/sok/", {"q": "agreeing"})) == [("en", "Crisis plan")]
    assert found(client.get("/en/sok/", {"q": "agreed"})) == [("en", "Crisis plan")]
    assert found(client.get("/sok/", {"q": "agreeing", "lang": "all"})) == [("en", "Crisis plan")]
    # Bokmål searches stay Norwegian: the plural of the bokmål word still finds the bokmål page.
    assert found(client.get("/sok/", {"q": "kriseplaner"})) == [("nb", "Kriseplan")]
