"""What a locked-out client sees: the login page it used, with the lock-out message in place of the
"wrong password" error, answered 429 (settings.AXES_LOCKOUT_CALLABLE).

Re-rendering the view's own template keeps this working for the Wagtail admin login, Wagtail's
front-end login (/_util/login/) and any other form-based login view; only a response without a form (an
authenticate() call outside a login form) gets the stand-alone page."""

from axes.helpers import get_cool_off
from django.conf import settings
from django.forms.forms import NON_FIELD_ERRORS
from django.template.response import TemplateResponse
from django.utils.translation import ngettext


def lockout_message():
    minutes = max(1, round(get_cool_off().total_seconds() / 60))
    return ngettext(
        "Too many failed sign-in attempts. Wait %(minutes)s minute and try again, or ask an administrator "
        "to lift the lock.",
        "Too many failed sign-in attempts. Wait %(minutes)s minutes and try again, or ask an administrator "
        "to lift the lock.",
        minutes,
    ) % {"minutes": minutes}


def lockout_response(request, original_response=None, credentials=None):
    message = lockout_message()
    status = settings.AXES_HTTP_RESPONSE_CODE
    context = getattr(original_response, "context_data", None) or {}
    form = context.get("form")
    if form is not None and hasattr(form, "add_error") and original_response.template_name:
        form.errors.pop(NON_FIELD_ERRORS, None)
        form.add_error(None, message)
        response = TemplateResponse(request, original_response.template_name, context, status=status)
    else:
        response = TemplateResponse(
            request, "core/signin/locked_out.html", {"message": message}, status=status
        )
    return response.render()
