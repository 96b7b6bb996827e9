"""A reference in 'Knowledge base': its year is shown once, also when the title is a full citation."""

from django.template.loader import render_to_string


def render(**value):
    return " ".join(render_to_string("methods/blocks/reference.html", {"value": value}).split())


def test_year_follows_a_bare_title():
    html = render(title="Conceptual framework for personal recovery", year=2011)
    assert (
        'Conceptual framework for personal recovery</span> <span class="reference__year">(2011)</span>'
        in html
    )


def test_year_is_not_repeated_after_a_citation_that_holds_it():
    html = render(title="Leamy, M. mfl. (2011). Conceptual framework for personal recovery.", year=2011)
    assert html.count("2011") == 1 and "reference__year" not in html


def test_no_year_no_brackets():
    assert "reference__year" not in render(title="Pårørendeveilederen", year=None)
