"""Demo texts for the site structure: home page, centres, content pages and taxonomies.

Written afresh in Norwegian bokmål for the demo. Facts about the network come from
/work/shared/notes/network-facts.md; nothing else is claimed about the real centres. Unknown
details (addresses, phone numbers, e-mail, websites, people) are deliberately left empty.
"""

SITE_NAME = "Knutepunkt for Recovery"

HOME = {
    "title": "Knutepunkt for Recovery",
    "slug": "home",
    "published": "2023-01-10",
    "lead": (
        "Knutepunkt for Recovery er et nasjonalt nettverk av regionale brukerstyrte sentre. Her finner du "
        "metoder og verktøy som bygger på erfaringene til mennesker som selv har levd med psykiske "
        "helseutfordringer eller rusutfordringer, og til deres pårørende."
    ),
    "intro": (
        "<p>Hvert senter er et fysisk sted i sin region. Sammen er de ett nettverk som samler, prøver ut og "
        "deler erfaringskunnskap om bedring og mestring.</p>"
        "<p>Metodebiblioteket er for deg som jobber i kommunen eller i spesialisthelsetjenesten, for deg som "
        "underviser, og for deg som er bruker eller pårørende. Hver beskrivelse forteller hvor kunnskapen "
        "kommer fra, slik at du selv kan vurdere hva som passer der du er.</p>"
    ),
    "featured": ["kompassgruppa", "brukarspegelen", "min-kriseplan"],
}

CENTRE_INDEX = {
    "title": "Sentrene",
    "slug": "sentre",
    "published": "2023-01-10",
    "intro": (
        "<p>Knutepunkt for Recovery består av seks regionale brukerstyrte sentre. Hvert senter er et sted i "
        "sin region der erfaringene til brukere og pårørende blir til kurs, grupper, verktøy og "
        "undervisning.</p>"
    ),
}

METHOD_INDEX = {"title": "Metoder og verktøy", "slug": "metoder-og-verktoy"}

LIBRARY = {
    "title": "Metodebiblioteket",
    "slug": "metoder",
    "published": "2023-01-10",
    "intro": (
        "<p>Alle metoder og verktøy fra sentrene i nettverket, med de nyeste først. Du kan velge senter og "
        "om du leter etter en metode (en måte å arbeide på) eller et verktøy (et konkret hjelpemiddel).</p>"
    ),
}

MATERIAL_LIBRARY = {
    "title": "Undervisningsmateriell",
    "slug": "undervisningsmateriell",
    "published": "2023-01-10",
    "intro": (
        "<p>Kurshefter, veiledere, maler og samtalekort fra metodene og verktøyene i biblioteket. Hvert "
        "materiell viser hvem det er laget for, hvilket språk det er på, og hva lisensen tillater.</p>"
    ),
}

