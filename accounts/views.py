"""The admin pages for two-factor sign-in: the code step after the password, set-up, the overview in the
account settings (new recovery codes, turning it off where it is optional) and an administrator's reset.

Recovery codes are only ever in the response to the POST that made them: they are stored by django-otp
and cannot be shown again, only replaced.
"""

import segno
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME, get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import TemplateView
from django_otp import login as otp_login

from accounts import devices
from accounts.forms import CodeForm
from accounts.policy import has_two_factor, two_factor_required
from core.admin_pages import AdminTemplateView


def _next_url(request):
    """Where to go once the code is accepted: the page first asked for, if it is on this site."""
    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


@method_decorator([never_cache, sensitive_post_parameters("code")], name="dispatch")
class VerifyView(TemplateView):
    """The second step of signing in, on the sign-in page's layout (no admin menu before it is done)."""

    template_name = "accounts/admin/verify.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_verified() or not has_two_factor(request.user):
            return redirect(_next_url(request))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", CodeForm(self.request.user))
        context["next"] = _next_url(self.request)
        return context

    def post(self, request):
        form = CodeForm(request.user, request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        otp_login(request, form.device)
        return redirect(_next_url(request))


@method_decorator([never_cache, sensitive_post_parameters("code")], name="dispatch")
class TwoFactorAdminView(AdminTemplateView):
    """An admin page of two-factor sign-in: never cached, and the code never in error reports."""

    header_icon = "lock"


class SetupView(TwoFactorAdminView):
    """Scan a QR code (or type the key), confirm with a code, then see the recovery codes once."""

    page_title = gettext_lazy("Set up two-factor sign-in")
    template_name = "accounts/admin/setup.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        device = devices.pending_app(self.request.user)
        qr = segno.make(device.config_url, error="m")
        context.update(
            form=kwargs.get("form") or CodeForm(self.request.user),
            qr_svg=qr.svg_inline(
                scale=5, light="#fff", title=_("QR code for your authenticator app"), omitsize=False
            ),
            secret=devices.readable_key(device),
            required=two_factor_required(self.request.user),
            next=_next_url(self.request),
        )
        return context

    def post(self, request):
        pending = devices.pending_app(request.user)
        form = CodeForm(request.user, request.POST, devices=[pending])
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        codes = devices.confirm_app(form.device)
        otp_login(request, form.device)
        return RecoveryCodesPage.show(request, codes, just_set_up=True)


class RecoveryCodesPage(TwoFactorAdminView):
    """The new recovery codes, rendered as the answer to the POST that made them (never from a GET)."""

    page_title = gettext_lazy("Your recovery codes")
    template_name = "accounts/admin/recovery_codes.html"
    codes = ()
    just_set_up = False

    @classmethod
    def show(cls, request, codes, just_set_up=False):
        page = cls(codes=codes, just_set_up=just_set_up)
        page.setup(request)
        response = page.get(request)
        response["Cache-Control"] = "no-store"
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(codes=self.codes, just_set_up=self.just_set_up, next=_next_url(self.request))
        return context


class OverviewView(TwoFactorAdminView):
    """Two-factor sign-in in the account settings: set it up, get new recovery codes, or turn it off."""

    page_title = gettext_lazy("Two-factor sign-in")
    template_name = "accounts/admin/overview.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context.update(
            enabled=has_two_factor(user),
            required=two_factor_required(user),
            remaining=devices.remaining_recovery_codes(user),
        )
        return context

    def post(self, request):
        user = request.user
        action = request.POST.get("action")
        if action == "recovery-codes" and has_two_factor(user):
            return RecoveryCodesPage.show(request, devices.new_recovery_codes(user))
        if action == "turn-off" and not two_factor_required(user):
            devices.reset(user)
            messages.success(request, _("Two-factor sign-in is turned off for your account."))
        return redirect("accounts_two_factor")


class ResetView(TwoFactorAdminView):
    """An administrator removes another user's second factor (a lost or replaced phone)."""

    page_title = gettext_lazy("Reset two-factor sign-in")
    template_name = "accounts/admin/reset.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        self.target = get_object_or_404(get_user_model(), pk=kwargs["user_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(target=self.target, enabled=has_two_factor(self.target))
        return context

    def post(self, request, user_id):
        if devices.reset(self.target):
            messages.success(
                request,
                _("Two-factor sign-in was reset for %(user)s. They set it up again at their next sign-in.")
                % {"user": self.target.get_username()},
            )
        return redirect("wagtailusers_users:index")
