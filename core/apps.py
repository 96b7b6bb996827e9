from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The ground layer: helpers every other app may use, importing none of them (see docs/architecture.md)."""

    name = "core"
    verbose_name = _("Shared foundations")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from .admin_sessions import start_afresh

        user_logged_in.connect(start_afresh, dispatch_uid="core.admin_sessions.start_afresh")
