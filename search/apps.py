from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import facet_cache, indexing, signals  # noqa: F401

        indexing.connect()
