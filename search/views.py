from django.template.response import TemplateResponse


def search(request):
    """Placeholder until the search issue: renders the search page shell."""
    return TemplateResponse(request, "search/search.html", {"search_query": request.GET.get("q", "")})
