"""Admin form base for pages that choose translatable snippets (target groups, themes)."""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin


class PageLocaleSnippetsForm(WagtailAdminPageForm):
    """Offer only the snippets in the page's own language: once target groups are translated, a bokmål page
    would otherwise list 'Pårørende', 'Pårørande' and 'Relatives' side by side."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        if not locale_id:
            return
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            model = getattr(queryset, "model", None)
            if model and issubclass(model, TranslatableMixin) and not issubclass(model, Page):
                field.queryset = queryset.filter(locale_id=locale_id)
