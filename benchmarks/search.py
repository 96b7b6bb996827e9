"""Search latency at 1,000 / 10,000 / 50,000 method pages, through the JSON endpoint with facets.

Run by hand against a scratch database (never a real one: it adds tens of thousands of pages):

    # SQLite (a temporary file, deleted first)
    .venv/bin/python benchmarks/search.py
    # PostgreSQL: an empty scratch database
    DATABASE_URL=postgres://postgres@127.0.0.1:PORT/search_bench .venv/bin/python benchmarks/search.py

Pages are created in bulk: Page rows with treebeard paths computed here, MethodPage rows inserted
without re-saving their parents, many-to-many rows in bulk, then indexed with the search backend's
add_bulk in chunks (what `update_index` does). Each size is reached by adding to the previous one.
Each of the 30 queries runs once to warm up, then three times measured; p50/p95 are over those runs.
The process starts like the served one (cms/wsgi.py, which freezes the start-up objects).
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if "DATABASE_URL" not in os.environ:
    scratch = Path(tempfile.gettempdir()) / "knutepunkt-search-bench.sqlite3"
    scratch.unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{scratch}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from modelsearch.backends import get_search_backend  # noqa: E402
from wagtail.models import Collection, Locale, Page  # noqa: E402

# cms.wsgi: start up as the served process does (URLconf loaded, start-up objects frozen), so that a full
# garbage collection during a measured request costs what it costs there.
import cms.wsgi  # noqa: E402,F401
from materials.models import Material  # noqa: E402
from methods.models import MethodIndexPage, MethodPage, MethodPageMaterial, TargetGroup, Theme  # noqa: E402
from search import facet_cache  # noqa: E402

GROUPS = {
    "parorende": "Pårørende",
    "unge": "Unge",
    "barn": "Barn som pårørende",
    "psykisk": "Personer med psykiske helseproblemer",
    "rus": "Personer med rusproblemer",
    "ansatte": "Ansatte i kommuner og helseforetak",
    "eldre": "Eldre",
    "minoritet": "Personer med minoritetsbakgrunn",
}
THEMES = {
    "mestring": "Mestring",
    "recovery": "Recovery",
    "medvirkning": "Brukermedvirkning",
    "arbeid": "Arbeid og utdanning",
    "krise": "Krise og sikkerhet",
    "likeperson": "Likepersonsarbeid",
    "familie": "Familie og nettverk",
    "bolig": "Bolig",
}
FORMATS = ["Mestringsgruppe", "Samtalegruppe", "Kurs", "Selvhjelpsgruppe", "Veileder", "Arbeidshefte",
           "Dialogmøte", "Studiesirkel", "Opplæring", "Kriseplan", "Nettverksmøte", "Verksted", "Samtaleverktøy",
           "Meistringskurs", "Temakveld", "Likepersonstilbud"]  # fmt: skip
TOPICS = ["angst", "depresjon", "rusproblemer", "søvn", "ensomhet", "stress", "selvmordstanker", "psykose",
          "spiseforstyrrelser", "traumer", "sorg", "arbeid", "bolig", "økonomi", "foreldrerollen", "hverdagen",
          "skam", "håp", "recovery", "brukermedvirkning", "kvardagen", "kjensler", "relasjoner", "fysisk aktivitet",
          "gjeld", "spilleavhengighet", "selvskading", "mobbing", "overdoser", "vold i nære relasjoner", "skole",
          "utdanning", "fritid", "kosthold", "medisiner", "tvang", "rettigheter", "samtykke", "nettverk", "kultur",
          "friluftsliv", "musikk", "kunst", "digitale verktøy", "søvnvansker", "ADHD", "autisme", "demens",
          "fengsel", "ettervern", "likepersoner", "tilbakefall", "sosial angst", "bipolar lidelse", "hørselshemming",
          "innvandring", "flyktninger", "samisk kultur", "landbruk", "graviditet"]  # fmt: skip
AUDIENCES = ["pårørende", "unge", "ungdom", "foreldre", "barn som pårørende", "eldre", "ansatte i kommunen",
             "brukere", "pårørande", "studenter", "innsatte", "nyankomne", "ungdommar", "familier", "søsken",
             "besteforeldre", "lærere", "fastleger", "helsesykepleiere", "NAV-veiledere", "politiet",
             "miljøterapeuter", "ledere", "frivillige", "menn", "kvinner", "samer", "bønder", "sjømenn",
             "idrettslag"]  # fmt: skip
SENTENCES = [
    "Tilbudet er utviklet av {a} sammen med ansatte ved senteret.",
    "Deltakerne møtes {n} ganger og deler erfaringer om {t}.",
    "Målet er bedre kunnskap om {t} og mer trygghet i hverdagen.",
    "Metoden brukes i flere kommuner og i helseforetaket.",
    "Gruppen ledes av en erfaringskonsulent og en ansatt fra kommunen.",
    "Erfaringene fra {a} er samlet inn og evaluert etter hvert kull.",
    "Kommunene som har tatt i bruk tilbudet, melder om bedre dialog med {a}.",
    "Verktøyet kan brukes alene eller sammen med en du stoler på.",
    "Tilbodet er laga saman med {a} og gjev rom for å snakke om {t}.",
    "Det finnes en veileder for gruppeledere og et arbeidshefte om {t}.",
    "Forskningen på {t} tyder på at slike tiltak kan gi økt livskvalitet.",
    "{A} får kunnskap, støtte og et nettverk av andre i samme situasjon.",
    "Tiltaket bygger på recovery og på medvirkning i alle ledd.",
    "Samlingene varer i to timer med pause, og det er god tid til samtale om {t}.",
    "Mange {a} opplever {t} som et tema det er vanskelig å snakke om.",
    "Kurset gir praktiske øvelser i å mestre {t}.",
    "Opplegget er prøvd ut i {n} kommuner på Vestlandet og i Nord-Norge.",
    "En likeperson med egen erfaring med {t} er med i hver samling.",
    "Materiellet finnes på bokmål, nynorsk og nordsamisk.",
    "Ansatte får opplæring over to dager før de starter.",
    "Det er ingen egenandel, og det trengs ikke henvisning.",
    "Samtalane tek utgangspunkt i det som er viktig for {a}.",
    "Brukerne evaluerte opplegget med spørreskjema etter {n} måneder.",
    "Tilbudet kan kombineres med behandling i spesialisthelsetjenesten.",
    "Metoden er beskrevet i en rapport fra senteret om {t}.",
    "Flere {a} har bidratt med egne historier i filmene som brukes.",
    "Det legges vekt på mestring, håp og egne valg.",
    "Kommunen stiller lokaler til disposisjon og dekker servering.",
    "Gruppa er open for alle over atten år.",
    "Samarbeidet med {a} er avgjørende for at tiltaket skal lykkes.",
    "Digitale samlinger gjør det mulig å delta fra hele regionen.",
    "Arbeidsheftet har oppgaver om {t} mellom samlingene.",
    "Det er laget en egen versjon for {a}.",
    "Tiltaket er evaluert av en forskergruppe ved universitetet.",
    "Dialogmøter med {a} holdes to ganger i året.",
]
QUERIES = [
    {"q": "mestring"},
    {"q": "pårørende"},
    {"q": "pårørande"},
    {"q": "kommunen"},
    {"q": "mestringsgruppe"},
    {"q": "kurs i mestring"},
    {"q": "noe for pårørende til unge med rusproblemer"},
    {"q": "rusproblemer", "target": "unge"},
    {"q": "angst", "sort": "newest"},
    {"q": "meistring", "centre": "vestavind"},
    {"q": "brukermedvirkning"},
    {"q": "medvirkning", "kind": "tool"},
    {"q": "ensomhet eldre"},
    {"q": "søvn", "research": "good-evidence"},
    {"q": "erfaringskonsulent"},
    {"q": "selvmordstanker", "materials": "1"},
    {"q": "\"psykisk helse\""},
    {"q": "kriseplan"},
    {"q": "recovery", "theme": "recovery"},
    {"q": "ungdom", "target": ["unge", "barn"]},
    {"q": "depresjon", "region": "vest"},
    {"q": "traumer", "sort": "title"},
    {"q": "pårørnde"},
    {"q": "hverdagen", "page": "2"},
    {"q": "likepersonstilbud", "theme": "likeperson"},
    {"q": "studiesirkel sorg"},
    {"q": "familie", "target": "barn", "kind": "method"},
    {"q": "spiseforstyrrelser"},
    {"q": "arbeid", "centre": "kbt", "sort": "newest"},
    {"q": "kvantefysikk"},
]  # fmt: skip


def log(message):
    print(message, flush=True)


def ensure_site():
    from tests.factories import build_site_tree

    if MethodIndexPage.objects.exists():
        return list(MethodIndexPage.objects.order_by("path"))
    Page.objects.filter(depth=2).delete()
    tree = build_site_tree(("bikuben", "varres", "kbt", "sagatun", "rom-agder", "vestavind"))
    regions = {"bikuben": "sor-ost", "varres": "nord", "kbt": "midt", "sagatun": "sor-ost", "rom-agder": "sor-ost",
               "vestavind": "vest"}  # fmt: skip
    for slug, centre in tree["centres"].items():
        centre.health_region = regions[slug]
        centre.save()
    locale = Locale.get_default()
    for slug, name in GROUPS.items():
        TargetGroup.objects.get_or_create(slug=slug, locale=locale, defaults={"name": name})
    for slug, name in THEMES.items():
        Theme.objects.get_or_create(slug=slug, locale=locale, defaults={"name": name})
    return list(MethodIndexPage.objects.order_by("path"))


def text(rng, count):
    return " ".join(
        rng.choice(SENTENCES).format(
            a=(audience := rng.choice(AUDIENCES)),
            A=audience[:1].upper() + audience[1:],
            t=rng.choice(TOPICS),
            n=rng.randint(4, 12),
        )
        for _ in range(count)
    )


def add_methods(count, start, indexes, rng):
    """Insert `count` live method pages (numbered from `start`) spread over the centres' method indexes."""
    content_type = ContentType.objects.get_for_model(MethodPage)
    locale = Locale.get_default()
    groups = list(TargetGroup.objects.values_list("pk", flat=True))
    themes = list(Theme.objects.values_list("pk", flat=True))
    collection = Collection.get_first_root_node()
    now = timezone.now()
    with transaction.atomic():
        pages = []
        indexes = [MethodIndexPage.objects.get(pk=index.pk) for index in indexes]
        for number in range(start, start + count):
            parent = indexes[number % len(indexes)]
            parent.numchild += 1
            title = f"{rng.choice(FORMATS)} for {rng.choice(AUDIENCES)} om {rng.choice(TOPICS)}"
            slug = f"metode-{number}"
            published = now - timedelta(days=rng.randint(0, 3000), minutes=number)
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(parent.path, parent.depth + 1, parent.numchild),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    locale=locale,
                    translation_key=uuid.uuid4(),
                )
            )
        Page.objects.bulk_create(pages, batch_size=1000)
        created = pages  # bulk_create sets the primary keys (RETURNING on PostgreSQL and SQLite 3.35+)
        assert all(page.pk for page in created)
        methods = []
        for page in created:
            methods.append(
                MethodPage(
                    page_ptr_id=page.pk,
                    kind="tool" if rng.random() < 0.3 else "method",
                    summary=text(rng, 2)[:400],
                    plain_summary="",
                    aim=f"<p>{text(rng, 2)}</p>",
                    target_group_description="",
                    lived_experience_origin=f"<p>{text(rng, 2)}</p>",
                    research_level=rng.choice(
                        ["well-described", "theory-based", "some-evidence", "good-evidence"]
                    ),
                    research_assessed_by="",
                    experience_level=rng.choice(["individual", "collected", "user-evaluated", "established"]),
                    practice_level="in-use",
                    evidence=f"<p>{text(rng, 3)}</p>",
                    references=[],
                    how_to=[{"type": "paragraph", "value": f"<p>{text(rng, 4)}</p>"}],
                    duration="",
                    group_size="",
                    facilitators="",
                    prerequisites="",
                    training="",
                    contact="",
                    contact_email="",
                )
            )
        fields = [field for field in MethodPage._meta.local_concrete_fields]
        MethodPage.objects.all()._batched_insert(methods, fields, batch_size=500)
        for index in indexes:
            Page.objects.filter(pk=index.pk).update(numchild=index.numchild)
        # centre = the method index's parent (the tree is home → sentre → centre → index → method)
        for index in indexes:
            centre_id = index.get_parent().pk
            MethodPage.objects.filter(
                pk__in=[page.pk for page in created if page.path.startswith(index.path)]
            ).update(centre_id=centre_id)
        through_groups = MethodPage.target_groups.through
        through_themes = MethodPage.themes.through
        through_groups.objects.bulk_create(
            [
                through_groups(methodpage_id=page.pk, targetgroup_id=group)
                for page in created
                for group in rng.sample(groups, rng.randint(1, 3))
            ],
            batch_size=2000,
        )
        through_themes.objects.bulk_create(
            [
                through_themes(methodpage_id=page.pk, theme_id=theme)
                for page in created
                for theme in rng.sample(themes, rng.randint(1, 2))
            ],
            batch_size=2000,
        )
        with_materials = [page for page in created if rng.random() < 0.15]
        materials = Material.objects.bulk_create(
            [
                Material(
                    title=f"Arbeidshefte om {rng.choice(TOPICS)}",
                    description=text(rng, 1),
                    file=f"documents/bench-{page.pk}.pdf",
                    collection=collection,
                )
                for page in with_materials
            ],
            batch_size=1000,
        )
        MethodPageMaterial.objects.bulk_create(
            [
                MethodPageMaterial(page_id=page.pk, document=material, sort_order=0)
                for page, material in zip(with_materials, materials, strict=True)
            ],
            batch_size=1000,
        )
    return [page.pk for page in created]


