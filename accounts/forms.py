"""The code forms: one field that takes a code from the authenticator app or a recovery code."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _
from django_otp import verify_token
from django_otp.models import VerifyNotAllowed
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

APP_CODE = re.compile(r"^\d{6}$")

WRONG_CODE = _("The code is wrong or has expired. Type the code your app shows now, or a recovery code.")
WAIT = _("Too many wrong codes. Wait a moment and try again.")


def _normalise(code):
    return re.sub(r"[\s-]", "", code or "").lower()


class CodeForm(forms.Form):
    """Check a code against the user's devices; a six-digit code is the app's, anything else a recovery code.

    Choosing the device by the code's shape means a mistyped app code does not count against the recovery
    codes' throttling (django-otp slows down every device that refuses a code). The device that accepted the
    code is in ``self.device`` for django_otp.login; a recovery code is used up by being accepted."""

    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
    )

    def __init__(self, user, *args, devices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.devices = devices
        self.device = None

    def candidate_devices(self, code):
        if self.devices is not None:
            return self.devices
        model = TOTPDevice if APP_CODE.match(code) else StaticDevice
        return list(model.objects.devices_for_user(self.user, confirmed=True))

    def clean_code(self):
        code = _normalise(self.cleaned_data["code"])
        for device in self.candidate_devices(code):
            allowed, reason = device.verify_is_allowed()
            if not allowed and reason.get("reason") == VerifyNotAllowed.N_FAILED_ATTEMPTS:
                raise forms.ValidationError(WAIT, code="throttled")
            self.device = verify_token(self.user, device.persistent_id, code)
            if self.device is not None:
                return code
        raise forms.ValidationError(WRONG_CODE, code="wrong")
