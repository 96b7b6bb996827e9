from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = _("Lived-experience review")

    def ready(self):
        from . import checks, handlers, notifications  # noqa: F401 - checks registers itself

        handlers.connect()
        notifications.connect()
