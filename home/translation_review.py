"""Send a translated page through the same review workflow as any other page.

wagtail-localize's translation editor can only publish, and only for users with publish permission, which
skips the lived-experience and editorial workflow. This saves the translation (the strings translated so far,
the source's text where a string is not translated yet) as a new draft revision of the translated page and
starts the page's workflow on it. The live page is not touched until the workflow's last step publishes.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.models import Page
from wagtail_localize.models import Translation

from core.i18n import localize_translatable_relations


class TranslationReviewError(Exception):
    """A message for the user saying why the translation cannot be saved or submitted."""


def translation_for_page(page):
    """The enabled wagtail-localize Translation whose target is this page, or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def check_can_submit(page, user):
    """Raise PermissionDenied or TranslationReviewError when `user` may not send `page` to review now."""
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit():
        raise PermissionDenied
    if page.alias_of_id:
        raise TranslationReviewError(
            _("This page is an alias. Translate it before submitting it for review.")
        )
    if page.get_workflow() is None:
        raise TranslationReviewError(_("No review workflow applies to this page."))
    if page.workflow_in_progress:
        raise TranslationReviewError(_("This page is already in review."))
    if permissions.page_locked():
        raise TranslationReviewError(_("This page is locked."))


@transaction.atomic
def save_translation_draft(translation, user):
    """Save the current translation as a draft revision of the target page and return the revision.

    The translated instance is built in memory and only its revision is saved: unlike
    Translation.save_target(publish=False), this never writes unreviewed text into a live page.
    Raises ValidationError when the translated page does not validate (e.g. a translated slug is taken).
    """
    page = translation.get_target_instance()
    if isinstance(page, Page):
        page = page.specific
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    localize_translatable_relations(draft)
    draft.slug = find_available_slug(page.get_parent(), slugify(draft.slug), ignore_page_id=page.pk)
    return draft.save_revision(user=user, log_action=True)


@transaction.atomic
def submit_translation_for_review(translation, user):
    """Save the translation as a draft revision and start the page's workflow on it."""
    page = translation.get_target_instance().specific
    check_can_submit(page, user)
    try:
        save_translation_draft(translation, user)
    except ValidationError as error:
        raise TranslationReviewError(
            _("The translation could not be saved: %(errors)s") % {"errors": "; ".join(error.messages)}
        ) from error
    page = Page.objects.get(pk=page.pk).specific
    workflow = page.get_workflow()
    return workflow.start(page, user)
