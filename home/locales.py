"""The content languages as Wagtail Locale rows: bokmål (the default, the source of translations), nynorsk,
English and Northern Sami. Used by the data migration and the `setup_locales` command."""

from django.conf import settings


def content_language_codes():
    """Language codes of WAGTAIL_CONTENT_LANGUAGES, the default (LANGUAGE_CODE) first."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    default = settings.LANGUAGE_CODE
    return [default] + [code for code in codes if code != default]


def ensure_locales(locale_model=None):
    """Create a Locale for every content language that has none. Returns the codes created; idempotent."""
    if locale_model is None:
        from wagtail.models import Locale as locale_model
    existing = set(locale_model.objects.values_list("language_code", flat=True))
    created = []
    for code in content_language_codes():
        if code not in existing:
            locale_model.objects.create(language_code=code)
            created.append(code)
    return created
