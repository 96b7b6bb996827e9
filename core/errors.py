"""The 500 page, with a CSP nonce for its one inline stylesheet.

templates/500.html deliberately needs no static files, database or context processors (it must show even
when those are what broke), so its styles are inline. The public Content-Security-Policy allows no inline
style; this handler gives the ``<style>`` element the response's nonce, which django-csp then adds to the
header. If the error happened before the CSP middleware ran, there is no nonce and no policy either.
"""

from django.http import HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token


def standalone_context(request):
    """Context for a page extending templates/standalone.html (500, 413): its <style>'s nonce, if any."""
    nonce = getattr(request, "csp_nonce", None)
    return {"csp_nonce": str(nonce) if nonce is not None else ""}


@requires_csrf_token
def server_error(request, template_name="500.html"):
    return HttpResponseServerError(loader.get_template(template_name).render(standalone_context(request)))
