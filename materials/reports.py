"""Admin reports: the most downloaded materials and methods, for one month or all time."""

import django_filters
from django.db.models import F, IntegerField, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import formats
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import policy_registry

from methods.models import MethodPage

from .models import DownloadChannel, DownloadCount, Material, ZipDownloadCount


def month_choices():
    months = DownloadCount.objects.dates("month", "month", order="DESC")
    return [(month.isoformat(), formats.date_format(month, "YEAR_MONTH_FORMAT")) for month in months]


class MonthFilter(django_filters.ChoiceFilter):
    """Chooses the month the counts are summed for; the view applies it to the annotations."""

    def filter(self, queryset, value):
        return queryset


class DownloadsFilterSet(WagtailFilterSet):
    month = MonthFilter(label=_("Month"), choices=month_choices, empty_label=_("All time"))

    class Meta:
        model = Material
        fields = []


class MethodDownloadsFilterSet(DownloadsFilterSet):
    class Meta:
        model = MethodPage
        fields = []


class DownloadsReportMixin:
    header_icon = "download"
    any_permission_required = ["add", "change", "delete"]

    @cached_property
    def permission_policy(self):
        # Whoever may manage documents may see how often they are downloaded.
        return policy_registry.get_by_type(Material)

    default_ordering = "-total_downloads"

    @cached_property
    def month(self):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get("month") or ""
        return ""

    def counts(self, **filters):
        if self.month:
            filters["month"] = self.month
        return filters

    def get_page_subtitle(self):
        label = dict(month_choices()).get(self.month)
        return label or _("All time")


def _sum_subquery(model, link_field, **filters):
    rows = (
        model.objects.filter(**{link_field: OuterRef("pk")}, **filters)
        .order_by()
        .values(link_field)
        .annotate(total=Sum("count"))
        .values("total")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


class MaterialDownloadsReportView(DownloadsReportMixin, ReportView):
    page_title = _("Material downloads")
    index_url_name = "materials_reports:material_downloads"
    index_results_url_name = "materials_reports:material_downloads_results"
    filterset_class = DownloadsFilterSet
    columns = [
        TitleColumn("title", label=_("Material"), url_name="wagtaildocs:edit", sort_key="title"),
        Column("format_label", label=_("Format")),
        NumberColumn("file_downloads", label=_("Downloaded alone"), sort_key="file_downloads"),
        NumberColumn("zip_downloads", label=_("Downloaded in a ZIP"), sort_key="zip_downloads"),
        NumberColumn("total_downloads", label=_("Total"), sort_key="total_downloads"),
    ]
    list_export = ["title", "format_label", "file_downloads", "zip_downloads", "total_downloads"]
    export_headings = {
        "title": _("Material"),
        "format_label": _("Format"),
        "file_downloads": _("Downloaded alone"),
        "zip_downloads": _("Downloaded in a ZIP"),
        "total_downloads": _("Total"),
    }

    def get_base_queryset(self):
        file_downloads = _sum_subquery(DownloadCount, "material", **self.counts(channel=DownloadChannel.FILE))
        zip_downloads = _sum_subquery(DownloadCount, "material", **self.counts(channel=DownloadChannel.ZIP))
        return (
            Material.objects.annotate(file_downloads=file_downloads, zip_downloads=zip_downloads)
            .annotate(total_downloads=F("file_downloads") + F("zip_downloads"))
            .filter(total_downloads__gt=0)
        )


class MethodDownloadsReportView(DownloadsReportMixin, ReportView):
    page_title = _("Method downloads")
    index_url_name = "materials_reports:method_downloads"
    index_results_url_name = "materials_reports:method_downloads_results"
    filterset_class = MethodDownloadsFilterSet
    columns = [
        TitleColumn("title", label=_("Method or tool"), url_name="wagtailadmin_pages:edit", sort_key="title"),
        Column("centre", label=_("Centre")),
        NumberColumn("file_downloads", label=_("Files downloaded alone"), sort_key="file_downloads"),
        NumberColumn("zip_count", label=_("'Download all' ZIPs"), sort_key="zip_count"),
        NumberColumn("total_downloads", label=_("Files delivered in total"), sort_key="total_downloads"),
    ]
    list_export = ["title", "centre", "file_downloads", "zip_count", "total_downloads"]
    export_headings = {
        "title": _("Method or tool"),
        "centre": _("Centre"),
        "file_downloads": _("Files downloaded alone"),
        "zip_count": _("'Download all' ZIPs"),
        "total_downloads": _("Files delivered in total"),
    }

    def get_base_queryset(self):
        file_downloads = _sum_subquery(DownloadCount, "method", **self.counts(channel=DownloadChannel.FILE))
        zip_files = _sum_subquery(DownloadCount, "method", **self.counts(channel=DownloadChannel.ZIP))
        zip_count = _sum_subquery(ZipDownloadCount, "method", **self.counts())
        return (
            MethodPage.objects.select_related("centre")
            .annotate(file_downloads=file_downloads, zip_files=zip_files, zip_count=zip_count)
            .annotate(total_downloads=F("file_downloads") + F("zip_files"))
            .filter(Q(total_downloads__gt=0) | Q(zip_count__gt=0))
        )
