from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Editors' accounts: two-factor sign-in (TOTP codes from an authenticator app, recovery codes).

    It sits above reviews because who must use two-factor sign-in depends on the editorial roles
    (reviews.roles); django-otp keeps the devices, this app decides who needs one and adds the admin pages."""

    name = "accounts"
    verbose_name = _("Accounts")
