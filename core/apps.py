from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The ground layer: helpers every other app may use, importing none of them (see docs/architecture.md)."""

    name = "core"
    verbose_name = _("Shared foundations")
