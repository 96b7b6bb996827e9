"""Which translations are out of date: the source (bokmål) changed after it was last sent for translation.

wagtail-localize freezes the source's content in a TranslationSource when it is submitted or synced ("Sync
translated pages"); translations are made from that copy. Until someone syncs, a change to the source does
not reach translators. This compares the source's current content with the frozen copy, field by field over
the fields that are translated or synchronised, and lists what needs a sync on the admin dashboard.
"""

import json

from django.db.models import F, OuterRef, Q, Subquery
from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import TranslationSource


def _translation_relevant_content(instance):
    if isinstance(instance, Page):
        data = json.loads(instance.to_json())
    elif hasattr(instance, "to_json"):
        data = json.loads(instance.to_json())
    else:
        from modelcluster.models import get_serializable_data_for_fields

        data = json.loads(json.dumps(get_serializable_data_for_fields(instance), default=str))
    names = {field.field_name for field in get_translatable_fields(instance.__class__)}
    return {name: data.get(name) for name in names}


def _strip_ids(value):
    """Child objects' primary keys differ between a frozen copy and the database for the same content."""
    if isinstance(value, list):
        return [_strip_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: _strip_ids(item) for key, item in value.items() if key not in ("pk", "id", "page")}
    return value


def source_is_out_of_date(source):
    """True when the source object's current (live) content differs from what was sent for translation."""
    try:
        instance = source.get_source_instance()
    except Exception:  # noqa: BLE001 - the source was deleted: nothing to sync
        return False
    frozen = source.as_instance()
    return _strip_ids(_translation_relevant_content(instance)) != _strip_ids(
        _translation_relevant_content(frozen)
    )


def out_of_date_sources():
    """TranslationSources with enabled translations whose source changed since the last sync.

    Pages are narrowed in the database first (published after the last sync); snippets are few and are
    compared directly."""
    sources = TranslationSource.objects.filter(translations__enabled=True).distinct().select_related("locale")
    last_published = Page.objects.filter(
        translation_key=OuterRef("object_id"), locale_id=OuterRef("locale_id")
    ).values("last_published_at")[:1]
    sources = sources.annotate(source_published_at=Subquery(last_published)).filter(
        Q(source_published_at__isnull=True) | Q(source_published_at__gt=F("last_updated_at"))
    )
    return [source for source in sources.order_by("object_repr") if source_is_out_of_date(source)]


class OutOfDateTranslationsPanel(Component):
    """Dashboard panel: sources changed since they were translated, each with a link to sync."""

    name = "out_of_date_translations"
    template_name = "i18n/admin/out_of_date_translations_panel.html"
    order = 230

    def __init__(self, sources):
        self.sources = sources

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["sources"] = [
            {
                "source": source,
                "locales": [t.target_locale for t in source.translations.filter(enabled=True)],
            }
            for source in self.sources
        ]
        return context
