"""Facets of the methods library: what can be filtered, read from GET, and counted over a result set.

Counts are disjunctive: a facet's counts apply every other facet's selection but not its own, so that
choosing a second value in the same facet (OR within a facet, AND across facets) shows what it adds.
All facet values of the matched methods are read in three queries (one for the scalar values, one per
many-to-many relation), whatever the number of facets, and counted in Python; search.facet_cache keeps
them between searches.

Counting runs over every match (45,000 rows for a common word at 50,000 pages), so each row also carries
small integers: the id of its combination of single values (centre, region, kind, levels, language,
materials), of its set of target groups, of its set of themes, and of those three ids together. The
counting itself is the shared facet engine's (core.listing.facets): per combination, not per row.
"""

from django.conf import settings
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from core.listing.facets import Facet, FacetEngine
from core.text import sort_key
from methods.models import (
    CentrePage,
    ExperienceLevel,
    HealthRegion,
    MethodKind,
    ResearchLevel,
    TargetGroup,
    Theme,
)

from .sql import IdIn

# Column order of a facet row.
(PK, CENTRE, REGION, KIND, RESEARCH, EXPERIENCE, LANGUAGE, MATERIALS, PUBLISHED, TITLE, TARGETS, THEMES,
 SINGLES_ID, TARGETS_ID, THEMES_ID) = range(15)  # fmt: skip
# A row's first columns: Wagtail's Page fields (PAGE_FIELDS, the same for every page type) and, named by
# facet key, the single values the content model declares (MethodPage.search_facet_values); then, by
# facet key, the many-to-many values it declares (MethodPage.search_facet_terms).
PAGE_FIELDS = ("pk", "locale__language_code", "first_published_at", "title")
ROW_FIELDS = ("pk", "centre", "region", "kind", "research", "experience", "locale__language_code", "materials",
              "first_published_at", "title")  # fmt: skip
TERM_FIELDS = ("target", "theme")


FACETS = [
    Facet("centre", _("Centre"), CENTRE),
    Facet("region", _("Health region"), REGION),
    Facet("kind", _("Kind"), KIND),
    Facet("target", _("Target group"), TARGETS, multi_valued=True),
    Facet("theme", _("Theme"), THEMES, multi_valued=True),
    Facet("research", _("Research-based knowledge"), RESEARCH),
    Facet("experience", _("Experience-based knowledge"), EXPERIENCE),
    Facet("materials", _("Materials"), MATERIALS),
    Facet("lang", _("Language"), LANGUAGE),
]
FACETS_BY_KEY = {facet.key: facet for facet in FACETS}
ALL_LANGUAGES = "all"


def facet_rows(queryset, ids=None):
    """[(pk, centre slug, region, kind, research, experience, language, has materials, published, title,
    target group slugs, theme slugs, and the three combination ids)] for the methods in `queryset`
    (restricted to `ids` if given).

    The model's search interface gives the facet values (search_facet_values, search_facet_terms);
    expressions among them are computed by the database, so a row costs no Python work of its own."""
    model = queryset.model
    if ids is not None:
        # The same ids on the page table too, so that PostgreSQL looks both rows up by key instead of
        # hashing every page.
        queryset = queryset.filter(IdIn(F("pk"), ids), IdIn(F("page_ptr__id"), ids))
    declared = model.search_facet_values()
    fields = [name if name in PAGE_FIELDS else declared[name] for name in ROW_FIELDS]
    expressions = {
        f"facet_{index}": field for index, field in enumerate(fields) if not isinstance(field, str)
    }
    lookups = [field if isinstance(field, str) else f"facet_{index}" for index, field in enumerate(fields)]
    queryset = queryset.order_by().annotate(**expressions)
    rows = list(queryset.values_list(*lookups))
    page_ids = [row[PK] for row in rows] if ids is not None else None
    pages = queryset.values("pk")
    targets, themes = (
        _term_slugs(model, model.search_facet_terms[key], page_ids, pages) for key in TERM_FIELDS
    )
    no_terms = ()
    # Two named look-ups, not a loop over TERM_FIELDS: a generator per row took 9 ms more at 10,000 rows.
    return [
        _with_combination_ids((*row, targets.get(row[PK], no_terms), themes.get(row[PK], no_terms)))
        for row in rows
    ]


def _term_slugs(model, name, page_ids, pages):
    """{page id: (slug, ...)} of the many-to-many field `name`: ids from its link table alone (no join),
    slugs from the small term table. The table and its columns come from Django's field, not from here."""
    field = model._meta.get_field(name)
    through = field.remote_field.through
    page_column = through._meta.get_field(field.m2m_field_name()).attname
    term_column = through._meta.get_field(field.m2m_reverse_field_name()).attname
    slugs = dict(field.related_model.objects.values_list("pk", "slug"))
    query = through.objects.all()
    if page_ids is not None:
        query = query.filter(IdIn(F(page_column), page_ids))
    else:
        query = query.filter(**{f"{page_column}__in": pages})
    found = {}
    for page_id, term_id in query.values_list(page_column, term_column):
        found[page_id] = (*found.get(page_id, ()), slugs[term_id])
    return found


ENGINE = FacetEngine(
    FACETS,
    [
        (SINGLES_ID, [facet for facet in FACETS if not facet.multi_valued]),
        (TARGETS_ID, [FACETS_BY_KEY["target"]]),
        (THEMES_ID, [FACETS_BY_KEY["theme"]]),
    ],
)
_with_combination_ids = ENGINE.with_combination_ids


def apply(rows, selected):
    """The rows that pass every selected facet, and the disjunctive counts {facet key: Counter}."""
    return ENGINE.apply(rows, selected)


def option_labels(locale=None):
    """{facet key: {value: label}} for every facet, in the order options are shown (kept with the facet
    cache: centre titles and term names change only with a logged or signalled change)."""
    from . import facet_cache

    return facet_cache.derived(("labels", getattr(locale, "pk", None)), lambda: _option_labels(locale))


def _option_labels(locale):
    centres = {
        centre.slug: centre.title
        for centre in CentrePage.objects.live()
        .filter(**({"locale": locale} if locale else {}))
        .order_by("title")
    }
    return {
        "centre": centres,
        "region": dict(HealthRegion.choices),
        "kind": dict(MethodKind.choices),
        "target": _term_labels(TargetGroup, locale),
        "theme": _term_labels(Theme, locale),
        "research": dict(ResearchLevel.choices),
        "experience": dict(ExperienceLevel.choices),
        "materials": {"1": _("Has downloadable materials")},
        "lang": {code: name for code, name in settings.LANGUAGES},
    }


def _term_labels(model, locale):
    labels = {}
    # The visitor's language first; other languages fill in terms that have no translation.
    terms = sorted(
        model.objects.all(),
        key=lambda term: (term.locale_id != getattr(locale, "pk", None), sort_key(term.name)),
    )
    for term in terms:
        labels.setdefault(term.slug, term.name)
    return dict(sorted(labels.items(), key=lambda item: sort_key(item[1])))


def parse_selection(querydict, labels):
    """{facet key: set(values)} from GET, keeping only known values; also the ignored (key, value) pairs."""
    selected, ignored = {}, []
    for facet in FACETS:
        if facet.key == "lang":
            continue
        for value in querydict.getlist(facet.key)[:50]:
            value = value.strip()[:100]
            if not value:
                continue
            if value in labels[facet.key]:
                selected.setdefault(facet.key, set()).add(value)
            else:
                ignored.append((facet.key, value))
    return selected, ignored
