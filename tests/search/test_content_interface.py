"""Search reads a method only through the search interface MethodPage declares: change the declaration and
what search facets, highlights, reindexes and suggests changes with it (no field list of its own)."""

import pytest
from django.utils import translation

from methods.models import MethodPage
from search import facet_cache, facets, suggest
from search.highlight import highlight_method
from search.query import parse
from tests.factories import MethodPageFactory, TargetGroupFactory, ThemeFactory, publish_unreviewed

pytestmark = pytest.mark.django_db


@pytest.fixture
def method(site_tree):
    page = MethodPageFactory(
        parent=site_tree["method_indexes"]["bikuben"],
        title="Mestringskurs",
        summary="Et kurs om søvn.",
        plain_summary="Du lærer å sove bedre.",
        research_level="well-described",
        experience_level="user-evaluated",
    )
    page.target_groups.set([TargetGroupFactory(slug="unge", name="Unge")])
    page.themes.set([ThemeFactory(slug="sovn", name="Søvn")])
    publish_unreviewed(page.save_revision())
    return MethodPage.objects.get(pk=page.pk)


def row_of(page):
    (row,) = facets.facet_rows(MethodPage.objects.filter(pk=page.pk))
    return row


def declare(monkeypatch, name, value):
    monkeypatch.setattr(MethodPage, name, value)
    facet_cache.forget()


def test_facet_rows_read_the_declared_single_values(monkeypatch, method):
    row = row_of(method)
    assert (row[facets.KIND], row[facets.RESEARCH], row[facets.MATERIALS]) == (
        "method",
        "well-described",
        None,
    )
    declared = MethodPage.search_facet_values()
    declare(
        monkeypatch,
        "search_facet_values",
        classmethod(lambda cls: {**declared, "kind": "experience_level", "materials": "research_level"}),
    )
    row = row_of(method)
    assert (row[facets.KIND], row[facets.MATERIALS]) == ("user-evaluated", "well-described")


def test_facet_rows_read_the_declared_term_relations(monkeypatch, method):
    assert (row_of(method)[facets.TARGETS], row_of(method)[facets.THEMES]) == (("unge",), ("sovn",))
    declare(monkeypatch, "search_facet_terms", {"target": "themes", "theme": "target_groups"})
    assert (row_of(method)[facets.TARGETS], row_of(method)[facets.THEMES]) == (("sovn",), ("unge",))
    rows = facets.facet_rows(MethodPage.objects.all(), ids=[method.pk])
    assert rows[0][facets.TARGETS] == ("sovn",)


def test_a_model_without_the_interface_has_no_facet_rows(monkeypatch, method):
    monkeypatch.delattr(MethodPage, "search_facet_terms")
    with pytest.raises(AttributeError):
        row_of(method)


def test_highlights_follow_the_declared_fields_labels_and_order(monkeypatch, method):
    query = parse("søvn")
    with translation.override("en"):
        labels = [str(label) for label, _words in highlight_method(method, query).matched_fields]
    assert labels == ["summary", "themes"]
    declare(
        monkeypatch,
        "search_highlight_fields",
        (("themes", "emner", False), ("plain_summary", "kort", True), ("summary", "sammendrag", True)),
    )
    highlight = highlight_method(method, query)
    assert [label for label, _words in highlight.matched_fields] == ["emner", "sammendrag"]
    assert "<mark>søvn</mark>" in highlight.snippet_html


def test_a_declared_method_supplies_highlight_text(monkeypatch, method):
    declare(
        monkeypatch, "search_highlight_fields", (("summary", "sammendrag", True), ("extra", "ekstra", True))
    )
    monkeypatch.setattr(MethodPage, "extra", lambda page: "Om søvn og hvile. Annen tekst.", raising=False)
    highlight = highlight_method(method, parse("hvile"))
    assert highlight.matched_fields == [("ekstra", ["hvile"])]
    assert highlight.snippet_html == "Om søvn og <mark>hvile</mark>. Annen tekst."


def test_nothing_matched_snippets_start_the_first_snippet_field(monkeypatch, method):
    declare(
        monkeypatch, "search_highlight_fields", (("title", "tittel", False), ("plain_summary", "kort", True))
    )
    highlight = highlight_method(method, parse("mestringskurs"))
    assert highlight.snippet_html == "Du lærer å sove bedre."
    assert highlight.title_html == "<mark>Mestringskurs</mark>"


def test_spelling_vocabulary_comes_from_the_declared_texts(monkeypatch, method):
    declare(monkeypatch, "search_vocabulary_texts", classmethod(lambda cls: ["Pusteøvelser"]))
    assert suggest._build_vocabulary() == ["pusteøvelser"]


def test_facet_cache_forgets_on_the_declared_sources(monkeypatch):
    class Source:
        pass

    monkeypatch.setattr(MethodPage, "search_facet_sources", classmethod(lambda cls: (Source,)))
    assert facet_cache._is_relevant(Source)
    assert not facet_cache._is_relevant(type(None))


def test_a_changed_term_reindexes_the_methods_the_declared_lookup_finds(monkeypatch, method):
    queued = []
    monkeypatch.setattr("search.signals.update_search_index", lambda model, pks: queued.append(list(pks)))
    group = method.target_groups.get()
    group.name = "Ungdom"
    group.save()
    assert queued == [[method.pk]]
    declare(
        monkeypatch,
        "search_index_sources",
        {**MethodPage.search_index_sources, "methods.TargetGroup": "materials__document"},
    )
    group.save()
    assert queued[-1] == []  # no method links a material with that id
