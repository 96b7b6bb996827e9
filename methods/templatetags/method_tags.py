"""Template helpers for method pages and method cards: structured data, DOI links, related methods."""

import json
import re
from urllib.parse import quote

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import prefetch_related_objects
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.timezone import localdate

from core.i18n import content_language, translation_or_self

register = template.Library()

# What Django's json_script escapes: nothing in the data can close the <script> element or start a comment.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
DOI_PREFIX = re.compile(r"^\s*(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


@register.filter
def doi_url(doi):
    """'10.1000/xyz', 'doi:10.1000/xyz' or a doi.org address → 'https://doi.org/10.1000/xyz'."""
    doi = DOI_PREFIX.sub("", doi or "").strip()
    return f"https://doi.org/{quote(doi, safe='/:;()._-')}" if doi else ""


@register.filter
def level_steps(row):
    """A knowledge profile row's scale as booleans (filled up to its step), for the visual meter."""
    return [index < row["step"] for index in range(row["steps"])]


@register.simple_tag
def with_target_groups(methods):
    """The methods as a list with their target groups loaded in one query, for cards that list them."""
    methods = list(methods)
    prefetch_related_objects(methods, "target_groups")
    return methods


@register.simple_tag
def related_methods(page):
    """The page's live related methods, each in the page's language where translated."""
    items = page.related_methods.select_related("method", "method__centre")
    methods = [item.method for item in items if item.method.live]
    if any(method.locale_id != page.locale_id for method in methods):
        methods = [translation_or_self(method, page.locale) for method in methods]
    return methods


def method_structured_data(page, request=None):
    """schema.org LearningResource for a method or tool page; empty values are left out."""
    # Loaded onto the page, so that the page's own lists of target groups and themes need no second query.
    prefetch_related_objects([page], "target_groups", "themes")
    data = {
        "@context": "https://schema.org",
        "@type": "LearningResource",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request=request),
        "inLanguage": content_language(page),
        "learningResourceType": str(page.get_kind_display()),
        "datePublished": localdate(page.first_published_at).isoformat() if page.first_published_at else None,
        "dateModified": _modified(page),
        "audience": [{"@type": "Audience", "audienceType": group.name} for group in page.target_groups.all()],
        "keywords": ", ".join(theme.name for theme in page.themes.all()),
    }
    centre = page.centre
    if centre is not None:
        data["publisher"] = {
            "@type": "Organization",
            "name": centre.full_name or centre.title,
            "url": centre.website or centre.get_full_url(request=request),
        }
    return {key: value for key, value in data.items() if value}


def _modified(page):
    if page.last_substantive_update:
        return page.last_substantive_update.isoformat()
    if page.last_published_at:
        return localdate(page.last_published_at).isoformat()
    return None


@register.simple_tag(takes_context=True)
def method_json_ld(context, page):
    """<script type="application/ld+json"> with the page's structured data, safe whatever the texts hold."""
    text = json.dumps(
        method_structured_data(page, context.get("request")), cls=DjangoJSONEncoder, ensure_ascii=False
    )
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(text.translate(JSON_SCRIPT_ESCAPES))
    )
