"""A fixed corpus of methods and tools written for the search tests (bokmål, some nynorsk, two translations).

Texts are realistic but invented. Each method has a key that relevance cases refer to; the cases only
depend on this file, never on generated data.
"""

import copy
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale, Page

from tests.factories import (
    MaterialFactory,
    MethodPageFactory,
    StandardPageFactory,
    TargetGroupFactory,
    ThemeFactory,
    build_site_tree,
)

CENTRES = {
    "bikuben": ("Bikuben", "sor-ost", "Gjøvik"),
    "varres": ("Vårres", "nord", "Tromsø"),
    "kbt": ("KBT", "midt", "Trondheim"),
    "sagatun": ("Sagatun", "sor-ost", "Hamar"),
    "rom-agder": ("Rom-Agder", "sor-ost", "Kristiansand"),
    "vestavind": ("Vestavind", "vest", "Bergen"),
}

TARGET_GROUPS = {
    "parorende": "Pårørende",
    "unge": "Unge",
    "barn": "Barn som pårørende",
    "psykisk": "Personer med psykiske helseproblemer",
    "rus": "Personer med rusproblemer",
    "ansatte": "Ansatte i kommuner og helseforetak",
    "eldre": "Eldre",
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


def m(
    key,
    centre,
    title,
    summary,
    *,
    kind="method",
    aim="",
    origin="",
    evidence="",
    how="",
    groups=(),
    themes=(),
    research="well-described",
    experience="user-evaluated",
    materials=(),
    days_ago=100,
):
    return {
        "key": key, "centre": centre, "title": title, "summary": summary, "kind": kind, "aim": aim,
        "origin": origin, "evidence": evidence, "how": how, "groups": groups, "themes": themes,
        "research": research, "experience": experience, "materials": materials, "days_ago": days_ago,
    }  # fmt: skip


METHODS = [
    m(
        "mestringsgruppe-parorende",
        "bikuben",
        "Mestringsgruppe for pårørende",
        "Et gruppetilbud der pårørende til personer med psykiske helseproblemer deler erfaringer og lærer å mestre hverdagen.",
        aim="Målet er at pårørende får mer mestring, mindre skyld og et nettverk av andre i samme situasjon.",
        origin="Utviklet av pårørende sammen med ansatte ved Bikuben etter ønske fra deltakerne.",
        evidence="Deltakerne har evaluert mestringsgruppene etter hvert kull.",
        how="Gruppen møtes åtte ganger. Hver samling har et tema og god tid til samtale.",
        groups=("parorende",),
        themes=("mestring", "familie"),
        materials=(
            ("Arbeidshefte for mestringsgruppen", "Oppgaver og refleksjonsspørsmål til hver samling."),
        ),
        days_ago=30,
    ),
    m(
        "mestringskurs-angst",
        "kbt",
        "Mestringskurs: Kurs i å mestre angst",
        "Et kurs over seks kvelder for voksne som vil forstå og mestre angst i hverdagen.",
        aim="Deltakerne lærer teknikker for å håndtere angst og får møte andre med samme erfaring.",
        origin="Kurset ble laget av erfaringskonsulenter med egen erfaring med angst.",
        evidence="Tre kull er evaluert med spørreskjema.",
        how="Hver kveld består av undervisning, øvelser og samtale i grupper.",
        groups=("psykisk",),
        themes=("mestring",),
        research="theory-based",
        days_ago=200,
    ),
    m(
        "meistringskurs-ungdom",
        "vestavind",
        "Meistringskurs for ungdom",
        "Eit kurs der ungdommar lærer å meistre stress, søvn og kjensler saman med andre på same alder.",
        aim="Ungdommane skal få betre meistring i kvardagen og vite kvar dei kan få hjelp.",
        origin="Utvikla saman med ungdomsrådet i kommunen og unge med eiga røynsle.",
        how="Kurset går over fem samlingar på skulen eller på ungdomsklubben.",
        groups=("unge",),
        themes=("mestring",),
        days_ago=60,
    ),
    m(
        "samtalegruppe-parorande",
        "vestavind",
        "Samtalegruppe for pårørande",
        "Ei samtalegruppe der pårørande møtest, deler røynsler og får støtte frå kvarandre.",
        aim="Pårørande skal oppleve mindre einsemd og få meir kunnskap om psykisk helse.",
        origin="Gruppa vart starta av pårørande i Bergen i samarbeid med Vestavind.",
        groups=("parorende",),
        themes=("familie",),
        days_ago=90,
    ),
    m(
        "ungdomsgruppe-rus",
        "rom-agder",
        "Ungdomsgruppe for unge pårørende",
        "En gruppe for unge mellom 14 og 20 år som har foreldre eller søsken med rusproblemer.",
        aim="Ungdommene skal få snakke om det som er vanskelig hjemme, uten skam.",
        origin="Utviklet av unge voksne som selv vokste opp med rusproblemer i familien.",
        how="Gruppen møtes annenhver uke med to gruppeledere.",
        groups=("unge", "parorende", "rus"),
        themes=("familie",),
        days_ago=20,
    ),
    m(
        "brukermedvirkning-kommune",
        "sagatun",
        "Brukermedvirkning i kommunale tjenester",
        "En metode for å sikre at brukere av tjenestene får reell innflytelse når kommunen planlegger tilbud.",
        aim="Tjenestene skal bli bedre fordi de som bruker dem er med og bestemmer.",
        origin="Sagatun utviklet metoden sammen med brukerorganisasjoner og tre kommuner.",
        evidence="Kommunene som har tatt metoden i bruk rapporterer bedre dialog.",
        groups=("ansatte", "psykisk"),
        themes=("medvirkning",),
        research="some-evidence",
        experience="established",
        days_ago=300,
    ),
    m(
        "dialogmoter",
        "varres",
        "Dialogmøter mellom brukere og ansatte",
        "Faste møter der brukere og ansatte i kommunene drøfter hvordan tilbudet fungerer.",
        aim="Medvirkning fra brukerne i utviklingen av tjenestene.",
        origin="Vårres har holdt dialogmøter i Tromsø siden 2015.",
        how="Møtene ledes av en erfaringskonsulent og en leder fra kommunen.",
        groups=("ansatte",),
        themes=("medvirkning",),
        days_ago=150,
    ),
    m(
        "brukarmedverknad-nn",
        "vestavind",
        "Brukarmedverknad i helseføretaket",
        "Korleis helseføretaket kan ta brukarane med i arbeidet med å betre tenestene.",
        aim="Brukarane skal ha ei reell stemme i avgjerder om tilbodet.",
        groups=("ansatte",),
        themes=("medvirkning",),
        days_ago=400,
    ),
    m(
        "min-kriseplan",
        "bikuben",
        "Min kriseplan",
        "Et verktøy for å lage en personlig plan for hva som hjelper når livet blir vanskelig.",
        kind="tool",
        aim="Planen gjør det lettere å be om hjelp tidlig og å bli møtt slik man ønsker i en krise.",
        origin="Utviklet av brukere med erfaring fra akuttpsykiatrien.",
        how="Fyll ut planen sammen med en du stoler på, og del den med behandleren din.",
        groups=("psykisk",),
        themes=("krise",),
        materials=(("Kriseplan – utfyllbar mal", "Malen kan skrives ut eller fylles ut digitalt."),),
        days_ago=10,
    ),
    m(
        "sikkerhetsplan-selvmord",
        "kbt",
        "Sikkerhetsplan ved selvmordstanker",
        "En kort plan med varselsignaler, egne strategier og hvem du kan kontakte når selvmordstankene kommer.",
        kind="tool",
        groups=("psykisk",),
        themes=("krise",),
        research="good-evidence",
        days_ago=250,
    ),
    m(
        "erfaringskonsulent-opplaering",
        "kbt",
        "Opplæring av erfaringskonsulenter",
        "Et opplæringsprogram for personer som vil bruke egen erfaring i arbeid som erfaringskonsulent.",
        aim="Erfaringskonsulentene skal kunne bruke erfaringskompetansen sin trygt og bevisst.",
        origin="Laget av erfaringskonsulenter i KBT sammen med NAV.",
        groups=("psykisk", "rus"),
        themes=("arbeid", "likeperson"),
        experience="established",
        days_ago=120,
    ),
    m(
        "recoveryskole",
        "rom-agder",
        "Recoveryskolen",
        "En skole der kursene handler om recovery, håp og å ta livet tilbake etter psykiske helseproblemer.",
        aim="Deltakerne skal få verktøy for sin egen bedringsprosess.",
        origin="Inspirert av recoveryskoler i England, utviklet med studenter med egen erfaring.",
        groups=("psykisk",),
        themes=("recovery",),
        research="theory-based",
        days_ago=70,
    ),
    m(
        "recovery-samtaler",
        "sagatun",
        "Recoveryorienterte samtaler",
        "En samtalemetode for ansatte som vil støtte personlig bedring hos dem de møter.",
        aim="Samtalene skal styrke håp, mening og egne valg.",
        groups=("ansatte",),
        themes=("recovery",),
        days_ago=180,
    ),
    m(
        "jobbmestring",
        "sagatun",
        "Veien tilbake til arbeid",
        "Et individuelt opplegg for arbeidsinkludering for personer med psykiske helseproblemer eller rusproblemer.",
        aim="Deltakeren skal komme i jobb eller utdanning med støtte fra en jobbspesialist og en erfaringskonsulent.",
        groups=("psykisk", "rus"),
        themes=("arbeid",),
        research="strong-evidence",
        days_ago=40,
    ),
    m(
        "selvhjelpsgruppe",
        "bikuben",
        "Selvhjelpsgruppe for voksne",
        "Selvhjelpsgrupper der deltakerne bruker egne ressurser og hjelper hverandre uten fagfolk til stede.",
        aim="Selvhjelp gir erfaring med å ta ansvar for egen bedring.",
        groups=("psykisk",),
        themes=("likeperson", "mestring"),
        days_ago=220,
    ),
    m(
        "sjolvhjelp-nn",
        "vestavind",
        "Sjølvhjelp i grupper",
        "Korleis starte ei sjølvhjelpsgruppe i kommunen din, med erfaringar frå Vestlandet.",
        groups=("psykisk",),
        themes=("likeperson",),
        days_ago=260,
    ),
    m(
        "likepersonarbeid",
        "varres",
        "Likepersonsarbeid i kommunen",
        "Likepersoner med egen erfaring gir støtte til personer som står i en vanskelig livssituasjon.",
        aim="Støtte fra likepersoner skal gi håp og praktisk hjelp.",
        groups=("psykisk", "rus"),
        themes=("likeperson",),
        days_ago=80,
    ),
    m(
        "familiesamtaler",
        "kbt",
        "Familiesamtaler når en forelder er syk",
        "En samtalemodell for familier der en forelder har psykisk sykdom, slik at barna får snakke om det.",
        aim="Barn som pårørende skal få kunnskap og bli sett.",
        origin="Utviklet av foreldre med psykisk sykdom og barn som pårørende.",
        groups=("barn", "parorende"),
        themes=("familie",),
        research="some-evidence",
        days_ago=140,
    ),
    m(
        "barn-som-parorende-kurs",
        "bikuben",
        "Kurs for barn som pårørende",
        "Et kurs for barn mellom 8 og 12 år som har en mamma eller pappa med rusproblemer eller psykisk sykdom.",
        groups=("barn",),
        themes=("familie",),
        days_ago=160,
    ),
    m(
        "nettverksmoter",
        "rom-agder",
        "Nettverksmøter",
        "Åpne samtaler der personen og nettverket rundt møtes tidlig i en krise.",
        aim="Familie og venner skal være en ressurs, ikke bare tilskuere.",
        groups=("psykisk", "parorende"),
        themes=("familie", "krise"),
        research="good-evidence",
        days_ago=190,
    ),
    m(
        "bolig-forst",
        "varres",
        "Bolig først",
        "En metode der personer med rusproblemer får egen bolig uten krav om rusfrihet først.",
        aim="En trygg bolig er grunnlaget for bedring.",
        groups=("rus",),
        themes=("bolig",),
        research="strong-evidence",
        days_ago=350,
    ),
    m(
        "eldre-samtalegruppe",
        "sagatun",
        "Samtalegruppe for eldre",
        "En gruppe for eldre som kjenner på ensomhet og nedstemthet etter at ektefellen døde.",
        groups=("eldre",),
        themes=("mestring",),
        days_ago=210,
    ),
    m(
        "studiesirkel-psykisk-helse",
        "bikuben",
        "Studiesirkel om psykisk helse",
        "En studiesirkel der deltakerne leser og diskuterer tekster om psykisk helse sammen.",
        aim="Mer kunnskap om psykisk helse i lokalsamfunnet.",
        groups=("psykisk", "parorende"),
        themes=("mestring",),
        days_ago=230,
    ),
    m(
        "psykoedukasjon-familie",
        "kbt",
        "Psykoedukativt familiearbeid",
        "Flerfamiliegrupper der familier lærer om psykoser og problemløsning i hverdagen.",
        groups=("parorende", "psykisk"),
        themes=("familie",),
        research="strong-evidence",
        days_ago=500,
    ),
    m(
        "samtalekort",
        "vestavind",
        "Samtalekort om kjensler",
        "Kort med spørsmål som hjelper ungdom å setje ord på kjensler.",
        kind="tool",
        groups=("unge",),
        themes=("mestring",),
        materials=(
            ("Refleksjonskort for ungdom", "Førti kort med spørsmål til samtale i gruppe eller ein-til-ein."),
        ),
        days_ago=55,
    ),
    m(
        "ansettelse-erfaring",
        "rom-agder",
        "Ansettelse av medarbeidere med brukererfaring",
        "Veileder for kommuner som vil ansette folk med egen erfaring med psykiske helseproblemer eller rus.",
        kind="tool",
        groups=("ansatte",),
        themes=("arbeid", "medvirkning"),
        days_ago=330,
    ),
    m(
        "krisetelefon-rutiner",
        "varres",
        "Rutiner for oppfølging etter krise",
        "Hvordan tjenestene kan følge opp en person de første dagene etter en akutt krise.",
        groups=("ansatte",),
        themes=("krise",),
        days_ago=290,
    ),
    m(
        "rusmestring-gruppe",
        "bikuben",
        "Gruppe for rusmestring",
        "En gruppe for personer som vil endre bruken av alkohol eller andre rusmidler, ledet av likepersoner.",
        groups=("rus",),
        themes=("mestring", "likeperson"),
        days_ago=110,
    ),
    m(
        "pa-egne-ben",
        "sagatun",
        "På egne ben",
        "Et program for unge voksne som flytter i egen bolig for første gang etter opphold i institusjon.",
        groups=("unge",),
        themes=("bolig",),
        days_ago=170,
    ),
    m(
        "tankeskole",
        "kbt",
        "Tankeskolen",
        "En introduksjon til kognitiv terapi for folk flest, med oppgaver for å utfordre negative tanker.",
        groups=("psykisk",),
        themes=("mestring",),
        research="good-evidence",
        days_ago=600,
    ),
    m(
        "hverdagsmestring-nn",
        "vestavind",
        "Kvardagsmeistring heime",
        "Praktisk støtte heime for folk som treng hjelp til å få kvardagen til å gå rundt.",
        groups=("psykisk", "eldre"),
        themes=("mestring", "bolig"),
        days_ago=130,
    ),
    m(
        "kollegastotte",
        "rom-agder",
        "Kollegastøtte for ansatte",
        "Et opplegg for ansatte i helsetjenesten som har vært gjennom belastende hendelser på jobben.",
        groups=("ansatte",),
        themes=("arbeid",),
        days_ago=240,
    ),
    m(
        "foreldreveiledning",
        "varres",
        "Foreldreveiledning i rusbehandlingen",
        "Veiledning til foreldre som er i behandling for rusavhengighet, slik at barna får en tryggere hverdag.",
        groups=("rus", "barn"),
        themes=("familie",),
        days_ago=310,
    ),
    m(
        "turgruppe",
        "bikuben",
        "Turgruppe",
        "En ukentlig tur i skog og mark for alle som vil ha fellesskap og bevegelse.",
        groups=("psykisk",),
        themes=("likeperson",),
        research="not-assessed",
        experience="individual",
        days_ago=5,
    ),
]


def _stream(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}] if text else []


