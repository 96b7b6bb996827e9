"""Whether a request is for Wagtail's admin: one answer for every middleware that treats the admin apart.

The admin's address comes from the URLconf (`wagtailadmin_home`), not from a setting of its own, so moving
the admin in cms/urls.py moves the CSP, session, two-factor and error rules with it.
"""

from django.urls import NoReverseMatch, reverse


def is_admin_request(request):
    try:
        admin_home = reverse("wagtailadmin_home")
    except NoReverseMatch:  # a URLconf without the admin (a test's own) has no admin requests
        return False
    return request.path_info.startswith(admin_home)
