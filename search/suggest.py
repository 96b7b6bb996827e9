"""Spelling alternatives for a query that found nothing, from the words of method titles and taxonomy names.

PostgreSQL: pg_trgm's similarity() ranks the candidate words in the database (the engine's own fuzzy
matching; the extension is created by search's migration). Elsewhere (SQLite): difflib's ratio over
the same words. The words are kept with the facet cache (search.facet_cache), rebuilt when it is.
"""

import difflib

from django.db import DatabaseError, connection

from methods.models import MethodPage

from . import facet_cache
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
    # The candidates come from the process's vocabulary; PostgreSQL ranks them (at 10,000 methods, splitting
    # every title in SQL took 35 ms a search).
    sql = """
        SELECT candidate, similarity(candidate, %s) AS score FROM unnest(%s::text[]) AS candidate
        WHERE similarity(candidate, %s) >= %s
        ORDER BY score DESC, candidate LIMIT 1
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [word, _vocabulary(), word, TRIGRAM_THRESHOLD])
        row = cursor.fetchone()
    return row[0] if row else None


def _vocabulary():
    """The words (3+ letters) of live method titles and of taxonomy names, sorted."""
    return facet_cache.derived("spelling-vocabulary", _build_vocabulary)


def _build_vocabulary():
    texts = MethodPage.search_vocabulary_texts()
    return sorted(
        {word for text in texts for word in WORD_RE.findall(normalise(text)) if len(word) >= MIN_WORD_LENGTH}
    )
