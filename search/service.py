"""The one search service behind /sok/, its JSON output, the autocomplete and the methods library page.

1. Parse what the visitor typed (search.query) and expand it for the configured backend.
2. Ask the backend for every matching method the visitor may find, ranked ([(pk, score)]); if nothing
   has all the words, accept any of them; if still nothing, try the spelling suggestion.
3. Take the facet values of the matches from the per-process cache (search.facet_cache), filter and
   count them (search.facets).
4. Sort, paginate and load only the methods on the requested page; mark the matched words.
"""

from dataclasses import dataclass, field
from operator import itemgetter

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelsearch.backends import get_search_backend
from wagtail.models import Locale, Page, get_page_models

from core.listing.pagination import paginate
from core.text import sort_key
from methods.models import MethodIndexPage, MethodPage

from . import facet_cache, facets, suggest
from .highlight import highlight_method, highlight_text
from .query import QueryBuilder, parse, word_matcher
from .sql import IdIn
from .text import WORD_RE, normalise

PER_PAGE = 20
MAX_PER_PAGE = 50
SORTS = {"relevance": _("Relevance"), "newest": _("Newest"), "title": _("Title")}
OTHER_PAGES_LIMIT = 5
AUTOCOMPLETE_LIMIT = 8


@dataclass
class SearchParams:
    query: str = ""
    selected: dict = field(default_factory=dict)
    ignored: list = field(default_factory=list)
    language: str | None = None  # None: all languages
    sort: str = ""
    page: str = "1"
    per_page: int = PER_PAGE

    @classmethod
    def from_querydict(cls, querydict, labels, language=None, per_page=PER_PAGE):
        selected, ignored = facets.parse_selection(querydict, labels)
        lang = querydict.get("lang", "").strip()
        if lang == facets.ALL_LANGUAGES:
            language = None
        elif lang in labels["lang"]:
            language = lang
        elif lang:
            ignored.append(("lang", lang[:20]))
        sort = querydict.get("sort", "")
        if sort not in SORTS:
            if sort:
                ignored.append(("sort", sort[:20]))
            sort = ""
        try:
            per_page = min(max(int(querydict.get("per_page", per_page)), 1), MAX_PER_PAGE)
        except (TypeError, ValueError):
            pass
        return cls(
            query=querydict.get("q", "")[:10_000],
            selected=selected,
            ignored=ignored,
            language=language,
            sort=sort,
            page=querydict.get("page", "1")[:30],
            per_page=per_page,
        )


@dataclass
class Result:
    page: MethodPage
    score: float | None
    title_html: str = ""
    snippet_html: str = ""
    matched_fields: list = field(default_factory=list)


@dataclass
class Outcome:
    params: SearchParams
    parsed: object
    results: list
    page: object  # django.core.paginator.Page of page ids
    total: int
    counts: dict
    labels: dict
    sort: str
    notes: list = field(default_factory=list)
    relaxed: bool = False
    corrected_from: str = ""
    suggestion: str = ""
    other_pages: list = field(default_factory=list)

    @property
    def is_search(self):
        return not self.parsed.is_empty

    @property
    def has_filters(self):
        return any(self.params.selected.values())


def current_language():
    language = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    codes = [code for code, _name in settings.LANGUAGES]
    return language if language in codes else settings.LANGUAGE_CODE


def method_queryset():
    """Every method a visitor may find: live, public, not a translation-tree alias."""
    return MethodPage.objects.live().public().filter(alias_of__isnull=True)