# Centres: only facts we know. Town, county and founding year are given for Vestavind alone.
CENTRES = [
    {
        "slug": "bikuben",
        "title": "Bikuben",
        "full_name": "Bikuben regionalt brukerstyrt senter",
        "health_region": "sor-ost",
        "published": "2023-01-12",
        "intro": (
            "<p>Bikuben er et regionalt brukerstyrt senter i Helse Sør-Øst. Senteret samler erfaringer fra "
            "mennesker som har levd med psykiske helseutfordringer og rusutfordringer, og fra pårørende, og "
            "gjør dem om til grupper, kurs og verktøy som tjenestene kan ta i bruk.</p>"
            "<p>Som de andre sentrene i nettverket er Bikuben både et sted å komme til og en "
            "samarbeidspartner for kommuner, helseforetak og utdanninger.</p>"
        ),
    },
    {
        "slug": "varres",
        "title": "Vårres",
        "full_name": "Vårres regionale brukerstyrte senter Midt-Norge",
        "health_region": "midt",
        "published": "2023-01-12",
        "intro": (
            "<p>Vårres er det regionale brukerstyrte senteret i Midt-Norge. Senteret arbeider for at "
            "erfaringskompetansen til brukere og pårørende skal regnes som gyldig kunnskap, og at den skal "
            "få en tydelig plass når tjenester planlegges og gis.</p>"
            "<p>Her finner du metoder og verktøy som Vårres har utviklet eller deler i nettverket.</p>"
        ),
    },
    {
        "slug": "kbt",
        "title": "KBT",
        "full_name": "Kompetansesenter for brukererfaring og tjenesteutvikling (KBT)",
        "health_region": "vest",
        "published": "2023-01-12",
        "intro": (
            "<p>Kompetansesenter for brukererfaring og tjenesteutvikling (KBT) er et regionalt brukerstyrt "
            "senter i Helse Vest. Som navnet sier, handler arbeidet om å bruke erfaringene til brukere og "
            "pårørende når tjenester skal utvikles, evalueres og forbedres.</p>"
            "<p>Her finner du metoder og verktøy som KBT har utviklet eller deler i nettverket.</p>"
        ),
    },
    {
        "slug": "sagatun",
        "title": "Sagatun",
        "full_name": "Sagatun Brukerstyrt Senter",
        "health_region": "sor-ost",
        "published": "2023-01-12",
        "intro": (
            "<p>Sagatun Brukerstyrt Senter er et regionalt brukerstyrt senter i Helse Sør-Øst. Senteret er "
            "en møteplass der mennesker kan bli sterkere gjennom å delta aktivt sammen med andre, og et "
            "kompetansemiljø for erfaringsbasert kunnskap om bedring og mestring.</p>"
            "<p>Her finner du metoder og verktøy som Sagatun har utviklet eller deler i nettverket.</p>"
        ),
    },
    {
        "slug": "rom-agder",
        "title": "Rom-Agder",
        "full_name": "Rom-Agder",
        "health_region": "sor-ost",
        "published": "2023-01-12",
        "intro": (
            "<p>Rom-Agder er et regionalt brukerstyrt senter i Helse Sør-Øst og en del av det nasjonale "
            "nettverket Knutepunkt for Recovery. Senteret samler og deler kunnskap fra brukere og pårørende "
            "om hva som hjelper, og støtter tjenester som vil arbeide mer bedringsorientert.</p>"
            "<p>Her finner du metoder og verktøy som Rom-Agder har utviklet eller deler i nettverket.</p>"
        ),
    },
    {
        "slug": "vestavind",
        "title": "Vestavind",
        "full_name": "Vestavind",
        "health_region": "vest",
        "town": "Sandnes",
        "county": "Rogaland",
        "founded_year": 2018,
        "published": "2023-01-12",
        "intro": (
            "<p>Vestavind er det yngste senteret i nettverket. Det ble startet i 2018 som et nytt regionalt "
            "brukerstyrt senter i Helse Vest, og holder til i Sandnes i Rogaland.</p>"
            "<p>Her finner du metoder og verktøy som Vestavind har utviklet eller deler i nettverket.</p>"
        ),
    },
]

TARGET_GROUPS = [
    (
        "Personer med psykiske helseutfordringer",
        "Mennesker som lever med, eller har levd med, psykiske helseutfordringer – med eller uten diagnose.",
    ),
    (
        "Personer med rusutfordringer",
        "Mennesker som har eller har hatt et problematisk forhold til alkohol, andre rusmidler eller spill.",
    ),
    (
        "Pårørende",
        "Voksne som står nær en person med psykiske helseutfordringer eller rusutfordringer: foreldre, "
        "partnere, søsken, voksne barn og venner.",
    ),
    (
        "Unge pårørende",
        "Barn og unge under 18 år som har en forelder, et søsken eller en annen nær person med psykiske "
        "helseutfordringer eller rusutfordringer.",
    ),
    (
        "Ansatte i kommunen",
        "Ansatte i kommunale helse-, omsorgs- og velferdstjenester, for eksempel psykisk helse- og "
        "rustjenesten, boligtjenester, skolehelsetjenesten og NAV.",
    ),
    (
        "Ansatte i spesialisthelsetjenesten",
        "Ansatte i helseforetak og private institusjoner med avtale, for eksempel i distriktspsykiatriske "
        "sentre og tverrfaglig spesialisert rusbehandling.",
    ),
    (
        "Erfaringskonsulenter",
        "Personer som bruker egen erfaring med psykiske helseutfordringer, rus eller som pårørende i en jobb "
        "eller et verv i tjenestene.",
    ),
    (
        "Studenter og undervisere",
        "Studenter i helse- og sosialfag og de som underviser dem ved høyskoler, universiteter og fagskoler.",
    ),
]

