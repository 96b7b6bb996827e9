"""Admin view: save a translated page as a draft, or submit it to the review workflow (see translation_review)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Page

from .translation_review import (
    TranslationReviewError,
    check_can_submit,
    save_translation_draft,
    submit_translation_for_review,
    translation_for_page,
)


def translation_review(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    translation = translation_for_page(page)
    if translation is None:
        raise Http404(_("This page is not a translation that is being edited with the translation editor."))
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_pages:edit", args=[page.pk])

    problem = None
    try:
        check_can_submit(page, request.user)
    except TranslationReviewError as error:
        problem = str(error)

    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "submit":
                if problem:
                    raise TranslationReviewError(problem)
                submit_translation_for_review(translation, request.user)
                messages.success(
                    request,
                    _("The translation of '%(title)s' into %(language)s was submitted for review.")
                    % {"title": page.get_admin_display_title(), "language": page.locale.get_display_name()},
                )
            elif action == "draft":
                if not page.permissions_for_user(request.user).can_edit():
                    raise TranslationReviewError(_("You cannot edit this page."))
                save_translation_draft(translation, request.user)
                messages.success(
                    request,
                    _("The translation of '%(title)s' into %(language)s was saved as a draft.")
                    % {"title": page.get_admin_display_title(), "language": page.locale.get_display_name()},
                )
            else:
                raise TranslationReviewError(_("Choose whether to save a draft or submit for review."))
        except TranslationReviewError as error:
            messages.error(request, str(error))
        return redirect(next_url)

    total, translated = translation.get_progress()
    return TemplateResponse(
        request,
        "i18n/admin/translation_review.html",
        {
            "page": page,
            "translation": translation,
            "total_strings": total,
            "translated_strings": translated,
            "problem": problem,
            "next_url": next_url,
            "workflow": page.get_workflow(),
            "page_title": _("Review of a translation"),
            "page_subtitle": page.get_admin_display_title(),
            "header_icon": "resubmit",
        },
    )
