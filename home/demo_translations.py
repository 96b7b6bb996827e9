"""Nynorsk and English translations of part of the demo site, made the way translators make them: through
wagtail-localize (translation sources, translated strings, publish). `manage.py load_demo_translations`.

Translated: the home page, "Sentrene", Bikuben and its "Metoder og verktøy", the methods library, the tool
"Min kriseplan – mal og veileder" and its target groups and themes. Everything else stays in bokmål, so the
demo also shows what visitors see where there is no translation.
"""

from collections import Counter

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object

from home.demo.reviews import DemoReviews
from methods.models import CentreIndexPage, CentrePage, MethodIndexPage, MethodPage
from search.models import MethodLibraryPage

# Source string (bokmål) -> (nynorsk, English). Slugs are not translated: addresses keep the same path.
TEXTS = {
    # Home page
    "Knutepunkt for Recovery": ("Knutepunkt for Recovery", "Knutepunkt for Recovery"),
    "Knutepunkt for Recovery er et nasjonalt nettverk av regionale brukerstyrte sentre. Her finner du metoder og "
    "verktøy som bygger på erfaringene til mennesker som selv har levd med psykiske helseutfordringer eller "
    "rusutfordringer, og til deres pårørende.": (
        "Knutepunkt for Recovery er eit nasjonalt nettverk av regionale brukarstyrte senter. Her finn du metodar "
        "og verktøy som byggjer på erfaringane til menneske som sjølve har levd med psykiske helseutfordringar "
        "eller rusutfordringar, og til dei pårørande deira.",
        "Knutepunkt for Recovery is a national network of regional user-led centres. Here you will find methods "
        "and tools built on the experience of people who have lived with mental health or substance use "
        "problems themselves, and of their families and friends.",
    ),
    "Hvert senter er et fysisk sted i sin region. Sammen er de ett nettverk som samler, prøver ut og deler "
    "erfaringskunnskap om bedring og mestring.": (
        "Kvart senter er ein fysisk stad i sin region. Saman er dei eitt nettverk som samlar, prøver ut og deler "
        "erfaringskunnskap om betring og meistring.",
        "Each centre is a physical place in its region. Together they form one network that gathers, tries out "
        "and shares knowledge from lived experience about recovery and coping.",
    ),
    "Metodebiblioteket er for deg som jobber i kommunen eller i spesialisthelsetjenesten, for deg som underviser, "
    "og for deg som er bruker eller pårørende. Hver beskrivelse forteller hvor kunnskapen kommer fra, slik at du "
    "selv kan vurdere hva som passer der du er.": (
        "Metodebiblioteket er for deg som jobbar i kommunen eller i spesialisthelsetenesta, for deg som "
        "underviser, og for deg som er brukar eller pårørande. Kvar skildring fortel kvar kunnskapen kjem frå, "
        "slik at du sjølv kan vurdere kva som passar der du er.",
        "The methods library is for people who work in a municipality or in specialist health services, for "
        "educators, and for service users and their families. Each description tells you where the knowledge "
        "comes from, so that you can judge for yourself what fits where you are.",
    ),
    # Centres
    "Sentrene": ("Sentera", "The centres"),
    "Knutepunkt for Recovery består av seks regionale brukerstyrte sentre. Hvert senter er et sted i sin region "
    "der erfaringene til brukere og pårørende blir til kurs, grupper, verktøy og undervisning.": (
        "Knutepunkt for Recovery består av seks regionale brukarstyrte senter. Kvart senter er ein stad i sin "
        "region der erfaringane til brukarar og pårørande blir til kurs, grupper, verktøy og undervisning.",
        "Knutepunkt for Recovery consists of six regional user-led centres. Each centre is a place in its region "
        "where the experience of service users and their families becomes courses, groups, tools and teaching.",
    ),
    "Bikuben": ("Bikuben", "Bikuben"),
    "Bikuben regionalt brukerstyrt senter": (
        "Bikuben regionalt brukarstyrt senter",
        "Bikuben regional user-led centre",
    ),
    "Bikuben er et regionalt brukerstyrt senter i Helse Sør-Øst. Senteret samler erfaringer fra mennesker som har "
    "levd med psykiske helseutfordringer og rusutfordringer, og fra pårørende, og gjør dem om til grupper, kurs "
    "og verktøy som tjenestene kan ta i bruk.": (
        "Bikuben er eit regionalt brukarstyrt senter i Helse Sør-Aust. Senteret samlar erfaringar frå menneske "
        "som har levd med psykiske helseutfordringar og rusutfordringar, og frå pårørande, og gjer dei om til "
        "grupper, kurs og verktøy som tenestene kan ta i bruk.",
        "Bikuben is a regional user-led centre in the South-Eastern Norway Regional Health Authority. The centre "
        "gathers the experience of people who have lived with mental health and substance use problems, and of "
        "their families, and turns it into groups, courses and tools that services can use.",
    ),
    "Som de andre sentrene i nettverket er Bikuben både et sted å komme til og en samarbeidspartner for kommuner, "
    "helseforetak og utdanninger.": (
        "Som dei andre sentera i nettverket er Bikuben både ein stad å kome til og ein samarbeidspartnar for "
        "kommunar, helseføretak og utdanningar.",
        "Like the other centres in the network, Bikuben is both a place to come to and a partner for "
        "municipalities, health trusts and education programmes.",
    ),
    "Metoder og verktøy": ("Metodar og verktøy", "Methods and tools"),
    # Library
    "Metodebiblioteket": ("Metodebiblioteket", "The methods library"),
    "Alle metoder og verktøy fra sentrene i nettverket, med de nyeste først. Du kan velge senter og om du leter "
    "etter en metode (en måte å arbeide på) eller et verktøy (et konkret hjelpemiddel).": (
        "Alle metodar og verktøy frå sentera i nettverket, med dei nyaste først. Du kan velje senter og om du "
        "leitar etter ein metode (ein måte å arbeide på) eller eit verktøy (eit konkret hjelpemiddel).",
        "All methods and tools from the centres in the network, newest first. You can choose a centre, and "
        "whether you are looking for a method (a way of working) or a tool (a concrete aid).",
    ),
    # The tool
    "Min kriseplan – mal og veileder": (
        "Min kriseplan – mal og rettleiar",
        "My crisis plan – template and guide",
    ),
    "En mal for å lage en personlig kriseplan, med en veileder for å fylle den ut sammen med noen man stoler på. "
    "Planen beskriver varseltegn, hva som hjelper og hvem som skal kontaktes.": (
        "Ein mal for å lage ein personleg kriseplan, med ein rettleiar for å fylle han ut saman med nokon ein "
        "stolar på. Planen skildrar varselteikn, kva som hjelper og kven som skal kontaktast.",
        "A template for making a personal crisis plan, with a guide to filling it in together with someone you "
        "trust. The plan describes warning signs, what helps and who should be contacted.",
    ),
    "En kriseplan er en plan du lager mens du har det greit. Der skriver du hva som hjelper deg når det blir "
    "vanskelig, og hvem andre kan kontakte.": (
        "Ein kriseplan er ein plan du lagar medan du har det greitt. Der skriv du kva som hjelper deg når det "
        "blir vanskeleg, og kven andre kan kontakte.",
        "A crisis plan is a plan you make while you are doing all right. In it you write what helps you when "
        "things get hard, and who others can contact.",
    ),
    "Kriseplanen skal gi personen mer kontroll i vanskelige perioder. Den gjør det lettere for pårørende og "
    "tjenester å gi den hjelpen personen selv ønsker, og mindre sannsynlig at andre tar avgjørelser uten å kjenne "
    "personens ønsker.": (
        "Kriseplanen skal gje personen meir kontroll i vanskelege periodar. Han gjer det lettare for pårørande "
        "og tenester å gje den hjelpa personen sjølv ønskjer, og mindre sannsynleg at andre tek avgjerder utan å "
        "kjenne ønska til personen.",
        "The crisis plan gives the person more control during difficult periods. It makes it easier for family "
        "and services to give the help the person wants, and less likely that others make decisions without "
        "knowing the person's wishes.",
    ),
    "Alle som vil planlegge for vanskelige perioder. Malen kan fylles ut alene, men fungerer best sammen med en "
    "pårørende, en erfaringskonsulent eller en fast kontaktperson i tjenesten.": (
        "Alle som vil planleggje for vanskelege periodar. Malen kan fyllast ut åleine, men fungerer best saman "
        "med ein pårørande, ein erfaringskonsulent eller ein fast kontaktperson i tenesta.",
        "Anyone who wants to plan for difficult periods. The template can be filled in alone, but works best "
        "together with a family member, a peer worker or a regular contact person in the service.",
    ),
    "Malen ble laget fordi mange av dem som kom til Bikuben, hadde kriseplaner som var skrevet av andre, på et "
    "språk de ikke kjente seg igjen i. En gruppe på seks brukere og to pårørende gikk gjennom skjemaer de hadde "
    "fått, og skrev om spørsmålene slik at de kan besvares med egne ord.": (
        "Malen vart laga fordi mange av dei som kom til Bikuben, hadde kriseplanar som var skrivne av andre, på "
        "eit språk dei ikkje kjende seg att i. Ei gruppe på seks brukarar og to pårørande gjekk gjennom skjema "
        "dei hadde fått, og skreiv om spørsmåla slik at dei kan svarast på med eigne ord.",
        "The template was made because many of the people who came to Bikuben had crisis plans written by "
        "others, in language they did not recognise themselves in. A group of six service users and two family "
        "members went through the forms they had been given and rewrote the questions so that they can be "
        "answered in one's own words.",
    ),
    "Veilederen bygger på det gruppa la mest vekt på: at planen eies av personen selv, og at den må være kort nok "
    "til å bli brukt.": (
        "Rettleiaren byggjer på det gruppa la mest vekt på: at planen er eigd av personen sjølv, og at han må "
        "vere kort nok til å bli brukt.",
        "The guide builds on what the group cared about most: that the plan belongs to the person, and that it "
        "must be short enough to be used.",
    ),
    "Slik lager du planen": ("Slik lagar du planen", "How to make the plan"),
    "Planen erstatter ikke akutt hjelp": (
        "Planen erstattar ikkje akutt hjelp",
        "The plan does not replace urgent help",
    ),
    "Ved fare for liv eller helse: ring medisinsk nødtelefon 113. Legevakten når du på 116 117, hele døgnet.": (
        "Ved fare for liv eller helse: ring medisinsk naudtelefon 113. Legevakta når du på 116 117, heile døgnet.",
        "If life or health is in danger, call the medical emergency number 113. The out-of-hours medical service "
        "is on 116 117, day and night.",
    ),
    "1–2 samtaler à 45 minutter": ("1–2 samtalar à 45 minutt", "1–2 conversations of 45 minutes"),
    "Én person, gjerne med én støtteperson": (
        "Éin person, gjerne med éin støtteperson",
        "One person, preferably with one support person",
    ),
    "Personen selv, gjerne sammen med en pårørende, en erfaringskonsulent eller en kontaktperson": (
        "Personen sjølv, gjerne saman med ein pårørande, ein erfaringskonsulent eller ein kontaktperson",
        "The person themselves, preferably with a family member, a peer worker or a contact person",
    ),
    "Ingen opplæring er nødvendig. Ansatte som skal hjelpe mange med kriseplaner, har nytte av å lese veilederen "
    "og fylle ut en plan for seg selv først.": (
        "Inga opplæring er naudsynt. Tilsette som skal hjelpe mange med kriseplanar, har nytte av å lese "
        "rettleiaren og fylle ut ein plan for seg sjølve først.",
        "No training is needed. Staff who will help many people with crisis plans benefit from reading the "
        "guide and filling in a plan for themselves first.",
    ),
    # Target groups and themes of the tool
    "Ansatte i kommunen": ("Tilsette i kommunen", "Municipal staff"),
    "Ansatte i kommunale helse-, omsorgs- og velferdstjenester, for eksempel psykisk helse- og rustjenesten, "
    "boligtjenester, skolehelsetjenesten og NAV.": (
        "Tilsette i kommunale helse-, omsorgs- og velferdstenester, til dømes psykisk helse- og rustenesta, "
        "bustadtenester, skulehelsetenesta og NAV.",
        "Staff in municipal health, care and welfare services, for example mental health and substance use "
        "services, housing services, school health services and NAV.",
    ),
    "Personer med psykiske helseutfordringer": (
        "Personar med psykiske helseutfordringar",
        "People with mental health problems",
    ),
    "Mennesker som lever med, eller har levd med, psykiske helseutfordringer – med eller uten diagnose.": (
        "Menneske som lever med, eller har levd med, psykiske helseutfordringar – med eller utan diagnose.",
        "People who live with, or have lived with, mental health problems – with or without a diagnosis.",
    ),
    "Personer med rusutfordringer": ("Personar med rusutfordringar", "People with substance use problems"),
    "Mennesker som har eller har hatt et problematisk forhold til alkohol, andre rusmidler eller spill.": (
        "Menneske som har eller har hatt eit problematisk forhold til alkohol, andre rusmiddel eller spel.",
        "People who have or have had a problematic relationship with alcohol, other drugs or gambling.",
    ),
    "Pårørende": ("Pårørande", "Families and friends"),
    "Voksne som står nær en person med psykiske helseutfordringer eller rusutfordringer: foreldre, partnere, "
    "søsken, voksne barn og venner.": (
        "Vaksne som står nær ein person med psykiske helseutfordringar eller rusutfordringar: foreldre, "
        "partnarar, sysken, vaksne born og vener.",
        "Adults close to someone with mental health or substance use problems: parents, partners, siblings, "
        "adult children and friends.",
    ),
    "Brukermedvirkning": ("Brukarmedverknad", "User involvement"),
    "At brukere og pårørende har reell innflytelse, fra samtalen til systemet.": (
        "At brukarar og pårørande har reell påverknad, frå samtalen til systemet.",
        "Service users and families having real influence, from the conversation to the system.",
    ),
    "Kriseplan": ("Kriseplan", "Crisis plan"),
    "Planlegging for vanskelige perioder, på personens egne premisser.": (
        "Planlegging for vanskelege periodar, på premissane til personen sjølv.",
        "Planning for difficult periods, on the person's own terms.",
    ),
    "Mestring": ("Meistring", "Coping"),
    "Å få mer kontroll over egen hverdag og finne det som hjelper.": (
        "Å få meir kontroll over sin eigen kvardag og finne det som hjelper.",
        "Gaining more control over everyday life and finding what helps.",
    ),
    "Psykisk helse": ("Psykisk helse", "Mental health"),
    "Psykiske helseutfordringer og hva som hjelper.": (
        "Psykiske helseutfordringar og kva som hjelper.",
        "Mental health problems and what helps.",
    ),
    # The tool's texts as the import format stores them (plain paragraphs; steps, quote and lists as text)
    "Forskningsbasert kunnskap: Denne malen er ikke vurdert. Kriseplaner er mye brukt i psykisk helsearbeid, men virkningen av akkurat denne utformingen er ikke undersøkt.": (
        "Forskingsbasert kunnskap: Denne malen er ikkje vurdert. Kriseplanar er mykje brukte i psykisk helsearbeid, men verknaden av akkurat denne utforminga er ikkje undersøkt.",
        "Research-based knowledge: This template has not been assessed. Crisis plans are widely used in mental health work, but the effect of this particular design has not been studied.",
    ),
    "Erfaringskunnskap: Spørsmålene bygger på samlede erfaringer fra brukere og pårørende om hva som gjorde tidligere kriseplaner nyttige eller unyttige.": (
        "Erfaringskunnskap: Spørsmåla byggjer på samla erfaringar frå brukarar og pårørande om kva som gjorde tidlegare kriseplanar nyttige eller unyttige.",
        "Experience-based knowledge: The questions build on collected experience from service users and families about what made earlier crisis plans useful or useless.",
    ),
    "Praksiskunnskap: Malen brukes av erfaringskonsulenter og i kommunale tjenester i flere kommuner.": (
        "Praksiskunnskap: Malen blir brukt av erfaringskonsulentar og i kommunale tenester i fleire kommunar.",
        "Practice knowledge: The template is used by peer workers and in municipal services in several municipalities.",
    ),
    "1. Velg et rolig tidspunkt<br/>En kriseplan lages best når du har det forholdsvis greit. Sett av en time.": (
        "1. Vel eit roleg tidspunkt<br/>Ein kriseplan blir best laga når du har det forholdsvis greitt. Set av ein time.",
        "1. Choose a calm moment<br/>A crisis plan is best made when you are doing fairly well. Set aside an hour.",
    ),
    "2. Fyll ut sammen med noen<br/>Velg en du stoler på. Den andre skal spørre og skrive, ikke bestemme.": (
        "2. Fyll ut saman med nokon<br/>Vel ein du stolar på. Den andre skal spørje og skrive, ikkje bestemme.",
        "2. Fill it in with someone<br/>Choose someone you trust. The other person asks and writes; they do not decide.",
    ),
    "3. Skriv med egne ord<br/>Hvordan merker du at det går nedover? Hva hjelper – og hva hjelper ikke? Hvem vil du at skal kontaktes, og hvem skal ikke?": (
        "3. Skriv med eigne ord<br/>Korleis merkar du at det går nedover? Kva hjelper – og kva hjelper ikkje? Kven vil du at skal kontaktast, og kven skal ikkje?",
        "3. Write in your own words<br/>How do you notice that things are getting worse? What helps – and what does not? Who do you want to be contacted, and who not?",
    ),
    "4. Del planen<br/>Bestem selv hvem som skal ha en kopi: pårørende, fastlege, kommunen eller andre.": (
        "4. Del planen<br/>Bestem sjølv kven som skal ha ein kopi: pårørande, fastlege, kommunen eller andre.",
        "4. Share the plan<br/>Decide for yourself who gets a copy: family, your GP, the municipality or others.",
    ),
    "5. Se over planen jevnlig<br/>Gå gjennom planen etter en vanskelig periode og minst én gang i året.": (
        "5. Sjå over planen jamleg<br/>Gå gjennom planen etter ein vanskeleg periode og minst éin gong i året.",
        "5. Review the plan regularly<br/>Go through the plan after a difficult period and at least once a year.",
    ),
    "«Da jeg skrev den selv, ble den min. Den forrige lå bare i en journal.»<br/>– Bruker som har laget egen kriseplan": (
        "«Då eg skreiv han sjølv, vart han min. Den førre låg berre i ein journal.»<br/>– Brukar som har laga sin eigen kriseplan",
        "«When I wrote it myself, it became mine. The last one just sat in a medical record.»<br/>– Service user who has made their own crisis plan",
    ),
    "- Malen, på papir eller som dokument.": (
        "- Malen, på papir eller som dokument.",
        "- The template, on paper or as a document.",
    ),
    "- En time uten avbrytelser.": ("- Ein time utan avbrot.", "- An hour without interruptions."),
    "- En avtale om hvem som får kopi av planen.": (
        "- Ein avtale om kven som får kopi av planen.",
        "- An agreement on who gets a copy of the plan.",
    ),
    # KBT and Vestavind: their nynorsk methods need the centres' pages in nynorsk (load_demo)
    "KBT": ("KBT", "KBT"),
    "Kompetansesenter for brukererfaring og tjenesteutvikling (KBT)": (
        "Kompetansesenter for brukarerfaring og tenesteutvikling (KBT)",
        "Centre of Expertise for User Experience and Service Development (KBT)",
    ),
    "Kompetansesenter for brukererfaring og tjenesteutvikling (KBT) er et regionalt brukerstyrt senter i Helse "
    "Vest. Som navnet sier, handler arbeidet om å bruke erfaringene til brukere og pårørende når tjenester skal "
    "utvikles, evalueres og forbedres.": (
        "Kompetansesenter for brukarerfaring og tenesteutvikling (KBT) er eit regionalt brukarstyrt senter i "
        "Helse Vest. Som namnet seier, handlar arbeidet om å bruke erfaringane til brukarar og pårørande når "
        "tenester skal utviklast, evaluerast og forbetrast.",
        "The Centre of Expertise for User Experience and Service Development (KBT) is a regional user-led "
        "centre in the Western Norway Regional Health Authority. As the name says, its work is about using the "
        "experience of service users and their families when services are developed, evaluated and improved.",
    ),
    "Her finner du metoder og verktøy som KBT har utviklet eller deler i nettverket.": (
        "Her finn du metodar og verktøy som KBT har utvikla eller deler i nettverket.",
        "Here you will find methods and tools that KBT has developed or shares in the network.",
    ),
    "Vestavind": ("Vestavind", "Vestavind"),
    "Sandnes": ("Sandnes", "Sandnes"),
    "Rogaland": ("Rogaland", "Rogaland"),
    "Vestavind er det yngste senteret i nettverket. Det ble startet i 2018 som et nytt regionalt brukerstyrt "
    "senter i Helse Vest, og holder til i Sandnes i Rogaland.": (
        "Vestavind er det yngste senteret i nettverket. Det vart starta i 2018 som eit nytt regionalt "
        "brukarstyrt senter i Helse Vest, og held til i Sandnes i Rogaland.",
        "Vestavind is the youngest centre in the network. It was started in 2018 as a new regional user-led "
        "centre in the Western Norway Regional Health Authority, and is based in Sandnes in Rogaland.",
    ),
    "Her finner du metoder og verktøy som Vestavind har utviklet eller deler i nettverket.": (
        "Her finn du metodar og verktøy som Vestavind har utvikla eller deler i nettverket.",
        "Here you will find methods and tools that Vestavind has developed or shares in the network.",
    ),
    # Target groups and themes of the nynorsk methods
    "Ansatte i spesialisthelsetjenesten": (
        "Tilsette i spesialisthelsetenesta",
        "Specialist health service staff",
    ),
    "Ansatte i helseforetak og private institusjoner med avtale, for eksempel i distriktspsykiatriske sentre og "
    "tverrfaglig spesialisert rusbehandling.": (
        "Tilsette i helseføretak og private institusjonar med avtale, til dømes i distriktspsykiatriske senter "
        "og tverrfagleg spesialisert rusbehandling.",
        "Staff of health trusts and contracted private institutions, for example in community mental health "
        "centres and specialised substance use treatment.",
    ),
    "Erfaringskonsulenter": ("Erfaringskonsulentar", "Peer workers"),
    "Personer som bruker egen erfaring med psykiske helseutfordringer, rus eller som pårørende i en jobb eller "
    "et verv i tjenestene.": (
        "Personar som brukar eiga erfaring med psykiske helseutfordringar, rus eller som pårørande i ein jobb "
        "eller eit verv i tenestene.",
        "People who use their own experience of mental health problems, substance use or of being a family "
        "member in a job or a role in the services.",
    ),
    "Studenter og undervisere": ("Studentar og undervisarar", "Students and educators"),
    "Studenter i helse- og sosialfag og de som underviser dem ved høyskoler, universiteter og fagskoler.": (
        "Studentar i helse- og sosialfag og dei som underviser dei ved høgskular, universitet og fagskular.",
        "Students of health and social care and those who teach them at university colleges, universities and "
        "vocational colleges.",
    ),
    "Rus": ("Rus", "Substance use"),
    "Bedring og mestring for mennesker med rusutfordringer og deres pårørende.": (
        "Betring og meistring for menneske med rusutfordringar og dei pårørande deira.",
        "Recovery and coping for people with substance use problems and their families.",
    ),
    "Tjenesteutvikling": ("Tenesteutvikling", "Service development"),
    "Å forbedre tjenester sammen med dem som bruker dem.": (
        "Å betre tenester saman med dei som brukar dei.",
        "Improving services together with the people who use them.",
    ),
    "Recovery": ("Recovery", "Recovery"),
    "Personlig bedring: å leve et meningsfylt liv, med eller uten symptomer.": (
        "Personleg betring: å leve eit meiningsfullt liv, med eller utan symptom.",
        "Personal recovery: living a meaningful life, with or without symptoms.",
    ),
    "Undervisning": ("Undervisning", "Teaching"),
    "Erfaringskunnskap i utdanning og opplæring.": (
        "Erfaringskunnskap i utdanning og opplæring.",
        "Knowledge from lived experience in education and training.",
    ),
    "Likepersonsarbeid": ("Likepersonsarbeid", "Peer support"),
    "Støtte fra noen som har vært i en lignende situasjon selv.": (
        "Støtte frå nokon som har vore i ein liknande situasjon sjølv.",
        "Support from someone who has been in a similar situation themselves.",
    ),
    "Pårørendearbeid": ("Pårørandearbeid", "Work with families"),
    "Støtte til pårørende og samarbeid med dem.": (
        "Støtte til pårørande og samarbeid med dei.",
        "Support for families and working together with them.",
    ),
}
LANGUAGES = {"nn": 0, "en": 1}
TOOL_SLUG = "min-kriseplan"


