"""Language versions of pages for the public site: the language switcher, hreflang alternates, and the rule
that a page is only offered in a language where a real, live translation exists.

Alias pages (wagtail-localize's placeholders in a locale tree, which mirror the source page's content) are
never counted as translations: their text is in the source language.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, TranslatableMixin

# Each language's name in that language, as the switcher shows it (the way Norwegian public sites do).
LANGUAGE_NAMES_LOCAL = {
    "nb": "Bokmål",
    "nn": "Nynorsk",
    "en": "English",
    "se": "Davvisámegiella",
}

# Whole sentences rather than a language name slotted into one sentence: Norwegian needs "på bokmål",
# English "in Norwegian Bokmål", and translators should see the full sentence.
ONLY_AVAILABLE_IN = {
    "nb": _("This page is only available in Norwegian Bokmål."),
    "nn": _("This page is only available in Norwegian Nynorsk."),
    "en": _("This page is only available in English."),
    "se": _("This page is only available in Northern Sami."),
}
NOT_TRANSLATED_INTO = {
    "nb": _(
        "This page has not been translated into Norwegian Bokmål yet. Its text is shown in the original language."
    ),
    "nn": _(
        "This page has not been translated into Norwegian Nynorsk yet. Its text is shown in the original language."
    ),
    "en": _(
        "This page has not been translated into English yet. Its text is shown in the original language."
    ),
    "se": _(
        "This page has not been translated into Northern Sami yet. Its text is shown in the original language."
    ),
}


@dataclass
class LanguageVersion:
    code: str
    name_local: str
    url: str | None  # None when there is no live translation in this language
    full_url: str | None
    is_current: bool

    @property
    def available(self):
        return self.url is not None


def content_language_codes():
    """Language codes of WAGTAIL_CONTENT_LANGUAGES, the default (LANGUAGE_CODE) first."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    default = settings.LANGUAGE_CODE
    return [default] + [code for code in codes if code != default]


def ensure_locales(locale_model=None):
    """Create a Locale for every content language that has none. Returns the codes created; idempotent.

    The data migration passes its historical Locale model; the `setup_locales` command uses the real one."""
    if locale_model is None:
        locale_model = Locale
    existing = set(locale_model.objects.values_list("language_code", flat=True))
    created = []
    for code in content_language_codes():
        if code not in existing:
            locale_model.objects.create(language_code=code)
            created.append(code)
    return created


def default_language_code():
    return settings.LANGUAGE_CODE


def active_content_language():
    try:
        return get_supported_content_language_variant(get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


def is_untranslated_alias(page):
    """True for an alias page whose content comes from a page in another language."""
    if not page.alias_of_id:
        return False
    source_locale_id = Page.objects.filter(pk=page.alias_of_id).values_list("locale_id", flat=True).first()
    return source_locale_id is not None and source_locale_id != page.locale_id


def content_language(page):
    """The language the page's text is written in: the source's for an alias of a page in another locale."""
    if page.alias_of_id:
        source = Page.objects.filter(pk=page.alias_of_id).select_related("locale").first()
        if source is not None:
            return source.locale.language_code
    return page.locale.language_code


def translated_versions(page):
    """Live pages (not aliases) with the page's translation_key, by language code; includes the page itself
    when it qualifies."""
    pages = (
        Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .live()
        .select_related("locale")
    )
    return {version.locale.language_code: version for version in pages}


def language_versions(page, request=None):
    """One LanguageVersion per content language for the switcher and the hreflang links."""
    versions = translated_versions(page) if page is not None else {}
    if page is not None and not page.alias_of_id:
        # A draft shown in preview is the current language's version, though not live yet.
        versions.setdefault(page.locale.language_code, page)
    current = page.locale.language_code if page is not None else active_content_language()
    result = []
    for code in content_language_codes():
        version = versions.get(code)
        url = full_url = None
        if version is not None:
            url = version.get_url(request=request)
            full_url = version.get_full_url(request=request)
        result.append(
            LanguageVersion(
                code=code,
                name_local=LANGUAGE_NAMES_LOCAL.get(code, code),
                url=url,
                full_url=full_url,
                is_current=code == current,
            )
        )
    return result


def localize_translatable_relations(page):
    """Point many-to-many relations to translatable snippets (target groups, themes) at the snippets'
    translations in the page's locale, where they exist.

    wagtail-localize does not translate many-to-many fields; they are declared synchronised, so a translated
    page gets the source page's bokmål snippets. This maps each one to its translation, so that a nynorsk
    page shows, filters and is indexed by nynorsk target group names. Snippets without a translation stay as
    they are (shown in bokmål) until they are translated and the page is saved again.
    """
    for field in page._meta.get_fields():
        if not isinstance(field, ParentalManyToManyField):
            continue
        if not issubclass(field.related_model, TranslatableMixin):
            continue
        current = list(getattr(page, field.name).all())
        if all(item.locale_id == page.locale_id for item in current):
            continue
        translations = {
            item.translation_key: item
            for item in field.related_model.objects.filter(
                translation_key__in=[item.translation_key for item in current], locale_id=page.locale_id
            )
        }
        setattr(page, field.name, [translations.get(item.translation_key, item) for item in current])


def in_language_or_default(queryset, locale, include_aliases=False):
    """Pages from `queryset`, each item (translation_key) once: in `locale` where it has a live version
    there, otherwise in bokmål, otherwise in the first other content language that has it (a method
    written only in nynorsk is listed on the bokmål site too, linking to its nynorsk page).

    Without `include_aliases` (content listings: methods), aliases are not a version: they copy the bokmål
    page, which is listed instead. With it (navigation: the library page, centres), an alias in `locale` is
    listed, so that the visitor stays in their language's pages."""
    default = Locale.get_default()
    locales = {item.language_code: item for item in Locale.objects.all()}
    order = [locale] + [
        locales[code]
        for code in [default.language_code] + content_language_codes()
        if code in locales and code != locale.language_code
    ]
    seen = []
    condition = Q(pk__in=[])
    for position, candidate in enumerate(dict.fromkeys(order)):
        clause = Q(locale=candidate)
        if position > 0 or not include_aliases:
            clause &= Q(alias_of__isnull=True)
        for earlier in seen:
            clause &= ~Q(translation_key__in=earlier.values("translation_key"))
        condition |= clause
        present = queryset.model.objects.live().filter(locale=candidate)
        if position > 0 or not include_aliases:
            present = present.filter(alias_of__isnull=True)
        seen.append(present)
    return queryset.filter(condition)


def translation_or_self(page, locale):
    """The page's live translation (not an alias) in `locale`, or the page itself."""
    if page.locale_id == locale.pk:
        return page
    translation = (
        page.__class__.objects.live()
        .filter(translation_key=page.translation_key, locale=locale, alias_of__isnull=True)
        .first()
    )
    return translation or page


__all__ = [
    "LANGUAGE_NAMES_LOCAL",
    "NOT_TRANSLATED_INTO",
    "ONLY_AVAILABLE_IN",
    "LanguageVersion",
    "active_content_language",
    "content_language",
    "default_language_code",
    "in_language_or_default",
    "is_untranslated_alias",
    "language_versions",
    "localize_translatable_relations",
    "translated_versions",
    "translation_or_self",
]
