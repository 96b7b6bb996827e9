"""Download counts: how often each material was downloaded, per method and month, and nothing else.

No IP address, user agent, user or session is stored: a row is a counter for (material, method, month,
channel), so no download can be traced back to a person.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class DownloadChannel(models.TextChoices):
    FILE = "file", _("Single file")
    ZIP = "zip", _("In a ZIP of all materials")


class DownloadCount(models.Model):
    material = models.ForeignKey(
        "materials.Material",
        verbose_name=_("material"),
        on_delete=models.CASCADE,
        related_name="download_counts",
    )
    # The method page the download came from, when known (a material can belong to several).
    method = models.ForeignKey(
        "methods.MethodPage",
        verbose_name=_("method or tool"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    channel = models.CharField(_("channel"), max_length=10, choices=DownloadChannel.choices)
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("download count")
        verbose_name_plural = _("download counts")
        # NULL never equals NULL in a unique index, so the rows without a method get their own constraint.
        constraints = [
            models.UniqueConstraint(
                fields=["material", "method", "month", "channel"],
                condition=Q(method__isnull=False),
                name="materials_downloadcount_unique_with_method",
            ),
            models.UniqueConstraint(
                fields=["material", "month", "channel"],
                condition=Q(method__isnull=True),
                name="materials_downloadcount_unique_without_method",
            ),
        ]
        indexes = [models.Index(fields=["month"], name="materials_dl_month_idx")]

    def __str__(self):
        return f"{self.material_id} {self.month:%Y-%m} {self.channel}: {self.count}"


class ZipDownloadCount(models.Model):
    """How many times a method's 'download all' ZIP was downloaded in a month (its files are also counted
    one by one in DownloadCount, with the channel 'zip')."""

    method = models.ForeignKey(
        "methods.MethodPage", verbose_name=_("method or tool"), on_delete=models.CASCADE, related_name="+"
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("ZIP download count")
        verbose_name_plural = _("ZIP download counts")
        constraints = [
            models.UniqueConstraint(fields=["method", "month"], name="materials_zipdownloadcount_unique")
        ]

    def __str__(self):
        return f"{self.method_id} {self.month:%Y-%m}: {self.count}"
