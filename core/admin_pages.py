"""A plain page of the project's own in the Wagtail admin (import, sign-in lock-outs, two-factor sign-in).

Wagtail's WagtailAdminTemplateMixin gives a page the admin's layout, but its header's breadcrumbs hold only
"Home", so the page's own title never shows in the header; its listing and edit views add themselves.
"""

from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class AdminTemplateView(WagtailAdminTemplateMixin, TemplateView):
    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]
