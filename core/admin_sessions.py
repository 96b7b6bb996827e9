"""Admin sessions end after a period of inactivity (ADMIN_IDLE_TIMEOUT_MINUTES) and at most SESSION_COOKIE_AGE
after they began.

Editors work on shared computers at the centres; Django's sessions would otherwise last weeks and be extended
by every visit. Django has no idle timeout, and the maintained-library option (django-auto-logout) has had no
release since 2022, so this is a small middleware: the time of the last admin request is kept in the session,
written at most once a minute, and the next admin request after the timeout logs out and goes to the admin
login with `next` set to where the editor was going.

The editor's "who else is editing" ping runs every few seconds from an open tab without anyone at the keyboard,
so it does not count as activity.
"""

import time
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django.utils import timezone
from django.utils.deprecation import MiddlewareMixin

from .admin_paths import is_admin_request

LAST_ACTIVITY_KEY = "admin_last_activity"
# Seconds between writes of the last-activity time, so that the session is not saved on every request.
WRITE_INTERVAL = 60
# Requests an open page sends by itself: they neither count as activity nor keep the session alive.
BACKGROUND_VIEWS = {"wagtailadmin_editing_sessions:ping", "reviews_editing_sessions_ping"}


class AdminIdleTimeoutMiddleware(MiddlewareMixin):
    def process_view(self, request, view_func, view_args, view_kwargs):
        timeout = settings.ADMIN_IDLE_TIMEOUT_MINUTES * 60
        if not timeout or not request.user.is_authenticated:
            return None
        if not is_admin_request(request):
            return None
        now = int(time.time())
        last_activity = request.session.get(LAST_ACTIVITY_KEY)
        if last_activity is not None and now - last_activity > timeout:
            logout(request)
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        if request.resolver_match and request.resolver_match.view_name in BACKGROUND_VIEWS:
            return None
        if last_activity is None:
            # The first admin request of this login: from now on the session's end is fixed, not sliding.
            request.session.set_expiry(timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE))
        if last_activity is None or now - last_activity >= WRITE_INTERVAL:
            request.session[LAST_ACTIVITY_KEY] = now
        return None


def start_afresh(sender, request, user, **kwargs):
    """A new login starts a new session lifetime, even when Django kept the old session's data."""
    if request is not None and hasattr(request, "session"):
        request.session.pop(LAST_ACTIVITY_KEY, None)
