"""The centre registry in the admin's Settings menu. Adding or changing a centre needs the core.Centre
model permissions (administrators by default): a centre's slug is what import files name it by."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Centre


class CentreViewSet(ModelViewSet):
    model = Centre
    icon = "group"
    menu_label = _("Centres")
    add_to_settings_menu = True
    form_fields = ["slug", "name", "collection", "editors_group"]
    list_display = ["name", "slug", "collection", "editors_group"]


@hooks.register("register_admin_viewset")
def register_centre_viewset():
    return CentreViewSet("centres")