class DemoTranslationError(Exception):
    pass


def _objects():
    """What is translated, parents before children and snippets before the page that uses them."""
    from home.models import HomePage

    default = Locale.get_default()
    home = HomePage.objects.filter(locale=default).first()
    tool = MethodPage.objects.filter(locale=default, slug=TOOL_SLUG).first()
    if home is None or tool is None:
        raise DemoTranslationError("Load the demo first: manage.py load_demo")
    centre = CentrePage.objects.get(locale=default, slug="bikuben")
    objects = [
        home,
        CentreIndexPage.objects.child_of(home).get(),
        centre,
        MethodIndexPage.objects.child_of(centre).get(),
        MethodLibraryPage.objects.child_of(home).get(),
    ]
    objects += list(tool.target_groups.all()) + list(tool.themes.all())
    return objects + [tool]


def _translate(instance, locale):
    if instance.get_translation_or_none(locale) is None:
        # translate_object also saves a draft of an existing translation, so only call it the first time.
        translate_object(instance, [locale])
    source = TranslationSource.objects.get_for_instance(instance)
    translation = Translation.objects.get(source=source, target_locale=locale)
    column = LANGUAGES[locale.language_code]
    changed = False
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        texts = TEXTS.get(segment.string.data)
        if texts is None:
            continue  # e.g. slugs: the bokmål value is kept
        _, created_or_changed = _set_translation(segment, locale, texts[column])
        changed |= created_or_changed
    target = instance.get_translation_or_none(locale)
    target = target.specific if isinstance(target, Page) else target
    if not changed and target is not None and _is_published(target):
        return target, False  # a second run writes no new revision
    return _save_and_publish(instance, translation), True