THEMES = [
    ("Recovery", "Personlig bedring: å leve et meningsfylt liv, med eller uten symptomer."),
    ("Mestring", "Å få mer kontroll over egen hverdag og finne det som hjelper."),
    ("Brukermedvirkning", "At brukere og pårørende har reell innflytelse, fra samtalen til systemet."),
    ("Pårørendearbeid", "Støtte til pårørende og samarbeid med dem."),
    ("Kriseplan", "Planlegging for vanskelige perioder, på personens egne premisser."),
    ("Likepersonsarbeid", "Støtte fra noen som har vært i en lignende situasjon selv."),
    ("Arbeid og aktivitet", "Veier til arbeid, skole, aktivitet og deltakelse i samfunnet."),
    ("Rus", "Bedring og mestring for mennesker med rusutfordringer og deres pårørende."),
    ("Psykisk helse", "Psykiske helseutfordringer og hva som hjelper."),
    ("Undervisning", "Erfaringskunnskap i utdanning og opplæring."),
    ("Tjenesteutvikling", "Å forbedre tjenester sammen med dem som bruker dem."),
]

ABOUT = {
    "title": "Om Knutepunkt for Recovery",
    "slug": "om",
    "published": "2023-01-10",
    "intro": (
        "Knutepunkt for Recovery er et samarbeid mellom seks regionale brukerstyrte sentre. Vi gjør "
        "erfaringene til brukere og pårørende om til kunnskap som kan brukes i tjenestene."
    ),
    "body": [
        ("heading", "Et sted og et nettverk"),
        (
            "paragraph",
            "<p>Et knutepunkt er både et sted og et nettverk. I hver region er senteret et fysisk sted der "
            "folk kan komme, delta og bidra. Nasjonalt er sentrene koblet sammen, slik at det som fungerer "
            "i én region, kan deles med resten av landet.</p>",
        ),
        ("heading", "Slik begynte det"),
        (
            "paragraph",
            "<p>Det nasjonale samarbeidet startet som et prosjekt i mai 2017, med midler fra "
            "Helsedirektoratet. Prosjektet skulle kartlegge hva knutepunktene rommer og hvilke oppgaver de "
            "har i sin region, og foreslå hvordan sentrene kan samarbeide nasjonalt – også med andre som "
            "arbeider med recovery. I 2018 kom Vestavind i Sandnes til som et nytt regionalt senter.</p>",
        ),
        ("heading", "Hva vi står for"),
        (
            "paragraph",
            "<p>Mennesker med psykiske helseutfordringer og rusutfordringer skal ha mulighet til bedring, "
            "mestring og et verdig liv. Vi mener at det brukere og pårørende vet om hva som hjelper, er "
            "gyldig kompetanse – på linje med forskning og fagkunnskap.</p>"
            "<ul><li>Brukerstemmen skal styrkes på alle nivåer, fra den enkelte samtale til planlegging av "
            "tjenester.</li><li>Kommuner og helseforetak skal få støtte til å bygge tjenester som fremmer "
            "bedring.</li><li>Vi arbeider mot stigma og utenforskap, og for menneskerettigheter og "
            "deltakelse i samfunnet.</li><li>Vi vil bidra til å forebygge psykososiale problemer, ikke bare "
            "til å håndtere dem.</li></ul>",
        ),
        (
            "quote",
            {
                "quote": "Her ble det jeg har vært gjennom, noe jeg kan bruke – ikke bare noe jeg må bære.",
                "attribution": "Deltaker på grunnkurs for erfaringskonsulenter",
            },
        ),
        ("heading", "Hva sentrene gjør"),
        (
            "paragraph",
            "<p>Sentrene samler og dokumenterer erfaringer fra brukere og pårørende, og bruker dem til å "
            "utvikle metoder og verktøy, kurs, undervisning, veiledning og tjenesteutvikling. De samarbeider "
            "med brukerorganisasjoner, utdanningsinstitusjoner, kompetansesentre, kommuner og helseforetak, "
            "og de bidrar i forskning.</p>"
            '<p>I <a href="/metoder/">metodebiblioteket</a> finner du metoder og verktøy fra alle sentrene. '
            "Hver beskrivelse har en kunnskapsprofil som viser forskningsbasert kunnskap, erfaringskunnskap "
            "og praksiskunnskap hver for seg.</p>",
        ),
        (
            "callout",
            {
                "tone": "note",
                "heading": "Kunnskapsprofilen er ikke en anbefaling",
                "text": "<p>Profilen beskriver hva slags kunnskap en metode bygger på. Den legger ikke de tre "
                "kildene sammen til én poengsum, og den sier ikke at en metode passer overalt. Vurder alltid "
                "en metode sammen med dem den er ment for.</p>",
            },
        ),
        ("heading", "Sentrene i nettverket"),
        (
            "paragraph",
            "<ul>"
            + "".join(
                f'<li><a href="/sentre/{slug}/">{name}</a></li>'
                for slug, name in [
                    ("bikuben", "Bikuben regionalt brukerstyrt senter"),
                    ("varres", "Vårres regionale brukerstyrte senter Midt-Norge"),
                    ("kbt", "Kompetansesenter for brukererfaring og tjenesteutvikling (KBT)"),
                    ("sagatun", "Sagatun Brukerstyrt Senter"),
                    ("rom-agder", "Rom-Agder"),
                    ("vestavind", "Vestavind"),
                ]
            )
            + "</ul>",
        ),
    ],
}

