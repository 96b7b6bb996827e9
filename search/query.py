"""What the visitor typed → a cleaned, bounded query → a modelsearch query with Norwegian expansion.

Parsing never fails: anything that is not a word, a "quoted phrase" or a -excluded word is dropped, and
the visitor is told when something they typed was ignored or shortened.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from modelsearch.query import And, Boost, Not, Or, Phrase, PlainText, SearchQuery

from core.text import fold

from . import synonyms
from .text import STOP_WORDS, WORD_RE, clean, normalise, stem

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
MIN_WORD_LENGTH = 2
# Longer "words" are noise (or an attack); PostgreSQL ignores words over 2047 bytes with a notice.
MAX_WORD_LENGTH = 60
# Upper-case operators from other search engines; lower-case "and"/"or"/"not" could be words.
OPERATOR_WORDS = {"AND", "OR", "NOT", "NEAR", "OG", "ELLER", "IKKE"}
# How many times the typed word is repeated in SQLite's OR of word forms (see QueryBuilder._word_query).
EXACT_FORM_REPEAT = 3
# Weight of a compound's parts found apart (rusproblemer → rus + problemer) against the word itself.
PARTS_BOOST = 0.3
PHRASE_RE = re.compile(r'"([^"]*)"')


# PostgreSQL text search configuration of a content language other than the backend's own SEARCH_CONFIG
# (norwegian, for bokmål and nynorsk): English pages are stemmed as English. PostgreSQL has no Northern
# Sami stemmer, and Norwegian stemming would mangle Sami words, so they are indexed as written.
LANGUAGE_CONFIGS = {"en": "english", "se": "simple"}


class InConfigs(SearchQuery):
    """PostgreSQL: the subquery in each of several text search configurations, any of them matching.

    Pages are indexed in their own language's configuration (English pages with English stemming), so a
    search over more than one language asks in each of their configurations."""

    def __init__(self, subquery, configs):
        self.subquery = subquery
        self.configs = tuple(configs)

    def __repr__(self):
        return f"<InConfigs {self.subquery!r} {self.configs!r}>"


class Prefix(PlainText):
    """One word matched as a prefix (its compounds and inflections). Backends without special support
    treat it as the plain word, because it subclasses PlainText."""

    def __init__(self, word):
        super().__init__(word)

    def __repr__(self):
        return f"<Prefix {self.query_string!r}>"


@dataclass
class Term:
    word: str
    synonyms: list = field(default_factory=list)
    parts: tuple = ()
    compounds: list = field(default_factory=list)

    @property
    def alternatives(self):
        """The word and the other words that count as the same term (not compound parts)."""
        return [self.word, *self.synonyms, *self.compounds]

    @property
    def expansions(self):
        """(word, reason) pairs that the visitor did not type but the search also looks for."""
        found = [(word, "synonym") for word in self.synonyms]
        found += [(word, "compound") for word in self.compounds]
        if self.parts:
            found.append((" + ".join(self.parts), "parts"))
        return found


@dataclass
class ParsedQuery:
    text: str = ""
    terms: list = field(default_factory=list)
    phrases: list = field(default_factory=list)
    excluded: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    @property
    def is_empty(self):
        return not self.terms and not self.phrases

    def all_words(self):
        """Every word that can match, for highlighting: terms with their alternatives, parts, phrases."""
        found = []
        for term in self.terms:
            found += term.alternatives + list(term.parts)
        for phrase in self.phrases:
            found += phrase
        return list(dict.fromkeys(found))


def _content_words(text):
    return [word for word in WORD_RE.findall(text) if MIN_WORD_LENGTH <= len(word) <= MAX_WORD_LENGTH]


def parse(raw):
    """Clean and parse a visitor's query string; always returns a ParsedQuery."""
    parsed = ParsedQuery()
    text = " ".join(clean(raw).split())
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or text[:MAX_QUERY_LENGTH]
        parsed.notes.append(
            _("Your search was shortened to its first %(count)s characters.") % {"count": MAX_QUERY_LENGTH}
        )
    parsed.text = text

    for match in PHRASE_RE.finditer(text):
        phrase_words = [w for w in WORD_RE.findall(normalise(match.group(1))) if len(w) <= MAX_WORD_LENGTH]
        if len([word for word in phrase_words if word not in STOP_WORDS]) > 1:
            parsed.phrases.append(phrase_words)
        else:
            for word in phrase_words:
                if word not in STOP_WORDS and len(word) >= MIN_WORD_LENGTH:
                    _add_term(parsed, word)
    rest = PHRASE_RE.sub(" ", text).replace('"', " ")

    ignored_operators, stop_words = False, []
    for token in rest.split():
        if token in OPERATOR_WORDS:
            ignored_operators = True
            continue
        excluded = token.startswith("-") and len(token) > 1
        for word in _content_words(normalise(token)):
            if word in STOP_WORDS:
                stop_words.append(word)
            elif excluded:
                if word not in parsed.excluded:
                    parsed.excluded.append(word)
            else:
                _add_term(parsed, word)

    if len(parsed.terms) > MAX_TERMS:
        parsed.terms = parsed.terms[:MAX_TERMS]
        parsed.notes.append(_("Only the first %(count)s words were searched for.") % {"count": MAX_TERMS})
    if ignored_operators:
        parsed.notes.append(
            _("Search operators such as AND and OR are not needed: every word is searched for.")
        )
    if parsed.is_empty and parsed.excluded:
        parsed.excluded = []
        parsed.notes.append(_("A search needs at least one word that is not excluded with a minus sign."))
    if parsed.is_empty and stop_words:
        parsed.notes.append(_("Your search only had very common words, which are not searched for."))
    elif parsed.is_empty and text.strip():
        parsed.notes.append(_("Your search had no letters or numbers to search for."))
    return parsed


