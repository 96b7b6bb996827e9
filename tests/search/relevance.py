"""Relevance cases over tests/search/corpus.py, and the MRR / nDCG@10 they add up to.

Each case names method keys that must be in the top 3 and/or top 10, or says the query must find
nothing. `required_on` lists the database engines where the case must pass; elsewhere a failure is
reported as an expected failure with the reason in `note` (never skipped silently).
"""

import math
from dataclasses import dataclass

ALL_ENGINES = ("sqlite", "postgresql", "elasticsearch")


@dataclass(frozen=True)
class Case:
    query: str
    top3: tuple = ()
    top10: tuple = ()
    nothing: bool = False
    kind: str = ""
    required_on: tuple = ALL_ENGINES
    note: str = ""

    @property
    def relevant(self):
        return set(self.top3) | set(self.top10)


CASES = [
    # Inflections
    Case("mestringsgruppe", top3=("mestringsgruppe-parorende",), kind="inflection"),
    Case("mestringsgruppene", top3=("mestringsgruppe-parorende",), kind="inflection"),
    Case("kommunen", top10=("ansettelse-erfaring", "brukermedvirkning-kommune", "dialogmoter", "likepersonarbeid"),
         kind="inflection"),
    Case("selvmordstanker", top3=("sikkerhetsplan-selvmord",), kind="inflection"),
    Case("likepersoner", top3=("likepersonarbeid",), kind="inflection"),
    Case("angst", top3=("mestringskurs-angst",), kind="inflection"),
    # Compounds
    Case("brukermedvirkning", top3=("brukermedvirkning-kommune",), top10=("dialogmoter", "brukarmedverknad-nn"),
         kind="compound"),
    Case("medvirkning", top3=("dialogmoter",), top10=("brukermedvirkning-kommune",), kind="compound"),
    Case("rus", top10=("rusmestring-gruppe", "bolig-forst", "ungdomsgruppe-rus", "foreldreveiledning"), kind="compound"),
    Case("kriseplan", top3=("min-kriseplan",), kind="compound"),
    Case("arbeidsinkludering", top3=("jobbmestring",), kind="compound"),
    Case("kurs i mestring", top3=("mestringskurs-angst",), top10=("meistringskurs-ungdom",), kind="compound"),
    # Nynorsk and bokmål forms
    Case("pårørande", top3=("samtalegruppe-parorande",), top10=("mestringsgruppe-parorende",), kind="nynorsk"),
    Case("meistring", top3=("meistringskurs-ungdom",), top10=("mestringsgruppe-parorende",), kind="nynorsk"),
    Case("mestring", top10=("meistringskurs-ungdom", "mestringsgruppe-parorende"), kind="nynorsk"),
    Case("ungdommar", top10=("ungdomsgruppe-rus", "meistringskurs-ungdom"), kind="nynorsk"),
    Case("brukarmedverknad", top3=("brukarmedverknad-nn",), top10=("brukermedvirkning-kommune",), kind="nynorsk"),
    Case("sjølvhjelp", top3=("sjolvhjelp-nn",), top10=("selvhjelpsgruppe",), kind="nynorsk"),
    Case("følelser", top10=("samtalekort", "meistringskurs-ungdom"), kind="nynorsk"),
    Case("einsemd", top3=("samtalegruppe-parorande",), top10=("eldre-samtalegruppe",), kind="nynorsk"),
    Case("hverdagen", top10=("mestringsgruppe-parorende", "hverdagsmestring-nn", "foreldreveiledning"), kind="nynorsk"),
    # Typing errors: PostgreSQL corrects with pg_trgm; SQLite with difflib over the same words
    Case("pårørnde", top10=("mestringsgruppe-parorende", "samtalegruppe-parorande"), kind="typo",
         required_on=("postgresql", "sqlite")),
    Case("mestrinsgruppe", top3=("mestringsgruppe-parorende",), kind="typo", required_on=("postgresql", "sqlite")),
    Case("erfaringskonsulnet", top3=("erfaringskonsulent-opplaering",), kind="typo",
         required_on=("postgresql", "sqlite")),
    # Target-group and theme words (also found through the taxonomy names)
    Case("pårørende", top10=("mestringsgruppe-parorende", "samtalegruppe-parorande", "ungdomsgruppe-rus",
                            "familiesamtaler", "barn-som-parorende-kurs"), kind="target group"),
    Case("mestringsgruppe for pårørende", top3=("mestringsgruppe-parorende",), kind="target group"),
    Case("eldre", top3=("eldre-samtalegruppe",), top10=("hverdagsmestring-nn",), kind="target group"),
    Case("barn som pårørende", top3=("familiesamtaler", "barn-som-parorende-kurs"), kind="target group"),
    Case("noe for pårørende til unge med rusproblemer", top3=("ungdomsgruppe-rus",), kind="target group"),
    Case("ungdom", top10=("ungdomsgruppe-rus", "meistringskurs-ungdom", "samtalekort"), kind="target group"),
    Case("bolig", top3=("bolig-forst",), top10=("pa-egne-ben",), kind="theme"),
    Case("recovery", top3=("recoveryskole", "recovery-samtaler"), kind="theme"),
    Case("tilfriskning", top10=("recoveryskole", "recovery-samtaler"), kind="theme"),
    Case("familie", top10=("familiesamtaler", "psykoedukasjon-familie", "nettverksmoter"), kind="theme"),
    # Other fields
    Case("erfaringskonsulent", top3=("erfaringskonsulent-opplaering",), kind="text"),
    Case("refleksjonskort", top3=("samtalekort",), kind="material"),
    Case('"psykisk helse"', top10=("studiesirkel-psykisk-helse",), kind="phrase"),
    # Nothing to find
    Case("kvantefysikk", nothing=True, kind="nothing"),
    Case("xyzzy plughs", nothing=True, kind="nothing"),
    Case("fotballtrening", nothing=True, kind="nothing"),
]  # fmt: skip


def failures(case, keys, total):
    """Why `keys` (result keys, best first) do not meet the case; empty if they do."""
    if case.nothing:
        return [f"expected nothing, found {total}: {keys[:5]}"] if total else []
    problems = [f"{key} not in top 3 {keys[:3]}" for key in case.top3 if key not in keys[:3]]
    problems += [f"{key} not in top 10 {keys[:10]}" for key in case.top10 if key not in keys[:10]]
    return problems


def reciprocal_rank(case, keys, total):
    if case.nothing:
        return 0.0 if total else 1.0
    for index, key in enumerate(keys[:10]):
        if key in case.relevant:
            return 1.0 / (index + 1)
    return 0.0


def ndcg_at_10(case, keys, total):
    if case.nothing:
        return 0.0 if total else 1.0
    dcg = sum(1.0 / math.log2(index + 2) for index, key in enumerate(keys[:10]) if key in case.relevant)
    ideal = sum(1.0 / math.log2(index + 2) for index in range(min(len(case.relevant), 10)))
    return dcg / ideal if ideal else 0.0


def summarise(rows):
    """rows: [(case, keys, total)] → {"mrr", "ndcg10", "passed", "count"}."""
    count = len(rows)
    return {
        "mrr": sum(reciprocal_rank(*row) for row in rows) / count,
        "ndcg10": sum(ndcg_at_10(*row) for row in rows) / count,
        "passed": sum(1 for row in rows if not failures(*row)),
        "count": count,
    }