def build_corpus():
    """Build the site, taxonomy and methods, then index everything once (as `manage.py update_index`).

    Indexing on every save is switched off while building: it makes the build several times slower."""
    backends = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    for params in backends.values():
        params["AUTO_UPDATE"] = False
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        tree = _build()
    call_command("update_index", verbosity=0)
    return tree


def _build():
    Page.objects.filter(depth=2).delete()
    tree = build_site_tree(tuple(CENTRES))
    for slug, (title, region, town) in CENTRES.items():
        centre = tree["centres"][slug]
        centre.title, centre.health_region, centre.town = title, region, town
        centre.full_name = f"{title} regionalt brukerstyrt senter"
        centre.save()
    groups = {slug: TargetGroupFactory(slug=slug, name=name) for slug, name in TARGET_GROUPS.items()}
    themes = {slug: ThemeFactory(slug=slug, name=name) for slug, name in THEMES.items()}
    now = datetime(2025, 6, 1, 12, tzinfo=UTC)
    pages = {}
    for spec in METHODS:
        page = MethodPageFactory(
            parent=tree["method_indexes"][spec["centre"]],
            title=spec["title"],
            slug=spec["key"],
            kind=spec["kind"],
            summary=spec["summary"],
            plain_summary="",
            aim=f"<p>{spec['aim']}</p>" if spec["aim"] else "<p></p>",
            lived_experience_origin=f"<p>{spec['origin']}</p>" if spec["origin"] else "<p></p>",
            evidence=f"<p>{spec['evidence']}</p>" if spec["evidence"] else "",
            how_to=_stream(spec["how"]),
            research_level=spec["research"],
            experience_level=spec["experience"],
            facilitators="",
            duration="",
            group_size="",
        )
        page.target_groups.set([groups[slug] for slug in spec["groups"]])
        page.themes.set([themes[slug] for slug in spec["themes"]])
        for title, description in spec["materials"]:
            page.materials.create(document=MaterialFactory(title=title, description=description))
        page.save()
        published = now - timedelta(days=spec["days_ago"])
        type(page).objects.filter(pk=page.pk).update(
            first_published_at=published, last_published_at=published
        )
        pages[spec["key"]] = page

    StandardPageFactory(
        parent=tree["home"],
        title="Om Knutepunkt for Recovery",
        slug="om",
        intro="Knutepunktene samler erfaringskunnskap om recovery fra brukere og pårørende.",
    )
    tree.update(pages=pages, groups=groups, themes=themes)
    tree["translations"] = _translations(tree, pages)
    return tree


def _translations(tree, pages):
    """A nynorsk and an English translation of one method, published in their own locale trees."""
    made = {}
    for code, title, summary in (
        ("nn", "Meistringsgruppe for pårørande", "Eit gruppetilbod der pårørande deler røynsler."),
        ("en", "Coping group for relatives", "A group where relatives share experiences and learn to cope."),
    ):
        locale, _created = Locale.objects.get_or_create(language_code=code)
        translated = pages["mestringsgruppe-parorende"].copy_for_translation(locale, copy_parents=True)
        translated.title, translated.summary = title, summary
        translated.live = True
        translated.save()
        made[code] = translated
    return made
