"""Wagtail hooks for languages and translation (issue 7)."""

from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from core.i18n import active_content_language


@hooks.register("before_serve_page")
def serve_pages_in_their_own_language(page, request, serve_args, serve_kwargs):
    """Redirect when the URL's language is not the page's, e.g. /se/sentre/ while there is no Northern Sami
    version: Wagtail then routes to the bokmål page, which would otherwise be served as <html lang="se">."""
    if getattr(request, "is_preview", False) or page.locale.language_code == active_content_language():
        return None
    url = page.get_url(request=request)
    if not url or url == request.path:
        return None
    query = request.META.get("QUERY_STRING", "")
    return redirect(f"{url}?{query}" if query else url)


@hooks.register("register_admin_urls")
def register_translation_review_url():
    from .views_translation import translation_review

    return [path("translations/<int:page_id>/review/", translation_review, name="translation_review")]


def _translation_review_buttons(page, user, next_url=None):
    from .translation_review import translation_for_page

    if page.is_root() or page.alias_of_id or translation_for_page(page) is None:
        return
    if not page.permissions_for_user(user).can_edit():
        return
    url = reverse("translation_review", args=[page.pk])
    yield Button(_("Submit translation for review"), url, icon_name="resubmit", priority=61)


@hooks.register("register_page_listing_more_buttons")
def translation_review_listing_buttons(page, user, next_url=None):
    yield from _translation_review_buttons(page, user, next_url)


@hooks.register("register_page_header_buttons")
def translation_review_header_buttons(page, user, view_name=None, next_url=None):
    yield from _translation_review_buttons(page, user, next_url)


@hooks.register("construct_homepage_panels")
def add_out_of_date_translations_panel(request, panels):
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        return
    from .translation_status import OutOfDateTranslationsPanel, out_of_date_sources

    sources = out_of_date_sources()
    if sources:
        panels.append(OutOfDateTranslationsPanel(sources))
