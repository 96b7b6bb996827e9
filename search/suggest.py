"""Spelling alternatives for a query that found nothing, from the words of method titles and taxonomy names.

PostgreSQL: pg_trgm's similarity() ranks the candidate words in the database (the engine's own fuzzy
matching; the extension is created by search's migration). Elsewhere (SQLite): difflib's ratio over
the same words, kept in memory until a method is published or changed.
"""

import difflib

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.db.models import Count, Max

from methods.models import MethodPage, TargetGroup, Theme

from .text import WORD_RE, normalise

MIN_WORD_LENGTH = 3
DIFFLIB_CUTOFF = 0.75
TRIGRAM_THRESHOLD = 0.35
_memory = {}


def suggest(words):
    """A corrected version of `words` (a list of query words), or None if nothing better is known."""
    if not words:
        return None
    corrected, changed = [], False
    for word in words:
        better = _closest(word) if len(word) >= MIN_WORD_LENGTH else None
        if better and better != word:
            corrected.append(better)
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None


def _closest(word):
    if connection.vendor == "postgresql" and _has_trigram():
        return _closest_trigram(word)
    vocabulary = _vocabulary()
    if word in vocabulary:
        return word
    matches = difflib.get_close_matches(word, vocabulary, n=1, cutoff=DIFFLIB_CUTOFF)
    return matches[0] if matches else None


def _has_trigram():
    if "trigram" not in _memory:
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
                _memory["trigram"] = cursor.fetchone() is not None
        except DatabaseError:
            _memory["trigram"] = False
    return _memory["trigram"]


def _closest_trigram(word):
    page_table = MethodPage._meta.get_field("page_ptr").related_model._meta.db_table
    method_table = MethodPage._meta.db_table
    sql = f"""
        SELECT candidate, similarity(candidate, %s) AS score FROM (
            SELECT DISTINCT unnest(tsvector_to_array(to_tsvector('simple', page.title))) AS candidate
            FROM {page_table} page JOIN {method_table} method ON method.page_ptr_id = page.id
            WHERE page.live
            UNION
            SELECT DISTINCT unnest(tsvector_to_array(to_tsvector('simple', name))) FROM {TargetGroup._meta.db_table}
            UNION
            SELECT DISTINCT unnest(tsvector_to_array(to_tsvector('simple', name))) FROM {Theme._meta.db_table}
        ) words
        WHERE length(candidate) >= %s AND similarity(candidate, %s) >= %s
        ORDER BY score DESC, candidate LIMIT 1
    """  # noqa: S608 - table names come from model metadata
    with connection.cursor() as cursor:
        cursor.execute(sql, [word, MIN_WORD_LENGTH, word, TRIGRAM_THRESHOLD])
        row = cursor.fetchone()
    return row[0] if row else None


def _vocabulary():
    state = MethodPage.objects.live().aggregate(count=Count("pk"), latest=Max("last_published_at"))
    stamp = f"{state['count']}-{state['latest'].timestamp() if state['latest'] else 0}"
    key = f"search-vocabulary-{stamp}-{TargetGroup.objects.count()}-{Theme.objects.count()}"
    vocabulary = cache.get(key)
    if vocabulary is None:
        texts = list(MethodPage.objects.live().values_list("title", flat=True))
        texts += list(TargetGroup.objects.values_list("name", flat=True))
        texts += list(Theme.objects.values_list("name", flat=True))
        vocabulary = sorted(
            {
                word
                for text in texts
                for word in WORD_RE.findall(normalise(text))
                if len(word) >= MIN_WORD_LENGTH
            }
        )
        cache.set(key, vocabulary, 3600)
    return vocabulary
