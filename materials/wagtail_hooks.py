from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import policy_registry

from .models import Material
from .page_privacy import check_page_restrictions
from .pending import serve_pending
from .reports import MaterialDownloadsReportView, MethodDownloadsReportView

report_urls = [
    path("materials/", MaterialDownloadsReportView.as_view(), name="material_downloads"),
    path(
        "materials/results/",
        MaterialDownloadsReportView.as_view(results_only=True),
        name="material_downloads_results",
    ),
    path("methods/", MethodDownloadsReportView.as_view(), name="method_downloads"),
    path(
        "methods/results/",
        MethodDownloadsReportView.as_view(results_only=True),
        name="method_downloads_results",
    ),
]


# After Wagtail's own check of the collection's view restrictions (order 0): the pages' restrictions,
# then the pending version for those who may see it.
hooks.register("before_serve_document", check_page_restrictions, order=50)
hooks.register("before_serve_document", serve_pending, order=100)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/downloads/", include((report_urls, "materials_reports")))]


class DownloadsReportMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(Material).user_has_any_permission(
            request.user, ["add", "change", "delete"]
        )


@hooks.register("register_reports_menu_item")
def register_material_downloads_menu_item():
    return DownloadsReportMenuItem(
        _("Material downloads"),
        reverse("materials_reports:material_downloads"),
        name="material-downloads",
        icon_name="download",
        order=1300,
    )


@hooks.register("register_reports_menu_item")
def register_method_downloads_menu_item():
    return DownloadsReportMenuItem(
        _("Method downloads"),
        reverse("materials_reports:method_downloads"),
        name="method-downloads",
        icon_name="download",
        order=1310,
    )
