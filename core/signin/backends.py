"""django-axes' lock-out check as the first authentication backend, for sign-ins that come with a request.

axes refuses authenticate() calls without a request with an error. Those are not sign-ins by a client:
the test client's login(), scripts, management commands; there is no address to count and nothing to
lock, so here they pass on to the next backend (the password check). Every login view passes the request
(Django's and Wagtail's AuthenticationForm do), so web sign-ins are always checked."""

from axes.backends import AxesStandaloneBackend


class LockoutBackend(AxesStandaloneBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
