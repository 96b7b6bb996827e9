"""Translating pages and snippets the way wagtail-localize does it in the admin, for the i18n tests."""

from django.test import TestCase
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object

from methods.publishing import unreviewed_publication


def locale(code):
    return Locale.objects.get(language_code=code)


def submit_for_translation(instance, *codes, user=None):
    """What 'Translate this page' does: a TranslationSource, a Translation per locale and a draft copy."""
    translate_object(instance, [locale(code) for code in codes], user=user)
    source = TranslationSource.objects.get_for_instance(instance)
    return {code: Translation.objects.get(source=source, target_locale__language_code=code) for code in codes}


def translate_strings(translation, texts):
    """Translate the source's strings: `texts` maps a source string to its translation (what a translator
    types in the translation editor). Returns the source strings that were not in `texts`."""
    untranslated = []
    segments = StringSegment.objects.filter(source=translation.source).select_related("string", "context")
    for segment in segments:
        source_text = segment.string.data
        if source_text not in texts:
            untranslated.append(source_text)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": texts[source_text]},
        )
    return untranslated


def publish_translation(translation, user=None):
    """The translation editor's 'Publish' button (needs publish permission; skips workflows).

    wagtail-localize publishes in transaction.on_commit, which never fires inside a test's transaction."""
    # A fixture: published as an administrator's first migration would (methods.publishing).
    # (The authority outside: wagtail-localize publishes in the on-commit callbacks.)
    with unreviewed_publication(reason="Test fixture"), TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(user=user, publish=True)
    target = translation.get_target_instance()
    target.refresh_from_db()
    return target.specific if hasattr(target, "specific") else target


def translate_and_publish(instance, code, texts, user=None):
    translation = submit_for_translation(instance, code, user=user)[code]
    translate_strings(translation, texts)
    return publish_translation(translation, user=user)


def translated(msgid, language="nb", **params):
    """The interface text a visitor sees for the English msgid in `language`: what tests should look for on
    bokmål pages (public pages at / are always bokmål), e.g. `translated("No materials match these filters.")`.
    """
    with translation.override(language):
        text = translation.gettext(msgid)
    return text % params if params else text