def index_methods(pks):
    backend = get_search_backend()
    for start in range(0, len(pks), 1000):
        chunk = list(
            MethodPage.objects.filter(pk__in=pks[start : start + 1000]).prefetch_related(
                "target_groups", "themes"
            )
        )
        backend.add_bulk(MethodPage, chunk)


def measure(client, rounds=3):
    timings = []
    for query in QUERIES:  # warm up: first requests load templates, caches and the database pages
        client.get("/sok/", {**query, "format": "json"})
    for _round in range(rounds):
        for query in QUERIES:
            started = time.perf_counter()
            response = client.get("/sok/", {**query, "format": "json"})
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (query, response.status_code)
    timings.sort()
    return statistics.median(timings), timings[int(round(0.95 * (len(timings) - 1)))], timings[-1]


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 50_000])
    parser.add_argument("--seed", type=int, default=20250601)
    args = parser.parse_args()

    log(f"Database: {connection.vendor} ({connection.settings_dict['NAME']})")
    call_command("migrate", verbosity=0)
    indexes = ensure_site()
    rng = random.Random(args.seed)
    client = Client()
    rows = []
    have = MethodPage.objects.count()
    for size in sorted(args.sizes):
        if size > have:
            started = time.perf_counter()
            pks = add_methods(size - have, have, indexes, rng)
            created = time.perf_counter() - started
            started = time.perf_counter()
            index_methods(pks)
            indexed = time.perf_counter() - started
            facet_cache.forget()  # bulk inserts send no signals and write no Wagtail log entries
            log(f"{size:>6} pages: created {len(pks)} in {created:.1f} s, indexed in {indexed:.1f} s")
            have = size
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
        p50, p95, worst = measure(client)
        rows.append((size, p50, p95, worst))
        log(f"{size:>6} pages: p50 {p50:.0f} ms, p95 {p95:.0f} ms, max {worst:.0f} ms")
    log("")
    log(f"| pages | p50 (ms) | p95 (ms) | max (ms) |   ({connection.vendor}, {len(QUERIES)} queries x 3)")
    log("|---:|---:|---:|---:|")
    for size, p50, p95, worst in rows:
        log(f"| {size:,} | {p50:.0f} | {p95:.0f} | {worst:.0f} |")


if __name__ == "__main__":
    main()
