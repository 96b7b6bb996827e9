"""Which materials are internal: those in a collection that has (or inherits) a Wagtail view restriction.

Wagtail enforces the restriction when the file is served; these helpers keep internal materials out of
everything public that lists or bundles files (the library, the ZIP, search) and tell templates whether
the visitor may download them.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from wagtail.models import BaseViewRestriction


def restrictions_for(material):
    return list(material.collection.get_view_restrictions())


def visitor_may_download(restrictions, request):
    return all(restriction.accept_request(request) for restriction in restrictions)


def needs_login(restrictions):
    """True when logging in (rather than a password) is what lets a visitor through."""
    return any(
        r.restriction_type in (BaseViewRestriction.LOGIN, BaseViewRestriction.GROUPS) for r in restrictions
    )


def login_url(next_url):
    """The front-end login address that returns to next_url, as Wagtail's own document check uses."""
    login = getattr(settings, "WAGTAIL_FRONTEND_LOGIN_URL", None) or reverse("wagtailcore_login")
    return redirect_to_login(next_url, login).url
