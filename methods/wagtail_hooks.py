from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import TargetGroup, Theme


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (TargetGroupViewSet, ThemeViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Taxonomies")
    menu_name = "taxonomies"


register_snippet(TaxonomyViewSetGroup)


# Method import (issue 3): admin upload → preview → confirm, for users with methods.import_methods.
@hooks.register("register_admin_urls")
def register_method_import_urls():
    from django.urls import path

    from .views.import_admin import ConfirmImportView, ImportView

    return [
        path("methods/import/", ImportView.as_view(), name="methods_import"),
        path("methods/import/confirm/", ConfirmImportView.as_view(), name="methods_import_confirm"),
    ]


@hooks.register("register_admin_menu_item")
def register_method_import_menu_item():
    from .views.import_admin import menu_item

    return menu_item()