ACCESSIBILITY = {
    "title": "Tilgjengelighetserklæring",
    "slug": "tilgjengelighet",
    "published": "2023-01-10",
    "intro": (
        "Knutepunkt for Recovery skal kunne brukes av alle. Her forteller vi hvilke krav nettstedet skal "
        "oppfylle, hva vi vet at ikke er godt nok ennå, og hvordan du kan si fra."
    ),
    "body": [
        ("heading", "Krav vi skal oppfylle"),
        (
            "paragraph",
            "<p>Nettstedet er finansiert med offentlige midler og skal være universelt utformet, slik "
            "likestillings- og diskrimineringsloven krever. Forskrift om universell utforming av "
            "informasjons- og kommunikasjonsteknologiske (IKT) løsninger viser til standarden WCAG 2.1. "
            "Vårt mål er å oppfylle alle suksesskriteriene på nivå A og AA.</p>",
        ),
        ("heading", "Slik har vi lagt til rette"),
        (
            "paragraph",
            "<ul><li>Sidene har tydelige overskrifter og landemerker, slik at de kan navigeres med "
            "skjermleser.</li><li>Alt kan brukes med tastatur, og du ser hvor du er på siden.</li><li>Tekst "
            "og bakgrunn har god nok kontrast, og sidene fungerer når teksten forstørres til 200 prosent."
            "</li><li>Sidene kan leses på mobil uten at du må rulle sidelengs.</li><li>Hver metode og hvert "
            "verktøy har et avsnitt i klarspråk («Kort fortalt»).</li><li>Sidene kan skrives ut uten meny, "
            "og adressene til lenker vises på papiret.</li></ul>",
        ),
        ("heading", "Dette er ikke godt nok ennå"),
        (
            "paragraph",
            "<ul><li>Noen nedlastbare dokumenter (PDF) er ikke merket med struktur for skjermlesere. Si fra "
            "hvis du trenger en tilgjengelig versjon, så hjelper vi deg.</li><li>Innhold på nynorsk, "
            "engelsk og nordsamisk er under arbeid. Noen sider finnes foreløpig bare på bokmål.</li></ul>",
        ),
        ("heading", "Si fra om feil og mangler"),
        (
            "paragraph",
            "<p>Opplever du at noe på nettstedet er vanskelig å bruke, vil vi gjerne høre om det. Ta kontakt "
            'med nettverket gjennom et av <a href="/sentre/">sentrene</a>. Fortell hvilken side det gjelder, '
            "og hva som ikke virket, så følger vi det opp.</p>",
        ),
        (
            "callout",
            {
                "tone": "tip",
                "heading": "Du kan også klage til tilsynet",
                "text": "<p>Er du ikke fornøyd med svaret du får, kan du melde fra til Tilsynet for "
                "universell utforming av IKT (Uu-tilsynet), som fører tilsyn med kravene. Se "
                '<a href="https://www.uutilsynet.no/">uutilsynet.no</a>.</p>',
            },
        ),
        ("heading", "Om erklæringen"),
        (
            "paragraph",
            "<p>Erklæringen gjelder nettstedet til Knutepunkt for Recovery. Den bygger på vår egen "
            "vurdering, testing med automatiske verktøy og gjennomgang med tastatur. Vi "
            "oppdaterer den når vi gjør endringer som påvirker tilgjengeligheten.</p>",
        ),
    ],
}
