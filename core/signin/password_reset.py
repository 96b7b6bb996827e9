"""Wagtail's admin password reset, throttled and with its email sent in the background.

At most settings.PASSWORD_RESET_LIMIT_PER_HOUR requests an hour are acted on per client address and per
email address (counted in Django's cache, so a cache shared by all app servers makes the limit exact);
further requests get the same "check your email" page and send nothing. Every accepted request, for a
known or an unknown address, only queues core.signin.tasks.send_password_reset_email."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponseRedirect
from django.utils.translation import get_language
from wagtail.admin.views.account import PasswordResetView

from .addresses import client_address
from .tasks import send_password_reset_email

WINDOW_SECONDS = 60 * 60


def _count(kind, value):
    key = f"signin:password-reset:{kind}:{hashlib.sha256(value.encode()).hexdigest()}"
    cache.add(key, 0, timeout=WINDOW_SECONDS)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=WINDOW_SECONDS)
        return 1


def reset_request_allowed(request, email):
    """Count this request against its client address and its email address; False over either limit."""
    limit = settings.PASSWORD_RESET_LIMIT_PER_HOUR
    counts = [_count("address", client_address(request) or ""), _count("email", email.strip().lower())]
    return all(count <= limit for count in counts)


class ThrottledPasswordResetView(PasswordResetView):
    def form_valid(self, form):
        email = form.cleaned_data["email"]
        if reset_request_allowed(self.request, email):
            send_password_reset_email.enqueue(
                email=email,
                domain=self.request.get_host(),
                use_https=self.request.is_secure(),
                language=get_language(),
                subject_template=self.subject_template_name,
                email_template=self.email_template_name,
            )
        return HttpResponseRedirect(self.get_success_url())
