from django.core import checks


@checks.register()
def wagtail_workflow_emails_replaced(app_configs, **kwargs):
    from .notifications import wagtail_notifiers_still_connected

    connected = wagtail_notifiers_still_connected()
    if not connected:
        return []
    return [
        checks.Error(
            "Wagtail's in-request workflow emails are still connected: " + ", ".join(connected),
            hint='Put "reviews" after "wagtail.admin" in INSTALLED_APPS so that it can replace them.',
            id="reviews.E001",
        )
    ]