class SearchService:
    def __init__(self, backend=None):
        self.backend = backend or get_search_backend()

    @property
    def flavour(self):
        return getattr(self.backend, "query_flavour", "plain")

    def builder(self):
        # One builder per service (per request): SQLite's vocabulary look-ups are then made once.
        if getattr(self, "_builder", None) is None:
            vocabulary = self.backend.vocabulary() if hasattr(self.backend, "vocabulary") else None
            self._builder = QueryBuilder(self.flavour, vocabulary)
        return self._builder

    def ranked(self, query, queryset, content_types=None):
        if hasattr(self.backend, "ranked_matches"):
            if content_types is not None and self.flavour == "sqlite":
                return self.backend.ranked_matches(query, queryset, content_types=content_types)
            return self.backend.ranked_matches(query, queryset)
        results = self.backend.search(query, queryset.only("pk")).annotate_score("_score")
        return [(obj.pk, obj._score or 0.0) for obj in results]

    def match(self, parsed, queryset, within=None, language=None):
        """Ranked matches for a parsed query: all words first, then any word.

        Returns (scores {pk: score}, relaxed), for the matches in `within` (a MethodPage queryset) where
        given. `language` (None: all) decides the stemming (see QueryBuilder.build)."""
        builder = self.builder()
        scores = self._match(builder.build(parsed, "and", language), queryset, within)
        if scores or len(parsed.terms) + len(parsed.phrases) < 2:
            return scores, False
        return self._match(builder.build(parsed, "or", language), queryset, within), True

    def _match(self, query, queryset, within):
        if within is not None and hasattr(self.backend, "ranked_within"):
            ranked = self.backend.ranked_within(query, within)
            if ranked is not None:
                return dict(ranked)
        ranked = self.ranked(query, queryset)
        if within is not None:
            allowed = set(
                within.order_by()
                .filter(IdIn(F("pk"), [pk for pk, _score in ranked]))
                .values_list("pk", flat=True)
            )
            ranked = [(pk, score) for pk, score in ranked if pk in allowed]
        return dict(ranked)

    def search(self, params, request=None, labels=None, queryset=None):
        """Search (or browse, for an empty query) the methods in `queryset` (default: method_queryset()).

        The backend only sees live and public pages (what its filter fields allow); any other restriction
        in `queryset` (aliases, language fallbacks) applies when the matches' facet values are read."""
        labels = labels or facets.option_labels(locale_for(params.language))
        parsed = parse(params.query)
        notes = list(parsed.notes)
        base = MethodPage.objects.live().public()
        rows_queryset = method_queryset() if queryset is None else queryset
        scores, relaxed, corrected_from, suggestion = None, False, "", ""
        if parsed.is_empty:
            ids = list(rows_queryset.order_by().values_list("pk", flat=True))
        else:
            scores, relaxed = self.match(parsed, base, within=rows_queryset, language=params.language)
            if not scores:
                suggestion = suggest.suggest([term.word for term in parsed.terms]) or ""
                if suggestion:
                    corrected = parse(suggestion)
                    scores, relaxed = self.match(
                        corrected, base, within=rows_queryset, language=params.language
                    )
                    if scores:
                        corrected_from, parsed, suggestion = params.query, corrected, ""
            ids = list(scores)
        rows = facet_cache.rows(ids)

        selected = dict(params.selected)
        if params.language:
            selected["lang"] = {params.language}
        passing, counts = facets.apply(rows, selected)

        sort = params.sort or ("relevance" if scores is not None else "newest")
        if sort == "relevance" and scores is None:
            sort = "newest"
        page = paginate(_sorted_ids(passing, sort, scores), params.per_page, params.page)
        results = self._load(list(page.object_list), scores, parsed)

        other_pages = []
        if not parsed.is_empty and page.number == 1 and not params.selected:
            other_pages = self.other_pages(parsed, params.language, request)
        for key, value in params.ignored:
            notes.append(
                _("An unknown filter value was ignored: %(key)s=%(value)s") % {"key": key, "value": value}
            )
        return Outcome(
            params=params,
            parsed=parsed,
            results=results,
            page=page,
            total=page.paginator.count,
            counts=counts,
            labels=labels,
            sort=sort,
            notes=notes,
            relaxed=relaxed,
            corrected_from=corrected_from,
            suggestion=suggestion,
            other_pages=other_pages,
        )

    def _load(self, ids, scores, parsed):
        pages = MethodPage.search_results(MethodPage.objects.filter(pk__in=ids))
        by_id = {page.pk: page for page in pages}
        match = None if parsed.is_empty else word_matcher(parsed)
        results = []
        for pk in ids:
            page = by_id.get(pk)
            if page is None:
                continue
            result = Result(page=page, score=scores.get(pk) if scores else None)
            if not parsed.is_empty:
                highlight = highlight_method(page, parsed, match)
                result.title_html = highlight.title_html
                result.snippet_html = highlight.snippet_html
                result.matched_fields = highlight.matched_fields
            results.append(result)
        return results

    def other_pages(self, parsed, language, request=None):
        """Centre and content pages matching the query (not methods), best first."""
        excluded = [MethodPage, MethodIndexPage]
        other_models = [model for model in get_page_models() if model not in excluded]
        content_types = [ct.pk for ct in ContentType.objects.get_for_models(*other_models).values()]
        # A positive list of the few other page types lets the database start from those pages instead
        # of matching every method and discarding it.
        queryset = Page.objects.live().public().filter(content_type__in=content_types)
        locale = locale_for(language)
        if locale:
            queryset = queryset.filter(locale=locale)
        ranked = self.ranked(
            self.builder().build(parsed, "and", language), queryset, content_types=content_types
        )
        ids = [pk for pk, _score in ranked[: OTHER_PAGES_LIMIT * 2]]
        pages = {page.pk: page for page in Page.objects.filter(pk__in=ids, alias_of__isnull=True).specific()}
        found = []
        for pk in ids:
            page = pages.get(pk)
            if page is None:
                continue
            text = " ".join(
                str(getattr(page, attribute, "") or "")
                for attribute in ("full_name", "lead", "intro", "search_description")
            )
            title_html, snippet_html = highlight_text(page.title, _plain(text), parsed)
            found.append({"page": page, "title_html": title_html, "snippet_html": snippet_html})
        return found[:OTHER_PAGES_LIMIT]

    def autocomplete(self, text, language=None, limit=AUTOCOMPLETE_LIMIT):
        """Method titles starting with what was typed (the last word as a prefix)."""
        words = WORD_RE.findall(normalise(text))[:6]
        if not words or len("".join(words)) < 2:
            return []
        # Aliases are dropped after the search: alias_of is not a filter field the backends know.
        queryset = MethodPage.objects.live().public()
        locale = locale_for(language)
        if locale:
            queryset = queryset.filter(locale=locale)
        if hasattr(self.backend, "title_matches"):
            ids = self.backend.title_matches(" ".join(words), queryset, limit)
            pages = {page.pk: page for page in method_queryset().filter(pk__in=ids).select_related("centre")}
            return [pages[pk] for pk in ids if pk in pages]
        found = self.backend.autocomplete(" ".join(words), queryset.select_related("centre"))[: limit * 2]
        return [page for page in found if page.alias_of_id is None][:limit]


def _plain(text):
    from .highlight import plain_text

    return plain_text(text)


def locale_for(language):
    if not language:
        return None
    if language not in _locales:
        _locales[language] = Locale.objects.filter(language_code=language).first()
    return _locales[language]


_locales = {}


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def _forget_locales(**kwargs):
    _locales.clear()


def _sorted_ids(rows, sort, scores):
    """The ids of `rows` in the chosen order, ties broken by id (the higher id first, except by title)."""
    if sort == "relevance":
        # Two sorts with C-level keys instead of one with a Python key per match (thousands of them):
        # by id, then by score; a sort keeps the order of equal items, also with reverse=True.
        ids = sorted(map(itemgetter(facets.PK), rows), reverse=True)
        ids.sort(key=scores.__getitem__, reverse=True)
        return ids
    if sort == "title":
        ordered = sorted(rows, key=lambda row: (sort_key(row[facets.TITLE]), row[facets.PK]))
    else:
        ordered = sorted(
            rows,
            key=lambda row: (row[facets.PUBLISHED] is not None, row[facets.PUBLISHED], row[facets.PK]),
            reverse=True,
        )
    return [row[facets.PK] for row in ordered]
