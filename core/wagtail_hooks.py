"""The centre registry in the admin's Settings menu (adding or changing a centre needs the core.Centre
model permissions, administrators by default: a centre's slug is what import files name it by), the
"see what changed" button for a refused stale page edit, and Settings → Sign-in lock-outs
(core.signin.admin_views)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.viewsets.model import ModelViewSet

from .forms import RevisionCheckedPageForm
from .models import Centre
from .signin import admin_views as signin_admin
from .stale_edits import find_stale_edit


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


@hooks.register("before_edit_page")
def explain_stale_edit(request, page):
    """A stale page form is refused by its form (core.forms.RevisionCheckedPageForm), whose error can only
    be plain text; this says who saved the newer version when, with a button to Wagtail's compare view (a
    new tab, so the form keeps what was typed). Autosave (JSON) requests get Wagtail's own refusal."""
    if request.method != "POST" or not request.accepts("text/html"):
        return None
    if not issubclass(type(page).get_edit_handler().get_form_class(), RevisionCheckedPageForm):
        return None
    stale = find_stale_edit(page, request.POST, request.user)
    if stale:
        messages.error(
            request,
            stale.message(),
            buttons=[messages.button(stale.compare_url(), _("Compare versions"), new_window=True)],
        )
    return None


@hooks.register("register_admin_urls")
def register_signin_lockout_urls():
    return [path("signin-lockouts/", signin_admin.LockoutsView.as_view(), name="signin_lockouts")]


@hooks.register("register_settings_menu_item")
def register_signin_lockouts_menu_item():
    return signin_admin.menu_item()


@hooks.register("register_log_actions")
def register_signin_log_actions(actions):
    actions.register_action(
        signin_admin.LIFT_ACTION, _("Lift sign-in lock-out"), _("Sign-in lock-out lifted")
    )
