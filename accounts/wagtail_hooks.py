"""Two-factor sign-in in the Wagtail admin: its pages, the offer in the account settings and an
administrator's reset button in the user listing."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from accounts import views
from accounts.policy import has_two_factor


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-factor/", views.OverviewView.as_view(), name="accounts_two_factor"),
        path("two-factor/verify/", views.VerifyView.as_view(), name="accounts_two_factor_verify"),
        path("two-factor/setup/", views.SetupView.as_view(), name="accounts_two_factor_setup"),
        path("two-factor/reset/<int:user_id>/", views.ResetView.as_view(), name="accounts_two_factor_reset"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_menu_item(request):
    return {
        "url": reverse("accounts_two_factor"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Sign in with a code from an app on your phone as well as your password."),
    }


@hooks.register("register_user_listing_buttons")
def two_factor_reset_button(user, request_user):
    if request_user.is_superuser and has_two_factor(user):
        yield Button(
            _("Reset two-factor sign-in"),
            url=reverse("accounts_two_factor_reset", args=[user.pk]),
            icon_name="lock",
            priority=90,
        )
