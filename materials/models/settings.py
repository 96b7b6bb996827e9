from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="download")
class MaterialsSettings(BaseSiteSetting):
    show_download_counts = models.BooleanField(
        _("show download counts to the public"),
        default=False,
        help_text=_(
            "Show visitors how many times each material has been downloaded. Editors always see the counts "
            "in the 'Material downloads' report."
        ),
    )

    panels = [FieldPanel("show_download_counts")]

    class Meta:
        verbose_name = _("teaching materials")
