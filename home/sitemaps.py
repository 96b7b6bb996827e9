"""sitemap.xml with every language: Wagtail's Sitemap lists only the default site root's tree (bokmål)."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.i18n import default_language_code


class MultilingualSitemap(Sitemap):
    """Live, public pages of every language's tree (not aliases: they repeat the bokmål text), each with
    its translations as hreflang alternates and x-default (bokmål), as in the pages' <head>."""

    def items(self):
        site = self.get_wagtail_site()
        # Every language's tree, also when its home page is still an alias; aliases themselves are left out.
        roots = site.root_page.get_translations(inclusive=True).live()
        pages = Page.objects.none()
        for root in roots:
            pages |= root.get_descendants(inclusive=True)
        return (
            pages.live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        versions = defaultdict(list)
        for version in (
            Page.objects.live()
            .public()
            .filter(translation_key__in={item.translation_key for item in items}, alias_of__isnull=True)
            .select_related("locale")
            .order_by("locale__language_code")
        ):
            versions[version.translation_key].append(version)
        urls, last_mods = [], set()
        for item in items:
            alternates = []
            if len(versions[item.translation_key]) > 1:
                alternates = [
                    {
                        "lang_code": version.locale.language_code,
                        "location": version.get_full_url(self.request),
                    }
                    for version in versions[item.translation_key]
                ]
                default = next((a for a in alternates if a["lang_code"] == default_language_code()), None)
                if default:
                    alternates.append({"lang_code": "x-default", "location": default["location"]})
            for url_info in item.get_sitemap_urls(self.request):
                if alternates:
                    url_info["alternates"] = alternates
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