def _save_and_publish(instance, translation):
    """The translation editor's "Publish": the demo shows finished translations. Pages are saved as a draft
    and that revision published here, rather than in wagtail-localize's on_commit callback, so that this
    also works inside a transaction (a deferred publish would write back a stale copy of the page)."""
    if isinstance(instance, Page):
        translation.save_target(publish=False)
        target = translation.get_target_instance()
        if isinstance(target, MethodPage):
            # A translated method page goes live through the lived-experience review like any other.
            DemoReviews(Counter()).review_and_publish(target)
        else:
            target.get_latest_revision().publish()
        # Dated like the bokmål page it translates, as load_demo dates its pages: otherwise a demo
        # translation would say it was first published today, after its last substantive update.
        Page.objects.filter(pk=target.pk).update(
            first_published_at=instance.last_published_at, last_published_at=instance.last_published_at
        )
    else:
        translation.save_target(publish=True)
    return translation.get_target_instance()


def translated_text(text, code):
    """The demo's translation of a bokmål text into a language, or None."""
    texts = TEXTS.get(text)
    return texts[LANGUAGES[code]] if texts else None


def refresh_translation(instance, locale):
    """Bring a translation up to date with its source after the source changed (wagtail-localize's "Sync
    translated pages"): synchronised fields are copied, translated strings kept."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    _save_and_publish(instance, Translation.objects.get(source=source, target_locale=locale))


def translate_objects(objects, locale):
    """Translate and publish objects (parents before children) into a locale; returns pages written."""
    return sum(
        written
        for target, written in (_translate(obj, locale) for obj in objects)
        if isinstance(target, Page)
    )


def _set_translation(segment, locale, text):
    """Store one string's translation; returns (object, whether anything was written)."""
    existing = StringTranslation.objects.filter(
        translation_of=segment.string, locale=locale, context=segment.context
    ).first()
    if existing is not None and existing.data == text:
        return existing, False
    translation, _ = StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=locale,
        context=segment.context,
        defaults={"data": text, "translation_type": "manual", "tool_name": "Demo"},
    )
    return translation, True


def _is_published(target):
    return not isinstance(target, Page) or (target.live and not target.has_unpublished_changes)


def load_demo_translations():
    """Translate and publish; safe to run again (changed texts are updated, the rest left alone).

    Returns, per language code, (pages written, pages already up to date).
    """
    counts = {}
    for code in LANGUAGES:
        locale = Locale.objects.get(language_code=code)
        objects = _objects()
        written = translate_objects(objects, locale)
        counts[code] = (written, sum(isinstance(obj, Page) for obj in objects) - written)
    return counts
