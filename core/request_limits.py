"""Refuse a request body that is too large before any of it is read.

Django refuses large bodies (DATA_UPLOAD_MAX_MEMORY_SIZE) only while parsing them, and file uploads
not at all: the whole body is first received and written to a temporary file, which kept a worker busy
for seconds on a 300 MB upload. This middleware, early in MIDDLEWARE, compares the Content-Length header
with the limit for the path and answers 413 at once, without touching the body.

A body sent without Content-Length (chunked) needs no check here: Django reads at most Content-Length
bytes of a WSGI request, that is none. In production nginx refuses it earlier (client_max_body_size).
"""

from django.conf import settings
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string

from .errors import standalone_context


def body_limit(path):
    """The largest body accepted for `path`: the general limit, or a larger one where uploads are expected."""
    limit = settings.REQUEST_MAX_BODY_SIZE
    for prefix, allowance in getattr(settings, "REQUEST_MAX_BODY_SIZE_BY_PATH", {}).items():
        if path.startswith(prefix):
            limit = max(limit, allowance)
    return limit


def declared_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0  # Django reads no body when the header is not a number


class RequestSizeLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = body_limit(request.path_info)
        if declared_length(request) > limit:
            return too_large(request, limit)
        return self.get_response(request)


def too_large(request, limit):
    # Rendered without the request: the session, user and language middleware have not run yet. The CSP
    # middleware has (it is outside this one): the page's inline style gets its nonce.
    html = render_to_string("413.html", {"limit": filesizeformat(limit), **standalone_context(request)})
    return HttpResponse(html, status=413)
