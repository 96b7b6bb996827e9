"""Admin form bases for pages: every page type's form refuses stale edits; method pages also choose
translatable snippets (target groups, themes) in their own language."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin

from .stale_edits import find_stale_edit


class RevisionCheckedPageForm(WagtailAdminPageForm):
    """The base form of every page type here: a form opened on a revision older than one someone else has
    saved since is invalid (core.stale_edits), whatever the action (save, submit, restart, publish), so the
    editor gets the form back with what they typed and nothing is overwritten. The form is then rendered
    with the latest revision as its loaded one, so saving again replaces the newer version deliberately."""

    def clean(self):
        cleaned_data = super().clean()
        # Who saved when, and the compare button, come from the before_edit_page hook (core.wagtail_hooks).
        if find_stale_edit(self.instance, self.data, self.for_user):
            self.add_error(None, _("Your changes are based on an older version of this page."))
        return cleaned_data


class PageLocaleSnippetsForm(RevisionCheckedPageForm):
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
