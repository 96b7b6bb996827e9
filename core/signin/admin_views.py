"""Settings → Sign-in lock-outs: the client addresses with failed sign-ins within the cool-off, which of
them are locked out, and a button that lifts a lock (django-axes' reset for that address, recorded in
Wagtail's audit log). For users with permission to delete axes' access attempts: superusers."""

from collections import defaultdict

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import log

from ..admin_pages import AdminTemplateView

PERMISSION = "axes.delete_accessattempt"
LIFT_ACTION = "core.signin_lock_lifted"


def recent_failures():
    """One row per client address with failures inside the cool-off, newest first."""
    cool_off = get_cool_off()
    since = timezone.now() - cool_off
    by_address = defaultdict(lambda: {"failures": 0, "accounts": set(), "last": None})
    for attempt in AccessAttempt.objects.filter(attempt_time__gte=since):
        row = by_address[attempt.ip_address]
        row["failures"] += attempt.failures_since_start
        if attempt.username:
            row["accounts"].add(attempt.username)
        row["last"] = max(filter(None, [row["last"], attempt.attempt_time]))
    rows = []
    for address, row in by_address.items():
        rows.append(
            {
                "address": address,
                "failures": row["failures"],
                "accounts": sorted(row["accounts"]),
                "last": row["last"],
                "locked": row["failures"] >= settings.AXES_FAILURE_LIMIT,
                "until": row["last"] + cool_off,
            }
        )
    return sorted(rows, key=lambda row: row["last"], reverse=True)


class LockoutsView(AdminTemplateView):
    page_title = gettext_lazy("Sign-in lock-outs")
    header_icon = "lock"
    template_name = "core/signin/lockouts.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            rows=recent_failures(), failure_limit=settings.AXES_FAILURE_LIMIT, **kwargs
        )

    def post(self, request):
        address = request.POST.get("address", "")
        attempts = list(AccessAttempt.objects.filter(ip_address=address)[:1])
        if attempts:
            log(
                attempts[0],
                LIFT_ACTION,
                user=request.user,
                title=_("Sign-in lock-out for %(address)s") % {"address": address},
                data={"address": address},
            )
        if reset(ip=address):
            messages.success(
                request, _("The sign-in lock-out for %(address)s is lifted.") % {"address": address}
            )
        return redirect("signin_lockouts")


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


def menu_item():
    return LockoutsMenuItem(
        gettext_lazy("Sign-in lock-outs"),
        reverse("signin_lockouts"),
        name="signin-lockouts",
        icon_name="lock",
    )
