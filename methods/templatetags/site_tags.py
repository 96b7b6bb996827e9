"""Site-wide links for base.html: the main navigation, the footer's pages, and breadcrumbs.

The navigation's pages are found once per request among the children of the site's home page, and shown in
the language of the page being viewed (the bokmål page where there is no translation).
"""

from django import template
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site

register = template.Library()

# (key, model label, slug or None, navigation label). Pages are matched by type, the content pages by slug.
SITE_PAGES = [
    ("library", "search.methodlibrarypage", None, _("Methods library")),
    ("centres", "methods.centreindexpage", None, _("Centres")),
    ("materials", "materials.materiallibrarypage", None, _("Teaching materials")),
    ("about", "home.standardpage", "om", _("About")),
    ("accessibility", "home.standardpage", "tilgjengelighet", None),
]
NAVIGATION = ["library", "centres", "materials", "about"]
FOOTER = ["about", "accessibility"]


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def _site(request):
    if request is not None:
        return Site.find_for_request(request)
    return Site.objects.filter(is_default_site=True).select_related("root_page").first()


def site_pages(context):
    """{key: live Page} for SITE_PAGES that exist, plus "home"; cached on the request."""
    request = context.get("request")
    cached = getattr(request, "_site_pages", None)
    if cached is not None:
        return cached
    site = _site(request)
    pages = {}
    if site is not None:
        home = site.root_page
        pages["home"] = home
        children = Page.objects.child_of(home).live().select_related("content_type")
        for child in children:
            label = f"{child.content_type.app_label}.{child.content_type.model}"
            for key, model, slug, _label in SITE_PAGES:
                if key not in pages and label == model and (slug is None or child.slug == slug):
                    pages[key] = child
        pages = _localized(pages, _current_page(context))
    if request is not None:
        request._site_pages = pages
    return pages


def _localized(pages, current):
    """The same pages in the current page's language (or the active language), where they exist there."""
    if current is not None:
        locale_id = current.locale_id
    else:
        try:
            locale_id = Locale.get_active().pk
        except Locale.DoesNotExist:
            return pages
    if all(page.locale_id == locale_id for page in pages.values()):
        return pages
    translations = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            locale_id=locale_id, translation_key__in=[page.translation_key for page in pages.values()]
        )
    }
    return {key: translations.get(page.translation_key, page) for key, page in pages.items()}


def _is_within(current, page):
    return current is not None and current.path.startswith(page.path)


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """[{label, url, current: "page" | "true" | ""}] for the header's menu; missing pages are left out."""
    pages = site_pages(context)
    request, current = context.get("request"), _current_page(context)
    labels = {key: label for key, _model, _slug, label in SITE_PAGES}
    items = []
    for key in NAVIGATION:
        page = pages.get(key)
        if page is None:
            continue
        state = ""
        if current is not None and current.pk == page.pk:
            state = "page"
        elif _is_within(current, page):
            state = "true"
        items.append(
            {"key": key, "label": labels[key], "url": page.get_url(request=request), "current": state}
        )
    return items


@register.simple_tag(takes_context=True)
def home_url(context):
    home = site_pages(context).get("home")
    return home.get_url(request=context.get("request")) if home is not None else "/"


@register.simple_tag(takes_context=True)
def library_url(context):
    """The methods library's address (in the page's language), or "" without a library."""
    library = site_pages(context).get("library")
    return library.get_url(request=context.get("request")) if library is not None else ""


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The "About" page and the accessibility statement, where they exist: [(title, url)]."""
    pages = site_pages(context)
    request = context.get("request")
    return [(pages[key].title, pages[key].get_url(request=request)) for key in FOOTER if key in pages]


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    """The page's ancestors from its home page, [(title, url)]; empty on the home page and off the tree."""
    page = _current_page(context)
    if page is None or page.depth <= 2:
        return []
    request = context.get("request")
    ancestors = page.get_ancestors().filter(depth__gte=2)
    return [(ancestor.title, ancestor.get_url(request=request)) for ancestor in ancestors]
