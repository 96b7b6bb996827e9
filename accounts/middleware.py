"""The second step of signing in to the admin.

django-otp's OTPMiddleware tells for each request whether the session has been verified with a second
factor (request.user.is_verified()); this subclass adds the rule for the admin: a signed-in user who has
set up two-factor sign-in sees no admin page until a code is entered in this session, and a user for
whom it is required (accounts.policy) sees only the set-up page until it is done. Signing in, signing
out, resetting a forgotten password and the admin's translations and icons stay reachable.

Outside the admin, such a half-signed-in user is anonymous: the password alone does not open pages or
materials kept for signed-in users.
"""

from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from django_otp.middleware import OTPMiddleware

from accounts.policy import has_two_factor, two_factor_required
from core.admin_paths import is_admin_request

VERIFY_URL_NAME = "accounts_two_factor_verify"
SETUP_URL_NAME = "accounts_two_factor_setup"
ALWAYS_OPEN = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "signin_password_reset",  # core.signin: Wagtail's reset view, throttled and sent in the background
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


class TwoFactorMiddleware(OTPMiddleware):
    """Install django-otp's verification state, then keep unverified sessions out of the admin."""

    sync_capable = True
    async_capable = False

    def __call__(self, request):
        self._install_lazy_accessors(request)
        if not is_admin_request(request):
            user = request.user
            request.user = SimpleLazyObject(lambda: AnonymousUser() if _half_signed_in(user) else user)
            return self.get_response(request)
        return self._send_elsewhere(request) or self.get_response(request)

    def _send_elsewhere(self, request):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        url_name = _url_name(request)
        if url_name in ALWAYS_OPEN:
            return None
        if has_two_factor(user):
            target = VERIFY_URL_NAME
        elif two_factor_required(user):
            target = SETUP_URL_NAME
        else:
            return None
        if url_name == target:
            return None
        return redirect(f"{reverse(target)}?{urlencode({REDIRECT_FIELD_NAME: request.get_full_path()})}")


def _url_name(request):
    try:
        return resolve(request.path_info).url_name
    except Resolver404:
        return None


def _half_signed_in(user):
    """Signed in with the password but not (yet) with the second factor this user has or must have."""
    return (
        user.is_authenticated
        and not user.is_verified()
        and (has_two_factor(user) or two_factor_required(user))
    )
