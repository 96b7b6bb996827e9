from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImportingConfig(AppConfig):
    """Import and export of methods and tools with their materials (the format in importing/).

    It sits above the content apps, search and reviews: an import writes methods and materials, batches
    their search index updates, and will hand imported pages to the review workflow."""

    name = "importing"
    verbose_name = _("Import and export")
