"""Bokmål/nynorsk word forms and domain compounds used for query expansion (and the Elasticsearch analyzer).

Editors can extend these lists; keep each group to words a practitioner would accept as the same thing.
Lookups compare Snowball stems, so listing one inflected form of a word covers its other forms.
"""

from functools import lru_cache

from .text import normalise, stem

# Each group: forms that should find each other (bokmål ↔ nynorsk, and forms the stemmer does not join).
SYNONYM_GROUPS = [
    ["pårørende", "pårørande"],
    ["mestring", "meistring"],
    ["mestre", "meistre", "meistra"],
    ["ungdom", "ungdommer", "ungdommar", "unge", "ungdommen", "ungdomane"],
    ["barn", "born"],
    ["bruker", "brukar", "brukere", "brukarar"],
    ["brukermedvirkning", "brukarmedverknad"],
    ["medvirkning", "medverknad"],
    ["selvhjelp", "sjølvhjelp"],
    ["selvhjelpsgruppe", "sjølvhjelpsgruppe"],
    ["likeperson", "likepersonar", "likepersoner"],
    ["erfaring", "røynsle"],
    ["erfaringskonsulent", "erfaringskonsulentar", "erfaringskonsulenter"],
    ["hverdag", "kvardag", "hverdagen", "kvardagen"],
    ["ensomhet", "einsemd"],
    ["sykdom", "sjukdom"],
    ["syk", "sjuk"],
    ["hjem", "heim"],
    ["hjemme", "heime"],
    ["følelser", "kjensler", "følelse", "kjensle"],
    ["venner", "vener", "venn"],
    ["lærer", "lærar"],
    ["samarbeid", "samarbeidet"],
    ["kurs", "kurset", "kursene", "kursa"],
    ["samtale", "samtalar", "samtaler"],
    ["psykisk", "psykiske"],
    ["rusproblemer", "rusproblem", "rusproblema", "rusmiddelproblemer"],
    ["recovery", "bedring", "tilfriskning"],
    ["kommune", "kommunar", "kommuner"],
    ["helseforetak", "helseføretak"],
    ["arbeidsplass", "arbeidsstad"],
    ["hvordan", "korleis"],
]

# Compounds practitioners type or read, with their parts. Expansion goes both ways: the compound
# also finds texts with its parts near each other, and the head finds the compound.
COMPOUNDS = {
    "brukermedvirkning": ("bruker", "medvirkning"),
    "brukarmedverknad": ("brukar", "medverknad"),
    "pårørendemedvirkning": ("pårørende", "medvirkning"),
    "pårørendearbeid": ("pårørende", "arbeid"),
    "pårørendegruppe": ("pårørende", "gruppe"),
    "pårørendeskole": ("pårørende", "skole"),
    "mestringsgruppe": ("mestring", "gruppe"),
    "mestringskurs": ("mestring", "kurs"),
    "mestringsplan": ("mestring", "plan"),
    "meistringsgruppe": ("meistring", "gruppe"),
    "selvhjelpsgruppe": ("selvhjelp", "gruppe"),
    "samtalegruppe": ("samtale", "gruppe"),
    "rusproblemer": ("rus", "problemer"),
    "rusavhengighet": ("rus", "avhengighet"),
    "rusmisbruk": ("rus", "misbruk"),
    "kriseplan": ("krise", "plan"),
    "erfaringskonsulent": ("erfaring", "konsulent"),
    "erfaringskompetanse": ("erfaring", "kompetanse"),
    "erfaringskunnskap": ("erfaring", "kunnskap"),
    "likepersonsarbeid": ("likeperson", "arbeid"),
    "recoveryorientert": ("recovery", "orientert"),
    "psykoedukasjon": ("psyko", "edukasjon"),
    "familiesamtale": ("familie", "samtale"),
    "nettverksmøte": ("nettverk", "møte"),
    "dialogmøte": ("dialog", "møte"),
    "arbeidsinkludering": ("arbeid", "inkludering"),
    "studiesirkel": ("studie", "sirkel"),
}

# Parts shorter than this are too ambiguous to search on their own.
MIN_PART_LENGTH = 3


@lru_cache(maxsize=1)
def _synonym_index():
    by_stem = {}
    for group in SYNONYM_GROUPS:
        forms = [normalise(word) for word in group]
        for word in forms:
            by_stem.setdefault(stem(word), set()).update(forms)
    return by_stem


@lru_cache(maxsize=1)
def _compound_index():
    by_compound_stem = {}
    by_part_stem = {}
    for compound, parts in COMPOUNDS.items():
        by_compound_stem[stem(compound)] = (compound, parts)
        for part in parts:
            by_part_stem.setdefault(stem(part), set()).add(compound)
    return by_compound_stem, by_part_stem


def synonyms_of(word):
    """Other forms of `word` from SYNONYM_GROUPS (not including the word itself)."""
    word = normalise(word)
    return sorted(_synonym_index().get(stem(word), set()) - {word})


def compound_parts(word):
    """The parts of a known compound, or of a word made of a known part + linking s/e + a known part."""
    word = normalise(word)
    by_compound_stem, by_part_stem = _compound_index()
    known = by_compound_stem.get(stem(word))
    if known:
        return known[1]
    parts = {part for compound_parts_ in COMPOUNDS.values() for part in compound_parts_}
    for index in range(MIN_PART_LENGTH, len(word) - MIN_PART_LENGTH + 1):
        head, tail = word[:index], word[index:]
        for candidate in (head, head[:-1] if head[-1:] in ("s", "e") else None):
            if candidate and candidate in parts and len(tail) >= MIN_PART_LENGTH:
                if tail in parts or stem(tail) in by_part_stem:
                    return (candidate, tail)
    return ()


def compounds_containing(word):
    """Known compounds that have `word` as one of their parts (medvirkning → brukermedvirkning)."""
    word = normalise(word)
    _by_compound_stem, by_part_stem = _compound_index()
    return sorted(by_part_stem.get(stem(word), set()) - {word})


def elasticsearch_synonym_rules():
    """SYNONYM_GROUPS in the Solr format Elasticsearch's synonym_graph filter reads."""
    return [", ".join(normalise(word) for word in group) for group in SYNONYM_GROUPS]


def elasticsearch_compound_words():
    """Compound parts for Elasticsearch's dictionary_decompounder, so that a part finds the compound."""
    return sorted({normalise(part) for parts in COMPOUNDS.values() for part in parts})
