"""Rendering and sending the review emails: one message per recipient, in the recipient's admin language."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import override
from wagtail.admin.utils import get_admin_base_url
from wagtail.users.models import UserProfile

logger = logging.getLogger(__name__)


def admin_url(name, *args):
    return (get_admin_base_url() or "") + reverse(name, args=args)


def page_links(page, task=None):
    """Absolute admin links for a page, for the email templates."""
    links = {
        "edit_url": admin_url("wagtailadmin_pages:edit", page.pk),
        "history_url": admin_url("reviews:history", page.pk),
        "dashboard_url": admin_url("wagtailadmin_home"),
    }
    if task is not None:
        links["preview_url"] = admin_url("wagtailadmin_pages:workflow_preview", page.pk, task.pk)
    return links


def wants(user, preference):
    """Whether the user accepts this kind of notification (Wagtail's account notification settings)."""
    if not (user.is_active and user.email):
        return False
    return preference is None or getattr(UserProfile.get_for_user(user), f"{preference}_notifications", True)


def send_to_users(users, template, context, preference=None):
    """Render reviews/emails/TEMPLATE_subject.txt and TEMPLATE.txt for each user and send them.

    `preference` is the Wagtail notification setting that must be on ('submitted', 'approved',
    'rejected'), or None for messages every recipient gets. Returns the number of messages sent.
    """
    recipients = sorted({user for user in users if wants(user, preference)}, key=lambda user: user.pk)
    if not recipients:
        return 0
    from_email = getattr(settings, "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", settings.DEFAULT_FROM_EMAIL)
    sent = 0
    with get_connection() as connection:
        for user in recipients:
            with override(UserProfile.get_for_user(user).get_preferred_language()):
                message_context = {**context, "recipient": user}
                subject = " ".join(
                    render_to_string(f"reviews/emails/{template}_subject.txt", message_context).split()
                )
                body = render_to_string(f"reviews/emails/{template}.txt", message_context).strip() + "\n"
            message = EmailMessage(
                subject,
                body,
                from_email,
                [user.email],
                connection=connection,
                headers={"Auto-Submitted": "auto-generated"},
            )
            try:
                message.send()
                sent += 1
            except Exception:  # noqa: BLE001 - one bad address must not stop the others
                logger.exception("Could not send '%s' to %s", subject, user.email)
    return sent
