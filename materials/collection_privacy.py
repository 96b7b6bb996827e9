"""Only administrators change a collection's privacy in the admin, and the collection's history says who.

Materials in a collection with a view restriction are internal: the public never gets them, not even
from a reviewed method page. Lifting or changing the restriction (Wagtail's privacy dialog on a
collection) would make them public at once, without any review, so it is an administrator's decision.
Wagtail lets everyone with the "change collection" permission open that dialog and logs nothing, so:

- a restriction saved or deleted while a person who is not an active superuser is acting in the admin
  (Wagtail's admin views run in a `LogContext` that names the user) is refused with PermissionDenied;
  code run on the server (migrations, the demo, `core.collections.internal_collection`) is not a person
  in the admin and may;
- every change gets an audit-log entry on the collection, with Wagtail's own view-restriction actions
  (`wagtail.view_restriction.create` / `.edit` / `.delete`) and the acting user.
"""

from django.core.exceptions import PermissionDenied
from django.db.models.signals import post_save, pre_delete, pre_save
from django.dispatch import receiver
from django.utils.encoding import force_str
from django.utils.translation import gettext as _
from wagtail.log_actions import get_active_log_context, log
from wagtail.models import CollectionViewRestriction


def _acting_user():
    return get_active_log_context().user


def _refuse_unless_administrator():
    user = _acting_user()
    if user is not None and not (user.is_active and user.is_superuser):
        raise PermissionDenied(_("Only administrators may change the privacy of a collection."))


def _log(restriction, action, restriction_type):
    log(
        instance=restriction.collection,
        action=action,
        user=_acting_user(),
        data={
            "restriction": {
                "type": restriction_type,
                "title": force_str(dict(CollectionViewRestriction.RESTRICTION_CHOICES).get(restriction_type)),
            }
        },
    )


@receiver(pre_save, sender=CollectionViewRestriction, dispatch_uid="materials_collection_privacy_check")
def check_privacy_change(sender, instance, raw=False, **kwargs):
    if not raw:
        _refuse_unless_administrator()


@receiver(post_save, sender=CollectionViewRestriction, dispatch_uid="materials_collection_privacy_log")
def log_privacy_change(sender, instance, created, raw=False, **kwargs):
    if not raw:
        action = "wagtail.view_restriction.create" if created else "wagtail.view_restriction.edit"
        _log(instance, action, instance.restriction_type)


@receiver(pre_delete, sender=CollectionViewRestriction, dispatch_uid="materials_collection_privacy_lift")
def check_and_log_privacy_lifted(sender, instance, **kwargs):
    _refuse_unless_administrator()
    # The privacy dialog's form has already set the in-memory type to "none"; log the one that is lifted.
    stored = sender.objects.filter(pk=instance.pk).values_list("restriction_type", flat=True).first()
    _log(instance, "wagtail.view_restriction.delete", stored or instance.restriction_type)