def _add_term(parsed, word):
    if any(term.word == word for term in parsed.terms):
        return
    parsed.terms.append(
        Term(
            word=word,
            synonyms=synonyms.synonyms_of(word),
            parts=synonyms.compound_parts(word),
            compounds=synonyms.compounds_containing(word),
        )
    )


class QueryBuilder:
    """Turns a ParsedQuery into modelsearch query objects for one backend.

    `flavour` is "postgres" (the norwegian config stems; Prefix adds compound first parts),
    "sqlite" (no stemming: every word is replaced by the indexed words that share its Snowball stem
    or start a compound with it, from FTS5's vocabulary), or "plain" (Elasticsearch's analyzer stems,
    the fallback backend matches substrings).
    """

    def __init__(self, flavour, vocabulary=None):
        self.flavour = flavour
        self.vocabulary = vocabulary
        self._forms = {}

    def forms(self, words, english=False):
        if self.flavour != "sqlite" or not self.vocabulary:
            return {}
        missing = [word for word in words if (word, english) not in self._forms]
        if missing:
            found = self.vocabulary.forms(missing, english=english)
            self._forms.update({(word, english): forms for word, forms in found.items()})
        return {word: self._forms.get((word, english)) for word in words}

    def build(self, parsed, operator="and", language=None):
        """The query for `parsed`; `language` is the language searched (None: all), which decides the
        stemming: Norwegian, and English as well where English pages are searched."""
        english = language is None or LANGUAGE_CONFIGS.get(language) == "english"
        query = self._build(parsed, operator, english=english)
        if query is not None and self.flavour == "postgres":
            configs = postgres_configs(language)
            if configs:
                query = InConfigs(query, configs)
        return query

    def _build(self, parsed, operator, english):
        if parsed.is_empty:
            return None
        forms = self.forms(set(parsed.all_words()) | set(parsed.excluded), english=english)
        positive = [self._term_query(term, forms) for term in parsed.terms]
        positive += [Phrase(" ".join(phrase)) for phrase in parsed.phrases]
        positive = [query for query in positive if query is not None]
        if not positive:
            return None
        query = positive[0] if len(positive) == 1 else (And(positive) if operator == "and" else Or(positive))
        excluded = [self._word_query(word, forms, prefix=False) for word in parsed.excluded]
        excluded = [Not(item) for item in excluded if item is not None]
        return And([query, *excluded]) if excluded else query

    def _term_query(self, term, forms):
        alternatives = term.alternatives
        if self.flavour == "postgres":
            # PostgreSQL stems each alternative: those with the word's stem (kommunen, kommune, kommuner)
            # would be the same lexeme again, and every repeat is ranked again for every match.
            stems = {}
            for word in alternatives:
                stems.setdefault(stem(word), word)
            alternatives = list(stems.values())
        options = [self._word_query(word, forms, prefix=word == term.word) for word in alternatives]
        if term.parts:
            part_queries = [self._word_query(part, forms, prefix=False) for part in term.parts]
            if all(part_queries):
                parts = And(part_queries)
                # The parts found apart are a weaker match than the word (SQLite's FTS5 has no boosts).
                options.append(parts if self.flavour == "sqlite" else Boost(parts, PARTS_BOOST))
        return _any([option for option in options if option is not None])

    def _word_query(self, word, forms, prefix):
        if self.flavour == "sqlite":
            # bm25 adds up every OR'ed word, so repeating the typed form ranks it above rarer forms
            # (a nynorsk synonym has a higher IDF and would otherwise win).
            found = forms.get(word) or [fold(word)]
            if prefix and fold(word) in found:
                found = [fold(word)] * EXACT_FORM_REPEAT + found
            return _any([PlainText(form) for form in found])
        if self.flavour == "postgres" and prefix and len(word) >= 3:
            return Or([PlainText(word), Prefix(word)])
        return PlainText(word)


def postgres_configs(language):
    """The text search configurations to ask in for `language` (None: all languages), or None for just
    the backend's own (Norwegian)."""
    if language is None:
        return (None, *dict.fromkeys(LANGUAGE_CONFIGS.values()))
    config = LANGUAGE_CONFIGS.get(language)
    return (config,) if config else None


def _any(queries):
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else Or(queries)


def word_matcher(parsed):
    """A function telling whether a word of a text matches the query, for highlighting and explanations.

    Returns the matched query word (the term as typed) or None. Mirrors the engines: same Snowball stem,
    or a compound starting with the word (mestring → mestringsgruppene).
    """
    rules = []
    for term in parsed.terms:
        for word in term.alternatives:
            rules.append((term.word, word, stem(word)))
        for part in term.parts:
            rules.append((term.word, part, stem(part)))
    for phrase in parsed.phrases:
        for word in phrase:
            rules.append((" ".join(phrase), word, stem(word)))

    seen = {}

    def match(text_word):
        if text_word not in seen:
            seen[text_word] = _match(text_word)
        return seen[text_word]

    def _match(text_word):
        text_word = normalise(text_word)
        text_stem = stem(text_word)
        for label, word, word_stem in rules:
            if text_stem == word_stem or text_word == word:
                return label
        for label, word, _word_stem in rules:
            if len(word) >= 3 and text_word.startswith(word) and len(text_word) - len(word) >= 3:
                return label
        return None

    return match
