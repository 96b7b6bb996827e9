"""/sok/: the search page and its JSON form (?format=json), and /sok/autocomplete/ for the title suggestions."""

import logging

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from . import facets
from .presenters import clear_filters_link, facet_groups, facet_link, outcome_json, sort_links
from .service import SearchParams, SearchService, current_language, locale_for

logger = logging.getLogger(__name__)


def _backend_errors():
    from django.db import DatabaseError

    errors = [DatabaseError]
    try:
        from elasticsearch import ApiError, TransportError

        errors += [ApiError, TransportError]
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)


@require_GET
def search(request):
    language = current_language()
    service = SearchService()
    wants_json = request.GET.get("format") == "json"
    try:
        labels = facets.option_labels(locale_for(language))
        params = SearchParams.from_querydict(request.GET, labels, language=language)
        outcome = service.search(params, request=request, labels=labels)
    except _backend_errors():
        logger.exception("Search failed for %r", request.GET.get("q", "")[:200])
        message = _("Search is not available right now. Please try again in a few minutes.")
        if wants_json:
            return JsonResponse({"error": message}, status=503)
        return TemplateResponse(
            request,
            "search/search.html",
            {"search_query": request.GET.get("q", "")[:200], "error": message},
            status=503,
        )

    if wants_json:
        response = JsonResponse(outcome_json(outcome, request), json_dumps_params={"ensure_ascii": False})
        response["Access-Control-Allow-Origin"] = "*"
        return response

    context = {
        "outcome": outcome,
        "search_query": outcome.params.query[:200],
        "facet_groups": facet_groups(outcome, request.GET),
        "sort_links": sort_links(outcome),
        "clear_filters_url": clear_filters_link(request.GET),
        "all_languages_url": facet_link(request.GET, set={"lang": facets.ALL_LANGUAGES}),
        "current_language": language,
    }
    return TemplateResponse(request, "search/search.html", context)


@require_GET
def autocomplete(request):
    """Title suggestions for the search box: {"query", "suggestions": [{id, title, url, kind, centre}]}."""
    text = request.GET.get("q", "")[:100]
    try:
        pages = SearchService().autocomplete(text, language=current_language())
    except _backend_errors():
        logger.exception("Autocomplete failed for %r", text)
        pages = []
    suggestions = [
        {
            "id": page.pk,
            "title": page.title,
            "url": page.get_url(request=request),
            "kind": page.kind,
            "centre": page.centre.title if page.centre_id else None,
        }
        for page in pages
    ]
    return JsonResponse(
        {"query": text, "suggestions": suggestions}, json_dumps_params={"ensure_ascii": False}
    )
