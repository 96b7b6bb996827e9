"""Malformed admin requests answer 400 Bad Request, not 500.

Many Wagtail admin views pass ids from the query string, the POST body or the URL straight to the ORM
(bulk actions' `?id=`, the choosers' `chosen-multiple/?id=` and `chosen/<pk>/`, the copy form's
`new_parent_page`, the editing-session ping's `revision_id`), and read required fields with
`request.POST[...]`. A hand-made or truncated request with `id=abc` or a missing field then raises deep in
Wagtail and is reported as a server error. Those views are Wagtail's own, so instead of replacing each one this
middleware turns exactly these two errors into Django's BadRequest, and only under the admin:

- the ValueError Django's number fields raise for a lookup value that is not a number
  ("Field 'id' expected a number but got 'abc'."), and
- MultiValueDictKeyError, a required field missing from request.GET/POST.

Any other exception stays a 500: it is a bug to be seen, not the visitor's input.
"""

import re

from django.core.exceptions import BadRequest
from django.utils.datastructures import MultiValueDictKeyError
from django.utils.deprecation import MiddlewareMixin

from .admin_paths import is_admin_request

NOT_A_NUMBER = re.compile(r"^Field '[^']+' expected a number but got ")


def is_malformed_input(exception):
    if isinstance(exception, MultiValueDictKeyError):
        return True
    return type(exception) is ValueError and bool(NOT_A_NUMBER.match(str(exception)))


class AdminBadRequestMiddleware(MiddlewareMixin):
    def process_exception(self, request, exception):
        if is_admin_request(request) and is_malformed_input(exception):
            raise BadRequest(str(exception)) from exception
        return None
