"""Content-Security-Policy: a strict policy for the public site and a looser one for Wagtail's admin.

django-csp's middleware sends ``settings.CONTENT_SECURITY_POLICY`` (the public policy) on every response.
Wagtail's admin cannot work under it: its templates still hold inline ``<script>`` blocks (date pickers,
inline panels, wagtail-localize's editor) and ``style="..."`` attributes, and Wagtail has no nonce support.
So responses under the admin's URL prefix get ``settings.ADMIN_CONTENT_SECURITY_POLICY`` instead, which
also covers the page preview and "view draft" (both served under /admin/, see process_response). docs/deployment.md explains
both policies and the admin's residual risk.
"""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings

from .admin_paths import is_admin_request


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy for the admin's paths."""

    def process_response(self, request, response):
        # Wagtail's preview and "view draft" render the page through the whole middleware stack again, with
        # a dummy request for the page's public URL (wagtail.models.preview.make_preview_request). The
        # public policy set there would stick (django-csp never replaces a header) and forbid the admin
        # to frame its own preview; leave the header to the real request's pass, which is under /admin/.
        if getattr(request, "is_dummy", False):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_request(request):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts
