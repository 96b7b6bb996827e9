"""Template tags for the language switcher and the hreflang alternates (templates/includes/)."""

from django import template
from django.urls import translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.models import Page

from core import i18n

register = template.Library()


def _page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def _same_site_translation(request, code):
    """The requested path in language `code`, as a link that stays on this site.

    The path is the visitor's own input (on a 404 it is whatever was asked for), so `//evil.example/x`,
    `/\\evil.example` or `///evil.example` would otherwise come out as a link to another site. Such paths get
    the language's front page instead."""
    url = translate_url(request.get_full_path(), code)
    if url.startswith("/") and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return url
    return translate_url("/", code)


@register.simple_tag(takes_context=True)
def language_switcher_items(context):
    """The switcher's content: `items` (one LanguageVersion per language), and the sentence to show when the
    page exists in one language only (`only_in`) or when it is an untranslated alias (`not_translated`).

    Pages link to their live translations; other views (search) link to the same view in every language.
    """
    request = context.get("request")
    page = _page(context)
    if page is None:
        if request is None:
            return {"items": []}
        items = i18n.language_versions(None, request)
        for item in items:
            item.url = _same_site_translation(request, item.code)
        return {"items": items}

    items = i18n.language_versions(page, request)
    available = [item for item in items if item.available]
    result = {"items": items}
    if i18n.is_untranslated_alias(page):
        result["not_translated"] = i18n.NOT_TRANSLATED_INTO.get(page.locale.language_code)
    elif len(available) == 1 and available[0].is_current:
        result["only_in"] = i18n.ONLY_AVAILABLE_IN.get(available[0].code)
    return result


@register.simple_tag(takes_context=True)
def hreflang_alternates(context):
    """(hreflang, absolute URL) pairs for the page's live translations, plus x-default (bokmål), when the
    page exists in more than one language."""
    page = _page(context)
    if page is None:
        return []
    versions = [v for v in i18n.language_versions(page, context.get("request")) if v.full_url]
    if len(versions) < 2:
        return []
    alternates = [(v.code, v.full_url) for v in versions]
    default = next((v for v in versions if v.code == i18n.default_language_code()), None)
    if default is not None:
        alternates.append(("x-default", default.full_url))
    return alternates


@register.simple_tag(takes_context=True)
def page_content_language(context):
    """The language of the page's text when it differs from the interface language (an untranslated alias
    page), for a `lang` attribute on <main>; empty otherwise."""
    page = _page(context)
    if page is None or not page.alias_of_id:
        return ""
    language = i18n.content_language(page)
    return language if language != page.locale.language_code else ""
