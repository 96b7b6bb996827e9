"""Turn a search Outcome into what the HTML template and the JSON output show (links keep the URL state).

Links made in Python are the facet options' (core.listing.query); the templates make the others.
"""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from core.listing.query import query_string

from . import facets
from .service import SORTS

REASON_LABELS = {
    "synonym": _("another form of the word"),
    "compound": _("a compound with the word"),
    "parts": _("the parts of the word"),
}


def facet_link(querydict, **changes):
    """A link of the facet list: query_string without the JSON switch (format) the page may carry."""
    return query_string(querydict, remove=("format",), **changes)


def clear_filters_link(querydict):
    return query_string(querydict, remove=("format", *(facet.key for facet in facets.FACETS)))


def facet_groups(outcome, querydict):
    """[{key, label, options: [{value, label, count, selected, url}]}] with options that have results."""
    groups = []
    for facet in facets.FACETS:
        counts = outcome.counts.get(facet.key, {})
        if facet.key == "lang":
            selected = {outcome.params.language} if outcome.params.language else set()
        else:
            selected = outcome.params.selected.get(facet.key, set())
        options = []
        for value, label in outcome.labels.get(facet.key, {}).items():
            count = counts.get(value, 0)
            if not count and value not in selected:
                continue
            if facet.key == "lang":
                url = facet_link(
                    querydict, set={"lang": facets.ALL_LANGUAGES if value in selected else value}
                )
            else:
                url = facet_link(querydict, toggle=(facet.key, value))
            options.append(
                {"value": value, "label": label, "count": count, "selected": value in selected, "url": url}
            )
        if options:
            groups.append({"key": facet.key, "label": facet.label, "options": options})
    return groups


def sort_links(outcome):
    """[{value, label, current}]; the template makes the links ({% querystring %})."""
    names = dict(SORTS)
    if not outcome.is_search:
        names.pop("relevance")
    return [
        {"value": value, "label": label, "current": value == outcome.sort} for value, label in names.items()
    ]


def expansions(parsed):
    return [
        {"term": term.word, "word": word, "reason": str(REASON_LABELS[reason])}
        for term in parsed.terms
        for word, reason in term.expansions
    ]


def result_json(result, request=None):
    page = result.page
    return {
        "id": page.pk,
        "slug": page.slug,
        "title": page.title,
        "url": page.get_url(request=request),
        "kind": page.kind,
        "kind_label": str(page.get_kind_display()),
        "language": page.locale.language_code,
        "centre": {"slug": page.centre.slug, "title": page.centre.title} if page.centre_id else None,
        "summary": page.summary,
        "target_groups": [{"slug": term.slug, "name": term.name} for term in page.target_groups.all()],
        "themes": [{"slug": term.slug, "name": term.name} for term in page.themes.all()],
        "knowledge_profile": {row["key"]: row["value"] or None for row in page.knowledge_profile},
        "has_materials": bool(page.materials.all()),
        "first_published_at": page.first_published_at.isoformat() if page.first_published_at else None,
        "score": result.score,
        "snippet": strip_tags(result.snippet_html),
        "snippet_html": str(result.snippet_html),
        "matched_in": [{"field": str(label), "words": words} for label, words in result.matched_fields],
    }


def outcome_json(outcome, request=None):
    page = outcome.page
    return {
        "query": outcome.params.query[:200],
        "searched_for": {
            "terms": [term.word for term in outcome.parsed.terms],
            "phrases": [" ".join(phrase) for phrase in outcome.parsed.phrases],
            "excluded": outcome.parsed.excluded,
            "expansions": expansions(outcome.parsed),
        },
        "language": outcome.params.language or facets.ALL_LANGUAGES,
        "sort": outcome.sort,
        "total": outcome.total,
        "page": page.number,
        "num_pages": page.paginator.num_pages,
        "per_page": page.paginator.per_page,
        "results": [result_json(result, request) for result in outcome.results],
        "facets": {
            facet.key: [
                {
                    "value": value,
                    "label": str(label),
                    "count": outcome.counts.get(facet.key, {}).get(value, 0),
                    "selected": value in (outcome.params.selected.get(facet.key, set()))
                    or (facet.key == "lang" and value == outcome.params.language),
                }
                for value, label in outcome.labels.get(facet.key, {}).items()
            ]
            for facet in facets.FACETS
        },
        "notes": [str(note) for note in outcome.notes],
        "relaxed": outcome.relaxed,
        "corrected_from": outcome.corrected_from or None,
        "suggestion": outcome.suggestion or None,
        "other_pages": [
            {"id": item["page"].pk, "title": item["page"].title, "url": item["page"].get_url(request=request)}
            for item in outcome.other_pages
        ],
    }
