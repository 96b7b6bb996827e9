"""The admin import: upload, preview, confirm (importing.views), for users with methods.import_methods."""

from django.urls import path
from wagtail import hooks

from .views import ConfirmImportView, ImportView, menu_item


# Method import (issue 3): admin upload → preview → confirm, for users with methods.import_methods.
@hooks.register("register_admin_urls")
def register_method_import_urls():
    return [
        path("methods/import/", ImportView.as_view(), name="methods_import"),
        path("methods/import/confirm/", ConfirmImportView.as_view(), name="methods_import_confirm"),
    ]


@hooks.register("register_admin_menu_item")
def register_method_import_menu_item():
    return menu_item()
