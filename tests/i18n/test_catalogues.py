"""The gettext catalogues: every interface string translated in bokmål, nynorsk and English, nothing fuzzy,
compiled .mo files up to date, and Northern Sami falling back to bokmål."""

import os
import shutil

import polib
import pytest
from django.utils import translation

from home import catalogues


@pytest.fixture
def gettext_tools():
    """makemessages needs GNU gettext (xgettext, msgmerge). Skipped without it, except in CI."""
    missing = [tool for tool in ("xgettext", "msgmerge", "msguniq") if shutil.which(tool) is None]
    if missing:
        message = (
            f"the catalogue check needs GNU gettext ({', '.join(missing)} missing; apt-get install gettext)"
        )
        if os.environ.get("CI", "") in ("true", "1"):
            pytest.fail(message)
        pytest.skip(message)


def test_every_string_in_the_code_and_templates_is_translated_in_nb_nn_and_en(gettext_tools):
    report = catalogues.check_catalogues()
    assert not report.problems, "\n" + report.describe()
    assert report.extracted > 100


def test_the_check_fails_for_a_new_string_without_translation(gettext_tools, monkeypatch):
    copy_sources = catalogues._copy_sources

    def copy_with_a_new_string(root, target):
        copy_sources(root, target)
        (target / "home" / "new_feature.py").write_text(
            "from django.utils.translation import gettext as _\n\nLABEL = _('A label nobody has translated yet')\n"
        )

    monkeypatch.setattr(catalogues, "_copy_sources", copy_with_a_new_string)
    report = catalogues.check_catalogues()
    assert report.problems
    for code in ("nb", "nn", "en"):
        assert "A label nobody has translated yet" in report.untranslated[code]
    assert "A label nobody has translated yet" in report.describe()


def test_the_check_fails_for_fuzzy_entries_and_uncompiled_changes(gettext_tools, monkeypatch, tmp_path):
    shutil.copytree(catalogues.locale_dir(), tmp_path / "locale")
    monkeypatch.setattr(catalogues, "locale_dir", lambda: tmp_path / "locale")
    nn_po = tmp_path / "locale" / "nn" / "LC_MESSAGES" / "django.po"
    po = polib.pofile(str(nn_po))
    entry = po.find("Skip to main content")
    entry.flags.append("fuzzy")
    po.find("Search the methods library").msgstr = "Søk i metodebiblioteket vårt"
    po.save(str(nn_po))

    report = catalogues.check_catalogues()
    assert report.problems
    assert "Skip to main content" in report.fuzzy["nn"]
    assert report.stale_mo == {"nn": ["Search the methods library"]}


@pytest.mark.parametrize(
    "language, expected",
    [
        ("nb", "Hopp til hovedinnhold"),
        ("nn", "Hopp til hovudinnhald"),
        ("en", "Skip to main content"),
        # No Sami translation yet: Django falls back to the LANGUAGE_CODE (bokmål) catalogue, not English.
        ("se", "Hopp til hovedinnhold"),
    ],
)
def test_interface_language(language, expected):
    with translation.override(language):
        assert translation.gettext("Skip to main content") == expected


def test_northern_sami_is_a_recognised_language():
    assert translation.check_for_language("se")
    info = translation.get_language_info("se")
    assert (info["name_local"], info["bidi"]) == ("Davvisámegiella", False)
    assert translation.get_supported_language_variant("se") == "se"
