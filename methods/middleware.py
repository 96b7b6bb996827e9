"""A refused publication in the admin becomes a message on the page the editor came from, not an error page.

`methods.publishing.ReviewRequired` is raised deep inside Wagtail's and wagtail-localize's views (for
example "Publish immediately" when updating a method page's translations); those views run in a
transaction, so nothing was saved. The editor is sent back with the reason.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.deprecation import MiddlewareMixin
from django.utils.http import url_has_allowed_host_and_scheme

from core.admin_paths import is_admin_request

from .publishing import ReviewRequired


class ReviewRequiredMiddleware(MiddlewareMixin):
    def process_exception(self, request, exception):
        if not isinstance(exception, ReviewRequired) or not is_admin_request(request):
            return None
        messages.error(request, str(exception))
        back = request.META.get("HTTP_REFERER", "")
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
            back = reverse("wagtailadmin_home")
        return redirect(back)
