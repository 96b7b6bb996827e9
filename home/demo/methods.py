"""Demo methods and tools: original Norwegian texts (bokmål; three in nynorsk).

The methods are invented for the demo and attributed to the centres only to show how the library works.
Names are made up, people are described as groups, quotes are anonymous, "in use" entries are generic,
and no study is claimed that does not exist: references cite only well-known general literature.
Research levels say where the knowledge stands; internal evaluations are called what they are.
"""

# Well-known general literature (title and year only).
ANTHONY_1993 = {
    "title": "Anthony, W. A. (1993). Recovery from mental illness: The guiding vision of the mental health "
    "service system in the 1990s. Psychosocial Rehabilitation Journal, 16(4), 11–23.",
    "year": 1993,
}
DEEGAN_1988 = {
    "title": "Deegan, P. E. (1988). Recovery: The lived experience of rehabilitation. Psychosocial "
    "Rehabilitation Journal, 11(4), 11–19.",
    "year": 1988,
}
LEAMY_2011 = {
    "title": "Leamy, M., Bird, V., Le Boutillier, C., Williams, J. og Slade, M. (2011). Conceptual framework "
    "for personal recovery in mental health: systematic review and narrative synthesis. British Journal "
    "of Psychiatry, 199(6), 445–452.",
    "year": 2011,
}
SLADE_2009 = {
    "title": "Slade, M. (2009). Personal Recovery and Mental Illness: A Guide for Mental Health "
    "Professionals. Cambridge University Press.",
    "year": 2009,
}
SAMMEN_OM_MESTRING = {
    "title": "Helsedirektoratet (2014). Sammen om mestring. Veileder i lokalt psykisk helsearbeid og "
    "rusarbeid for voksne.",
    "year": 2014,
}
PARORENDEVEILEDER = {
    "title": "Helsedirektoratet (2017). Pårørendeveileder. Veileder om pårørende i helse- og "
    "omsorgstjenesten.",
    "year": 2017,
}


def paragraph(html):
    return ("paragraph", html)


def steps(heading, items):
    return ("steps", {"heading": heading, "steps": [{"title": title, "text": text} for title, text in items]})


def quote(text, attribution):
    return ("quote", {"quote": text, "attribution": attribution})


def callout(tone, heading, text):
    return ("callout", {"tone": tone, "heading": heading, "text": text})


EMERGENCY = (
    "<p>Ved fare for liv eller helse: ring medisinsk nødtelefon 113. Legevakten når du på 116 117, hele "
    "døgnet.</p>"
)

METHODS = [
    # ------------------------------------------------------------------ Bikuben
    {
        "slug": "kompassgruppa",
        "centre": "bikuben",
        "kind": "method",
        "language": "nb",
        "title": "Kompassgruppa – mestringsgruppe for hverdagslivet",
        "summary": (
            "Kompassgruppa er en mestringsgruppe der 6–10 deltakere møtes ti ganger for å dele erfaringer og "
            "finne egne veier til et bedre hverdagsliv. Gruppa ledes av en erfaringskonsulent og en ansatt i "
            "kommunen sammen."
        ),
        "plain_summary": (
            "Du møter andre som også har hatt det tungt. Dere snakker om hverdagen og om hva som hjelper. Du "
            "bestemmer selv hvor mye du vil fortelle."
        ),
        "aim": (
            "<p>Kompassgruppa skal hjelpe deltakerne å ta tilbake styringen i eget liv. Målet er at hver "
            "deltaker finner noen små, konkrete steg som gjør hverdagen lettere, og opplever å bli møtt som "
            "likeverdig.</p><p>Gruppa skal også gi et fellesskap som kan vare etter at møtene er over.</p>"
        ),
        "target_groups": [
            "Personer med psykiske helseutfordringer",
            "Personer med rusutfordringer",
            "Ansatte i kommunen",
        ],
        "target_group_description": (
            "Voksne som lever med psykiske helseutfordringer eller rusutfordringer, og som vil arbeide med "
            "hverdagen sin sammen med andre. Det kreves verken henvisning eller diagnose."
        ),
        "lived_experience_origin": (
            "<p>Kompassgruppa ble utviklet ved Bikuben av en arbeidsgruppe med fire erfaringskonsulenter og to "
            "ansatte fra kommunale tjenester. Utgangspunktet var at mange som kom til senteret, savnet et sted "
            "å snakke om det praktiske – søvn, økonomi, venner og det å komme seg ut – uten at det ble "
            "behandling.</p><p>Temaene for de ti møtene ble valgt etter samtaler med tidligere deltakere i "
            "andre grupper. Den første gruppa var med på å justere opplegget underveis, og flere av "
            "formuleringene i arbeidsarkene er deres.</p>"
        ),
        "research_level": "theory-based",
        "research_assessed_by": "Senteret selv, ut fra litteratur om personlig recovery",
        "experience_level": "user-evaluated",
        "practice_level": "in-use",
        "evidence": (
            "<p><strong>Forskningsbasert kunnskap:</strong> Kompassgruppa er ikke undersøkt i egne studier. "
            "Den bygger på forståelsen av personlig recovery som en prosess preget av tilhørighet, håp, "
            "identitet, mening og egenkraft, slik den er beskrevet i recovery-litteraturen.</p>"
            "<p><strong>Erfaringskunnskap:</strong> Etter hver gruppe fyller deltakerne ut et kort "
            "evalueringsskjema som er laget sammen med erfaringskonsulentene. Tilbakemeldingene er brukt til "
            "å endre rekkefølgen på temaene og korte ned møtene.</p>"
            "<p><strong>Praksiskunnskap:</strong> Gruppa har vært gjennomført flere ganger, i samarbeid med "
            "kommunale tjenester i regionen.</p>"
        ),
        "references": [LEAMY_2011, ANTHONY_1993],
        "how_to": [
            paragraph(
                "<p>Gruppa følger en fast struktur, men innholdet i hvert møte styres av deltakerne. Hvert møte "
                "har et tema, en kort innledning fra en av gruppelederne og god tid til samtale.</p>"
            ),
            steps(
                "Slik gjennomfører dere gruppa",
                [
                    (
                        "Forbered oppstarten",
                        "<p>Ha en kort samtale med hver deltaker før første møte. Spør hva de håper å få ut "
                        "av gruppa, og hva som kan gjøre det vanskelig å delta.</p>",
                    ),
                    (
                        "Første møte: bli kjent",
                        "<p>Lag gruppeavtaler sammen: taushet, å kunne stå over, å ta pauser. Ingen må dele "
                        "mer enn de vil.</p>",
                    ),
                    (
                        "Møte 2–9: ett tema om gangen",
                        "<p>Søvn og hvile, økonomi, mennesker rundt meg, å komme seg ut, gode og tunge dager, "
                        "rettigheter, drømmer og mål, og å be om hjelp. Avslutt hvert møte med at hver "
                        "deltaker velger ett lite steg til neste gang.</p>",
                    ),
                    (
                        "Siste møte: veien videre",
                        "<p>Se tilbake på stegene deltakerne har tatt. Snakk om hvordan fellesskapet kan "
                        "fortsette, for eksempel som en selvdrevet gruppe.</p>",
                    ),
                    (
                        "Etterpå",
                        "<p>Samle evalueringene og gå gjennom dem sammen med en eller to deltakere før neste "
                        "gruppe starter.</p>",
                    ),
                ],
            ),
            quote(
                "Jeg trodde jeg skulle sitte og høre på de andre. Så var det jeg som kom med et tips til dem. "
                "Det hadde jeg ikke gjort på lenge.",
                "Deltaker i mestringsgruppe",
            ),
            callout(
                "important",
                "Gruppa er ikke behandling",
                "<p>Gruppelederne skal vite hvem deltakerne kan kontakte hvis noen får det vanskeligere "
                "underveis. Avtal dette med den kommunale tjenesten før oppstart.</p>",
            ),
        ],
        "duration": "10 møter à 2 timer, én gang i uka",
        "group_size": "6–10 deltakere",
        "facilitators": "En erfaringskonsulent og en ansatt i kommunen, sammen",
        "prerequisites": (
            "<ul><li>Et rolig rom der alle kan sitte i ring, gjerne utenfor et behandlingssted.</li>"
            "<li>Kaffe og noe å spise.</li><li>Om lag fire timer til forberedelse og etterarbeid per møte for "
            "de to gruppelederne til sammen.</li><li>En avtale med kommunen om hvem deltakerne kan kontakte "
            "ved behov.</li></ul>"
        ),
        "training": (
            "<p>Gruppelederne bør selv ha deltatt i en Kompassgruppe eller ha gått gruppelederopplæringen ved "
            "Bikuben (to dager). Erfaringskonsulenten bør ha arbeidet med egen historie, slik at den kan "
            "deles med omtanke.</p>"
        ),
        "usages": [("Flere kommuner i regionen", "municipality"), ("Bikuben", "centre")],
        "themes": ["Recovery", "Mestring", "Likepersonsarbeid", "Psykisk helse"],
        "related": ["egne-steg", "min-kriseplan"],
        "published": "2023-03-14",
        "last_substantive_update": "2025-09-02",
    },
    {
        "slug": "ved-siden-av",
        "centre": "bikuben",
        "kind": "method",
        "language": "nb",
        "title": "Ved siden av – kurs for pårørende",
        "summary": (
            "Et kurs over fem kvelder for voksne pårørende til mennesker med psykiske helseutfordringer eller "
            "rusutfordringer. Kurset gir kunnskap, rom for egne reaksjoner og hjelp til å ta vare på seg selv."
        ),
        "plain_summary": (
            "Kurset er for deg som står nær en som har det vanskelig. Du lærer mer om psykisk helse og rus, "
            "om rettighetene dine og om hvordan du kan ta vare på deg selv."
        ),
        "aim": (
            "<p>Kurset skal gi pårørende mer kunnskap, bedre mestring og mindre ensomhet. Deltakerne skal "
            "kjenne rettighetene sine, vite hvor de kan få hjelp og få snakke om egne behov – ikke bare om "
            "den de er pårørende til.</p>"
        ),
        "target_groups": ["Pårørende", "Ansatte i kommunen", "Ansatte i spesialisthelsetjenesten"],
        "target_group_description": (
            "Voksne pårørende: foreldre, partnere, søsken, voksne barn og venner. Kurset passer både for "
            "nye pårørende og for dem som har stått i det lenge. Ansatte kan bruke kurset som et tilbud til "
            "pårørende i sin tjeneste."
        ),
        "lived_experience_origin": (
            "<p>Kurset ble utviklet av en arbeidsgruppe med fem pårørende og en erfaringskonsulent ved "
            "Bikuben. Alle i gruppa hadde vært pårørende i mange år. De beskrev hva de hadde savnet: "
            "informasjon tidlig, noen som spurte hvordan de selv hadde det, og et sted der de kunne være "
            "ærlige uten å føle at de sviktet den de er glad i.</p><p>Deltakere fra de første kursene har "
            "siden vært med på å revidere innholdet, blant annet ved å skrive om kvelden om rettigheter.</p>"
        ),
        "research_level": "some-evidence",
        "research_assessed_by": "Senteret selv, på grunnlag av en egen før- og etterundersøkelse",
        "experience_level": "established",
        "practice_level": "ready-to-spread",
        "evidence": (
            "<p><strong>Forskningsbasert kunnskap:</strong> Senteret har gjort en egen, upublisert før- og "
            "etterundersøkelse blant deltakerne på flere kurs. Den tyder på at deltakerne opplever mindre "
            "ensomhet og mer trygghet i rollen etter kurset. Undersøkelsen har ingen kontrollgruppe, så "
            "resultatet må leses med forsiktighet. Kurset støtter opp under Helsedirektoratets anbefalinger "
            "om å involvere og støtte pårørende.</p>"
            "<p><strong>Erfaringskunnskap:</strong> Deltakerne evaluerer hver kveld og hele kurset. De "
            "vanligste tilbakemeldingene er at det hjelper å møte andre i samme situasjon, og at kvelden om "
            "egne grenser er den viktigste.</p>"
            "<p><strong>Praksiskunnskap:</strong> Kurset holdes jevnlig, og kursholdere i flere regioner har "
            "fått opplæring og bruker kursmanualen.</p>"
        ),
        "references": [PARORENDEVEILEDER],
        "how_to": [
            paragraph(
                "<p>Kurset går over fem kvelder med et fast tema hver kveld. Hver kveld starter med en kort "
                "innledning og går over i samtale i små grupper. Deltakerne får et informasjonsark å ta med "
                "hjem.</p>"
            ),
            steps(
                "Kveldene",
                [
                    (
                        "Å være pårørende",
                        "<p>Hvordan påvirker det livet å stå nær en som har det vanskelig? Deltakerne "
                        "forteller så mye eller lite de vil.</p>",
                    ),
                    (
                        "Psykisk helse og rus – hva vet vi?",
                        "<p>Kunnskap om vanlige utfordringer og om bedring, med vekt på at bedring er mulig."
                        "</p>",
                    ),
                    (
                        "Rettigheter og hvem som kan hjelpe",
                        "<p>Taushetsplikt og hva pårørende likevel kan få vite, retten til informasjon og "
                        "hvor man kan henvende seg. En fagperson fra kommunen er gjerne gjest denne kvelden."
                        "</p>",
                    ),
                    (
                        "Egne grenser og egen helse",
                        "<p>Å si nei, å be om avlastning og å kjenne etter hva man selv trenger.</p>",
                    ),
                    (
                        "Veien videre",
                        "<p>Hva tar jeg med meg? Informasjon om pårørendegrupper og andre møteplasser.</p>",
                    ),
                ],
            ),
            quote(
                "Det var første gang noen spurte hvordan jeg hadde det. Jeg gråt i bilen hjem, men det var en "
                "god gråt.",
                "Pårørende, deltaker på kurset",
            ),
            callout(
                "tip",
                "Gjør det lett å komme",
                "<p>Hold kurset på kveldstid, et sted som ikke er knyttet til behandling, og tilby kurset "
                "gratis. Mange pårørende har ikke fortalt noen at de er pårørende.</p>",
            ),
        ],
        "duration": "5 kvelder à 2,5 timer",
        "group_size": "8–16 deltakere",
        "facilitators": "To kursholdere med egen pårørendeerfaring, med en fagperson som gjest én kveld",
        "prerequisites": (
            "<ul><li>Et lokale med plass til samtale i små grupper.</li><li>Kursmanualen og "
            "informasjonsarkene, skrevet ut.</li><li>Honorar til kursholderne og en fagperson én kveld.</li>"
            "</ul>"
        ),
        "training": (
            "<p>Kursholderne går en opplæring på to dager ved Bikuben og får veiledning under det første "
            "kurset de holder.</p>"
        ),
        "usages": [("Flere kommuner i regionen", "municipality"), ("Pårørendeforeninger", "organisation")],
        "themes": ["Pårørendearbeid", "Mestring", "Psykisk helse", "Rus"],
        "related": ["parorandekveldar", "ung-og-naer"],
        "published": "2023-05-08",
        "last_substantive_update": "2026-02-10",
    },
    {
        "slug": "min-kriseplan",
        "centre": "bikuben",
        "kind": "tool",
        "language": "nb",
        "title": "Min kriseplan – mal og veileder",
        "summary": (
            "En mal for å lage en personlig kriseplan, med en veileder for å fylle den ut sammen med noen man "
            "stoler på. Planen beskriver varseltegn, hva som hjelper og hvem som skal kontaktes."
        ),
        "plain_summary": (
            "En kriseplan er en plan du lager mens du har det greit. Der skriver du hva som hjelper deg når "
            "det blir vanskelig, og hvem andre kan kontakte."
        ),
        "aim": (
            "<p>Kriseplanen skal gi personen mer kontroll i vanskelige perioder. Den gjør det lettere for "
            "pårørende og tjenester å gi den hjelpen personen selv ønsker, og mindre sannsynlig at andre tar "
            "avgjørelser uten å kjenne personens ønsker.</p>"
        ),
        "target_groups": [
            "Personer med psykiske helseutfordringer",
            "Personer med rusutfordringer",
            "Pårørende",
            "Ansatte i kommunen",
        ],
        "target_group_description": (
            "Alle som vil planlegge for vanskelige perioder. Malen kan fylles ut alene, men fungerer best "
            "sammen med en pårørende, en erfaringskonsulent eller en fast kontaktperson i tjenesten."
        ),
        "lived_experience_origin": (
            "<p>Malen ble laget fordi mange av dem som kom til Bikuben, hadde kriseplaner som var skrevet av "
            "andre, på et språk de ikke kjente seg igjen i. En gruppe på seks brukere og to pårørende gikk "
            "gjennom skjemaer de hadde fått, og skrev om spørsmålene slik at de kan besvares med egne ord."
            "</p><p>Veilederen bygger på det gruppa la mest vekt på: at planen eies av personen selv, og at "
            "den må være kort nok til å bli brukt.</p>"
        ),
        "research_level": "not-assessed",
        "research_assessed_by": "",
        "experience_level": "collected",
        "practice_level": "in-use",
        "evidence": (
            "<p><strong>Forskningsbasert kunnskap:</strong> Denne malen er ikke vurdert. Kriseplaner er mye "
            "brukt i psykisk helsearbeid, men virkningen av akkurat denne utformingen er ikke undersøkt.</p>"
            "<p><strong>Erfaringskunnskap:</strong> Spørsmålene bygger på samlede erfaringer fra brukere og "
            "pårørende om hva som gjorde tidligere kriseplaner nyttige eller unyttige.</p>"
            "<p><strong>Praksiskunnskap:</strong> Malen brukes av erfaringskonsulenter og i kommunale "
            "tjenester i flere kommuner.</p>"
        ),
        "references": [SAMMEN_OM_MESTRING],
        "how_to": [
            steps(
                "Slik lager du planen",
                [
                    (
                        "Velg et rolig tidspunkt",
                        "<p>En kriseplan lages best når du har det forholdsvis greit. Sett av en time.</p>",
                    ),
                    (
                        "Fyll ut sammen med noen",
                        "<p>Velg en du stoler på. Den andre skal spørre og skrive, ikke bestemme.</p>",
                    ),
                    (
                        "Skriv med egne ord",
                        "<p>Hvordan merker du at det går nedover? Hva hjelper – og hva hjelper ikke? Hvem "
                        "vil du at skal kontaktes, og hvem skal ikke?</p>",
                    ),
                    (
                        "Del planen",
                        "<p>Bestem selv hvem som skal ha en kopi: pårørende, fastlege, kommunen eller andre."
                        "</p>",
                    ),
                    (
                        "Se over planen jevnlig",
                        "<p>Gå gjennom planen etter en vanskelig periode og minst én gang i året.</p>",
                    ),
                ],
            ),
            quote(
                "Da jeg skrev den selv, ble den min. Den forrige lå bare i en journal.",
                "Bruker som har laget egen kriseplan",
            ),
            callout("important", "Planen erstatter ikke akutt hjelp", EMERGENCY),
        ],
        "duration": "1–2 samtaler à 45 minutter",
        "group_size": "Én person, gjerne med én støtteperson",
        "facilitators": "Personen selv, gjerne sammen med en pårørende, en erfaringskonsulent eller en "
        "kontaktperson",
        "prerequisites": (
            "<ul><li>Malen, på papir eller som dokument.</li><li>En time uten avbrytelser.</li><li>En avtale "
            "om hvem som får kopi av planen.</li></ul>"
        ),
        "training": (
            "<p>Ingen opplæring er nødvendig. Ansatte som skal hjelpe mange med kriseplaner, har nytte av å "
            "lese veilederen og fylle ut en plan for seg selv først.</p>"
        ),
        "usages": [
            ("Flere kommuner i regionen", "municipality"),
            ("Erfaringskonsulenter i regionen", "other"),
        ],
        "themes": ["Kriseplan", "Mestring", "Brukermedvirkning", "Psykisk helse"],
        "related": ["hjelpekortet", "kompassgruppa"],
        "published": "2023-09-19",
        "last_substantive_update": "2025-03-11",
    },
    # ------------------------------------------------------------------ Vårres
    {
        "slug": "side-om-side",
        "centre": "varres",
        "kind": "method",
        "language": "nb",
        "title": "Side om side – samtalemodell for likepersoner",
        "summary": (
            "En samtalemodell for erfaringskonsulenter og likepersoner som har samtaler én til én. Modellen har "
            "fem faser og legger vekt på å lytte, dele egen erfaring med omtanke og la personen selv styre "
            "retningen."
        ),
        "plain_summary": (
            "Du snakker med en som har vært i en lignende situasjon. Den du snakker med, lytter, deler litt av "
            "sin egen historie hvis det kan hjelpe, og lar deg bestemme hva dere skal snakke om."
        ),
        "aim": (
            "<p>Modellen skal gjøre likepersonssamtaler tryggere og mer gjennomtenkte, både for den som søker "
            "støtte og for den som gir den. Den gir et felles språk for hvordan egen erfaring kan brukes i "
            "samtalen, og hvor grensene går.</p>"
        ),
        "target_groups": [
            "Erfaringskonsulenter",
            "Personer med psykiske helseutfordringer",
            "Personer med rusutfordringer",
            "Ansatte i kommunen",
        ],
        "target_group_description": (
            "Erfaringskonsulenter og likepersoner i kommunale tjenester, i spesialisthelsetjenesten og i "
            "brukerorganisasjoner – og de menneskene de snakker med."
        ),
        "lived_experience_origin": (
            "<p>Side om side ble utviklet ved Vårres sammen med en gruppe erfaringskonsulenter som hadde jobbet "
            "i ulike tjenester i flere år. De beskrev samtaler som hadde gått godt og samtaler som hadde gått "
            "skjevt, og fant fram til hva som skilte dem. De fem fasene i modellen har navn gruppa selv valgte."
            "</p><p>Personer som selv har hatt likepersonssamtaler, har lest og kommentert modellen, særlig "
            "delen om når likepersonen bør dele av egen historie og når det er bedre å la være.</p>"
        ),
        "research_level": "theory-based",
        "research_assessed_by": "Senteret selv, på grunnlag av litteratur om likepersonsarbeid",
        "experience_level": "user-evaluated",
        "practice_level": "in-use",
        "evidence": (
            "<p><strong>Forskningsbasert kunnskap:</strong> Det finnes mye internasjonal forskning på "
            "likepersonsarbeid i psykisk helse, men denne samtalemodellen er ikke undersøkt for seg. Modellen "
            "bygger på recovery-litteraturen, der håp og det å bli møtt av noen som har vært der selv, "
            "beskrives som viktig for bedring.</p>"
            "<p><strong>Erfaringskunnskap:</strong> Personer som har hatt samtaler etter modellen, har gitt "
            "tilbakemeldinger gjennom et kort skjema og i fokusgrupper.</p>"
            "<p><strong>Praksiskunnskap:</strong> Modellen brukes av erfaringskonsulenter i flere tjenester "
            "og er en del av veiledningen de får.</p>"
        ),
        "references": [DEEGAN_1988, ANTHONY_1993],
        "how_to": [
            paragraph(
                "<p>Modellen er en støtte, ikke en oppskrift. Fasene kan gå over i hverandre, og noen samtaler "
                "stopper ved den første.</p>"
            ),
            steps(
                "De fem fasene",
                [
                    ("Bli kjent", "<p>Fortell hvem du er og hva rollen din er. Avklar taushetsplikt.</p>"),
                    (
                        "Lytt etter det som er viktig",
                        "<p>Still åpne spørsmål. La personen bruke sine egne ord om det som skjer.</p>",
                    ),
                    (
                        "Del med omtanke",
                        "<p>Del av egen erfaring bare når det kan være til hjelp for den andre, og hold det "
                        "kort. Gi ordet tilbake.</p>",
                    ),
                    (
                        "Finn et lite steg",
                        "<p>Hva vil personen prøve før dere snakkes igjen? Steget skal være personens eget.</p>",
                    ),
                    (
                        "Avslutt og avtal",
                        "<p>Oppsummer, og avtal om og når dere skal snakke sammen igjen.</p>",
                    ),
                ],
            ),
            quote(
                "Hun sa ikke at hun forsto. Hun sa at hun hadde kjent på noe av det samme. Det var en stor "
                "forskjell.",
                "Person som har hatt likepersonssamtaler",
            ),
            callout(
                "tip",
                "Spør deg selv før du deler",
                "<p>Hvem deler jeg dette for? Hvis svaret er «for min egen del», vent og ta det med til "
                "veiledning i stedet.</p>",
            ),
        ],
        "duration": "Samtaler på 45–60 minutter, så lenge personen ønsker",
        "group_size": "Én til én",
        "facilitators": "Erfaringskonsulent eller likeperson som får jevnlig veiledning",
        "prerequisites": (
            "<ul><li>Et skjermet sted å snakke, eller en tur ute.</li><li>Jevnlig veiledning for "
            "likepersonen.</li><li>En leder som kjenner modellen og rollen.</li></ul>"
        ),
        "training": (
            "<p>To dagers opplæring ved Vårres, og veiledning i gruppe etterpå. Opplæringen bygger på "
            "grunnkurset for erfaringskonsulenter.</p>"
        ),
        "usages": [
            ("Flere kommuner i regionen", "municipality"),
            ("Et helseforetak i regionen", "health-trust"),
        ],
        "themes": ["Likepersonsarbeid", "Recovery", "Brukermedvirkning"],
        "related": ["erfaring-som-kompetanse", "hva-hjelper-kortene", "trinnvis"],
        "published": "2023-06-20",
        "last_substantive_update": "2025-11-04",
    },
    {
        "slug": "erfaring-som-kompetanse",
        "centre": "varres",
        "kind": "method",
        "language": "nb",
        "title": "Erfaring som kompetanse – grunnkurs for erfaringskonsulenter",
        "summary": (
            "Et grunnkurs over seks dager for personer som vil bruke egen erfaring med psykiske "
            "helseutfordringer eller rus i en jobb i helse- og velferdstjenestene. Kurset handler om å "
            "bearbeide, formidle og bruke erfaring på en trygg måte."
        ),
        "plain_summary": (
            "Kurset er for deg som har egen erfaring og vil bruke den i en jobb. Du lærer å fortelle om "
            "erfaringen din på en trygg måte, og du lærer hvordan tjenestene fungerer."
        ),
        "aim": (
            "<p>Kurset skal gjøre deltakerne i stand til å bruke egen erfaring som kompetanse i tjenestene: å "
            "skille mellom egen historie og det andre kan ha nytte av, å samarbeide likeverdig med fagfolk og "
            "å ta vare på seg selv i rollen.</p>"
        ),
        "target_groups": [
            "Erfaringskonsulenter",
            "Personer med psykiske helseutfordringer",
            "Personer med rusutfordringer",
            "Ansatte i kommunen",
        ],
        "target_group_description": (
            "Personer med egen erfaring som vil jobbe, eller alt jobber, som erfaringskonsulent, likeperson "
            "eller brukerrepresentant. Ledere som skal ansette erfaringskonsulenter, kan delta den siste "
            "kursdagen."
        ),
        "lived_experience_origin": (
            "<p>Kurset ble bygget opp av erfaringskonsulenter som selv hadde begynt i jobben uten opplæring. "
            "De beskrev hva de hadde trengt det første året: hjelp til å finne ut hva de ville dele, støtte "
            "til å stå i rollen når kolleger var usikre, og kunnskap om taushetsplikt og dokumentasjon.</p>"
            "<p>Hvert kull evaluerer kurset, og en referansegruppe med tidligere deltakere går gjennom "
            "innholdet hvert år.</p>"
        ),
        "research_level": "well-described",
        "research_assessed_by": "Senteret selv",
        "experience_level": "established",
        "practice_level": "ready-to-spread",
        "evidence": (
            "<p><strong>Forskningsbasert kunnskap:</strong> Kurset er ikke forskningsevaluert, men mål, "
            "målgruppe, innhold og læringsformer er beskrevet i en kursplan som gjør det mulig å vurdere det."
            "</p><p><strong>Erfaringskunnskap:</strong> Kurset er holdt og evaluert av deltakere i flere "
            "regioner, med samme hovedfunn: deltakerne blir tryggere på hva de vil dele, og på sin rolle.</p>"
            "<p><strong>Praksiskunnskap:</strong> Kursplan, deltakerhefte og veiledning for kursledere er "
            "klare, slik at andre kan holde kurset.</p>"
        ),
        "references": [SLADE_2009],
        "how_to": [
            steps(
                "Kursdagene",
                [
                    (
                        "Min historie – og hva jeg vil dele",
                        "<p>Å skille mellom det som er privat, det som er personlig, og det som kan brukes."
                        "</p>",
                    ),
                    ("Recovery og hva som hjelper", "<p>Personlig bedring, og hva tjenester kan gjøre.</p>"),
                    (
                        "Rollen: likeverdig, men annerledes",
                        "<p>Hva erfaringskonsulenten bidrar med, og hvordan rollen kan beskrives i en "
                        "stillingsbeskrivelse.</p>",
                    ),
                    (
                        "Taushetsplikt, dokumentasjon og etikk",
                        "<p>De samme reglene som for kolleger, og noen egne dilemmaer.</p>",
                    ),
                    (
                        "Samarbeid og veiledning",
                        "<p>Å bruke veiledning, og å si fra når noe er vanskelig.</p>",
                    ),
                    (
                        "Veien inn i jobb",
                        "<p>Søknad, arbeidsavtale og de første månedene. Ledere kan delta denne dagen.</p>",
                    ),
                ],
            ),
            quote(
                "Jeg lærte at historien min er min. Jeg kan bruke deler av den, men jeg trenger ikke legge alt "
                "på bordet.",
                "Deltaker på grunnkurset",
            ),
            callout(
                "important",
                "Kurset er ikke terapi",
                "<p>Deltakerne arbeider med egen historie, og det kan vekke mye. Kurslederne gjør tydelig hvor "
                "deltakerne kan få støtte ved behov, og deltakerne kan alltid ta en pause.</p>",
            ),
        ],
        "duration": "6 kursdager fordelt over tre måneder",
        "group_size": "12–18 deltakere",
        "facilitators": "To kursledere med bakgrunn som erfaringskonsulenter, med fagpersoner som gjester",
        "prerequisites": (
            "<ul><li>Et kurslokale med grupperom.</li><li>Deltakerhefte og refleksjonslogg til hver deltaker."
            "</li><li>Honorar til kursledere og gjester.</li></ul>"
        ),
        "training": (
            "<p>Kursledere bør ha erfaring som erfaringskonsulent og ha deltatt på kurset som medhjelper én "
            "gang før de leder det selv.</p>"
        ),
        "usages": [
            ("Regionale brukerstyrte sentre", "centre"),
            ("Flere kommuner i regionen", "municipality"),
        ],
        "themes": ["Likepersonsarbeid", "Arbeid og aktivitet", "Undervisning", "Recovery"],
        "related": ["side-om-side", "fra-innsida"],
        "published": "2024-01-16",
        "last_substantive_update": "2026-06-05",
    },
    {
        "slug": "hva-hjelper-kortene",
        "centre": "varres",
        "kind": "tool",
        "language": "nb",
        "title": "Hva hjelper? – samtalekort om bedring",
        "summary": (
            "En kortstokk med 48 kort som åpner for samtaler om bedring, håp og hverdag. Kortene kan brukes i "
            "samtaler én til én, i grupper og i undervisning."
        ),
        "plain_summary": (
            "Kortene har spørsmål og ord som gjør det lettere å snakke om hvordan du har det og hva som hjelper "
            "deg. Du velger selv hvilke kort du vil snakke om."
        ),
        "aim": (
            "<p>Kortene skal gjøre det lettere å starte samtaler om personens egne ressurser og ønsker, ikke "
            "bare om problemer og symptomer. De skal hjelpe både den som bruker tjenester og den som jobber "
            "der, å finne ord.</p>"
        ),
        "target_groups": [
            "Personer med psykiske helseutfordringer",
            "Ansatte i kommunen",
            "Erfaringskonsulenter",
            "Studenter og undervisere",
        ],
        "target_group_description": (
            "Alle som har samtaler om bedring: brukere, pårørende, ansatte og erfaringskonsulenter. Kortene "
            "brukes også i undervisning av studenter."
        ),
        "lived_experience_origin": (
            "<p>Spørsmålene på kortene kommer fra en serie verksteder der rundt tretti brukere og pårørende "
            "skrev ned spørsmål de skulle ønske at noen hadde stilt dem. En mindre gruppe valgte ut, sorterte "
            "og forenklet spørsmålene, og prøvde kortene i to samtalegrupper før de fikk sin endelige form.</p>"
        ),
        "research_level": "not-assessed",
        "research_assessed_by": "",
        "experience_level": "collected",
        "practice_level": "in-use",
        "evidence": (
            "<p><strong>Forskningsbasert kunnskap:</strong> Kortene er ikke vurdert.</p>"
            "<p><strong>Erfaringskunnskap:</strong> Spørsmålene er samlet systematisk fra brukere og pårørende "
            "og prøvd i grupper.</p><p><strong>Praksiskunnskap:</strong> Kortene brukes i flere tjenester og i "
            "undervisning.</p>"
        ),
        "references": [],
        "how_to": [
            paragraph(
                "<p>Kortene er delt i fire farger: <em>Hverdag</em>, <em>Håp</em>, <em>Mennesker rundt meg</em> "
                "og <em>Veien videre</em>. Det finnes ingen riktig rekkefølge.</p>"
            ),
            steps(
                "Slik kan dere bruke kortene",
                [
                    ("Legg kortene ut", "<p>Legg ut et utvalg kort med teksten opp.</p>"),
                    (
                        "La personen velge",
                        "<p>Personen velger ett eller flere kort som betyr noe akkurat nå.</p>",
                    ),
                    (
                        "Snakk om kortet",
                        "<p>Spør hvorfor dette kortet ble valgt. Lytt mer enn du snakker.</p>",
                    ),
                    (
                        "Avslutt med «Veien videre»",
                        "<p>Et kort fra den siste fargen hjelper dere å avslutte med noe å ta med seg.</p>",
                    ),
                ],
            ),
            quote("Det var lettere å peke på et kort enn å si det selv.", "Bruker som har prøvd kortene"),
            callout(
                "tip",
                "I undervisning",
                "<p>La studentene trekke et kort og svare for seg selv før de snakker om hvordan det ville vært "
                "å få spørsmålet i en sårbar situasjon.</p>",
            ),
        ],
        "duration": "15–60 minutter",
        "group_size": "1–8 personer",
        "facilitators": "Alle som har samtaler: ansatte, erfaringskonsulenter, pårørende",
        "prerequisites": "<p>Kortene, skrevet ut og klippet, eller som trykt kortstokk.</p>",
        "training": "<p>Ingen opplæring er nødvendig. Les bruksveiledningen på første ark.</p>",
        "usages": [("Flere kommuner i regionen", "municipality"), ("Høyskoler og universiteter", "other")],
        "themes": ["Recovery", "Mestring", "Brukermedvirkning"],
        "related": ["side-om-side", "forste-mote"],
        "published": "2024-04-09",
        "last_substantive_update": "2024-11-20",
    },
    # ------------------------------------------------------------------ KBT
    {
        "slug": "brukarspegelen",
        "centre": "kbt",
        "kind": "method",
        "language": "nn",
        "title": "Brukarspegelen – brukarstyrt evaluering av tenester",
        "summary": (
            "Brukarspegelen er ein metode der brukarar og pårørande sjølve planlegg, gjennomfører og analyserer "
            "ei evaluering av ei teneste. Resultatet er ein rapport med forslag til betringar som tenesta og "
            "brukarane eig saman."
        ),
        "plain_summary": (
            "Folk som sjølve har brukt tenester, intervjuar andre brukarar om korleis tenesta er. Så lagar dei "
            "ein rapport med forslag til kva som kan bli betre."
        ),
        "aim": (
            "<p>Metoden skal gje tenestene kunnskap om korleis tilbodet blir opplevd av dei som bruker det, og "
            "føre til konkrete betringar. Fordi det er brukarar som intervjuar brukarar, kjem det ofte fram "
            "ting som ikkje kjem fram i vanlege brukarundersøkingar.</p>"
        ),
        "target_groups": [
            "Ansatte i kommunen",
            "Ansatte i spesialisthelsetjenesten",
            "Personer med psykiske helseutfordringer",
            "Personer med rusutfordringer",
            "Pårørende",
        ],
        "target_group_description": (
            "Leiarar og tilsette i kommunale tenester og i helseføretak som vil vite korleis tenesta verkar for "
            "brukarane – og brukarar og pårørande som vil vere med og evaluere."
        ),
        "lived_experience_origin": (
            "<p>Brukarspegelen vart utvikla ved KBT av ei arbeidsgruppe med brukarar, pårørande og tilsette "
            "med røynsle frå tenesteutvikling. Gruppa ville ha ein metode der brukarane ikkje berre svarar på "
            "spørsmål, men òg bestemmer kva det skal spørjast om, og korleis svara skal tolkast.</p>"
            "<p>Intervjuarane har sjølve erfaring som brukarar eller pårørande og får opplæring før kvar "
            "evaluering.</p>"
        ),
        "research_level": "well-described",
        "research_assessed_by": "Senteret sjølv",
        "experience_level": "established",
        "practice_level": "ready-to-spread",
        "evidence": (
            "<p><strong>Forskingsbasert kunnskap:</strong> Metoden er ikkje forskingsevaluert, men føremål, "
            "framgangsmåte og materiell er skildra så godt at han kan vurderast.</p>"
            "<p><strong>Erfaringskunnskap:</strong> Metoden er brukt i fleire regionar. Både intervjuarar og "
            "tenester har evaluert han, og dei melder om forslag som er konkrete nok til å bli følgde opp.</p>"
            "<p><strong>Praksiskunnskap:</strong> Rettleiar, intervjuguide og opplæringsopplegg er klare.</p>"
        ),
        "references": [],
        "how_to": [
            steps(
                "Slik går ei evaluering føre seg",
                [
                    (
                        "Avtal med tenesta",
                        "<p>Skriv ei avtale om kva som skal evaluerast, kven som eig resultata, og korleis "
                        "tenesta skal svare på forslaga.</p>",
                    ),
                    (
                        "Set saman evalueringsgruppa",
                        "<p>Fire til seks brukarintervjuarar med eiga erfaring, og ein prosjektleiar.</p>",
                    ),
                    (
                        "Lag spørsmåla saman",
                        "<p>Gruppa lagar intervjuguiden med utgangspunkt i det brukarane meiner er viktig.</p>",
                    ),
                    ("Intervju", "<p>Brukarar intervjuar brukarar, gjerne to og to.</p>"),
                    (
                        "Analyser i lag",
                        "<p>Gruppa les gjennom intervjua og finn fram til dei viktigaste funna.</p>",
                    ),
                    (
                        "Legg fram og følg opp",
                        "<p>Rapporten blir lagd fram for tenesta i eit felles møte. Etter eit halvt år møtest "
                        "ein igjen for å sjå kva som er gjort.</p>",
                    ),
                ],
            ),
            quote(
                "Eg svarte annleis når det var ein som hadde vore der sjølv, som spurde.",
                "Deltakar som vart intervjua",
            ),
            callout(
                "important",
                "Avtal oppfølging før de startar",
                "<p>Ei evaluering utan oppfølging kan gjere meir skade enn nytte. Tenesta bør på førehand "
                "love å svare på forslaga innan ein avtalt frist.</p>",
            ),
        ],
        "duration": "3–5 månader frå avtale til rapport",
        "group_size": "4–6 brukarintervjuarar og 15–30 som blir intervjua",
        "facilitators": "Ein prosjektleiar frå senteret og brukarintervjuarar med eiga erfaring",
        "prerequisites": (
            "<ul><li>Ei skriftleg avtale med tenesta.</li><li>Honorar til brukarintervjuarane.</li><li>Rom for "
            "intervju der folk kan snakke fritt.</li><li>Om lag 150–250 arbeidstimar totalt.</li></ul>"
        ),
        "training": (
            "<p>Brukarintervjuarane får to dagar opplæring i intervju, teieplikt og analyse før kvar "
            "evaluering.</p>"
        ),
        "usages": [
            ("Fleire kommunar i regionen", "municipality"),
            ("Eit helseføretak i regionen", "health-trust"),
        ],
        "themes": ["Brukermedvirkning", "Tjenesteutvikling", "Psykisk helse", "Rus"],
        "related": ["felles-bord", "fra-innsida"],
        "published": "2023-04-25",
        "last_substantive_update": "2026-03-17",
    },
    {
        "slug": "fra-innsida",
        "centre": "kbt",
        "kind": "method",
        "language": "nn",
        "title": "Frå innsida – erfaringsbasert undervisning for studentar",
        "summary": (
            "Eit undervisningsopplegg der personar med eiga erfaring og pårørande underviser studentar i helse- "
            "og sosialfag saman med ein faglærar. Studentane høyrer om møte med tenestene frå innsida og øver "
            "på å lytte."
        ),
        "plain_summary": (
            "Folk med eiga erfaring fortel studentar korleis det er å få hjelp. Studentane lærer kva som "
            "hjelper, og kva som ikkje gjer det."
        ),
        "aim": (
            "<p>Opplegget skal gje framtidige fagfolk eit anna blikk på psykiske helseutfordringar og rus: at "
            "personen er meir enn diagnosen, at pårørande er ein ressurs, og at små ting i møtet kan gjere stor "
            "skilnad.</p>"
        ),
        "target_groups": ["Studenter og undervisere", "Erfaringskonsulenter", "Pårørende"],
        "target_group_description": (
            "Studentar i helse- og sosialfag, og undervisarar ved høgskular og universitet som vil bruke "
            "erfaringskompetanse i undervisninga."
        ),
        "lived_experience_origin": (
            "<p>Opplegget vart til etter at fleire med eiga erfaring hadde halde enkeltførelesingar for "
            "studentar og opplevd at det vart mykje forteljing og lite læring. Ei gruppe med tre undervisarar "
            "med eiga erfaring, ein pårørande og to faglærarar arbeidde fram ein struktur der erfaringa blir "
            "knytt til konkrete læringsmål.</p>"
        ),
        "research_level": "theory-based",
        "research_assessed_by": "Senteret sjølv, i samarbeid med faglærarar",
        "experience_level": "user-evaluated",
        "practice_level": "in-use",
        "evidence": (
            "<p><strong>Forskingsbasert kunnskap:</strong> Opplegget er ikkje forska på. Det byggjer på "
            "recovery-litteraturen og på pedagogisk tenking om læring gjennom refleksjon.</p>"
            "<p><strong>Erfaringskunnskap:</strong> Studentar og undervisarar evaluerer kvar økt. "
            "Undervisarane med eiga erfaring seier at strukturen gjer det tryggare å dele.</p>"
            "<p><strong>Praksiskunnskap:</strong> Opplegget er brukt ved fleire utdanningar.</p>"
        ),
        "references": [SLADE_2009],
        "how_to": [
            steps(
                "Slik planlegg og held de ei økt",
                [
                    (
                        "Planlegg med faglæraren",
                        "<p>Vel eitt eller to læringsmål frå emneplanen som erfaringa skal belyse.</p>",
                    ),
                    (
                        "Førebu forteljinga",
                        "<p>Undervisaren vel ut nokre få situasjonar frå eige liv som viser læringsmåla.</p>",
                    ),
                    (
                        "Undervisningsøkta",
                        "<p>Undervisaren og faglæraren vekslar mellom forteljing og fagstoff.</p>",
                    ),
                    ("Refleksjon i smågrupper", "<p>Studentane arbeider med refleksjonsspørsmål.</p>"),
                    (
                        "Etterarbeid for undervisaren",
                        "<p>Ein kort samtale med faglæraren etter økta: Korleis gjekk det, og korleis har du "
                        "det no?</p>",
                    ),
                ],
            ),
            quote(
                "Eg hadde lese om dette, men no veit eg korleis det kjennest.",
                "Student etter undervisningsøkt",
            ),
            callout(
                "tip",
                "Avtal kva som ikkje skal delast",
                "<p>Undervisaren avgjer kva som er privat. Faglæraren hjelper til med å styre spørsmål frå "
                "studentane som går over grensa.</p>",
            ),
        ],
        "duration": "2–3 timar per økt, gjerne to økter",
        "group_size": "20–80 studentar",
        "facilitators": "Ein undervisar med eiga erfaring og ein faglærar",
        "prerequisites": (
            "<ul><li>Ein faglærar som set av tid til planlegging.</li><li>Honorar til undervisaren, på lik linje "
            "med andre gjesteførelesarar.</li></ul>"
        ),
        "training": (
            "<p>Undervisarar med eiga erfaring bør ha gått eit grunnkurs for erfaringskonsulentar eller "
            "tilsvarande, og ha halde ei økt saman med ein røynd undervisar.</p>"
        ),
        "usages": [("Høgskular og universitet", "other")],
        "themes": ["Undervisning", "Recovery", "Brukermedvirkning"],
        "related": ["erfaring-som-kompetanse", "brukarspegelen"],
        "published": "2024-02-27",
        "last_substantive_update": "2025-10-14",
    },
    {
        "slug": "felles-bord",
        "centre": "kbt",
        "kind": "tool",
        "language": "nb",
        "title": "Felles bord – verktøy for samskaping av tjenester",
        "summary": (
            "En verktøykasse for verksteder der brukere, pårørende og ansatte utvikler en tjeneste sammen. Den "
            "inneholder en verkstedplan, en mal for å kartlegge brukerens vei gjennom tjenesten og regler for "
            "likeverdig samarbeid."
        ),
        "plain_summary": (
            "Et opplegg for møter der brukere, pårørende og ansatte planlegger en tjeneste sammen. Alle skal bli "
            "hørt, og ingen skal bestemme alene."
        ),
        "aim": (
            "<p>Verktøyet skal gjøre brukermedvirkning på systemnivå til reelt samarbeid, ikke en høring i "
            "etterkant. Det hjelper tjenester å planlegge verksteder der erfaringene til brukere og pårørende "
            "former løsningene fra starten.</p>"
        ),
        "target_groups": [
            "Ansatte i kommunen",
            "Ansatte i spesialisthelsetjenesten",
            "Personer med psykiske helseutfordringer",
            "Pårørende",
        ],
        "target_group_description": (
            "Ledere og ansatte som skal utvikle eller endre en tjeneste, og brukere og pårørende som deltar i "
            "arbeidet."
        ),
        "lived_experience_origin": (
            "<p>Felles bord bygger på erfaringer fra brukerrepresentanter som hadde sittet i mange arbeidsgrupper "
            "der avgjørelsene alt var tatt. Sammen med ansatte ved KBT beskrev de hva som skal til for at de kan "
            "bidra: tid til forberedelse, et språk alle forstår, og at uenighet skrives ned. Verkstedplanen er "
            "prøvd og justert i flere prosjekter.</p>"
        ),
        "research_level": "theory-based",
        "research_assessed_by": "Senteret selv, på grunnlag av litteratur om samskaping",
        "experience_level": "user-evaluated",
        "practice_level": "in-use",
        "evidence": (
            "<p><strong>Forskningsbasert kunnskap:</strong> Verktøyet er ikke undersøkt i egne studier. Det "
            "bygger på faglitteratur om samskaping og brukermedvirkning i offentlige tjenester.</p>"
            "<p><strong>Erfaringskunnskap:</strong> Brukere og pårørende som har deltatt i verksteder, har "
            "evaluert dem skriftlig og i etterkant av hvert verksted.</p>"
            "<p><strong>Praksiskunnskap:</strong> Brukt i utviklingsprosjekter i kommuner og helseforetak.</p>"
        ),
        "references": [],
        "how_to": [
            steps(
                "Fra mandat til oppfølging",
                [
                    (
                        "Avklar mandatet",
                        "<p>Hva kan endres, og hva ligger fast? Si det høyt fra starten.</p>",
                    ),
                    (
                        "Forbered alle",
                        "<p>Send sakspapirer til alle samtidig, minst en uke før. Tilby en forsamtale til "
                        "brukere og pårørende.</p>",
                    ),
                    (
                        "Kartlegg veien gjennom tjenesten",
                        "<p>Tegn sammen hvordan det er å møte tjenesten, fra første kontakt til avslutning.</p>",
                    ),
                    ("Finn forbedringer", "<p>Velg de forslagene som betyr mest for brukerne.</p>"),
                    (
                        "Skriv ned og følg opp",
                        "<p>Referatet viser også uenighet. Avtal når deltakerne får høre hva som skjedde.</p>",
                    ),
                ],
            ),
            quote(
                "For første gang fikk jeg sakspapirene en uke før, som alle andre.",
                "Brukerrepresentant i et verksted",
            ),
            callout(
                "tip",
                "Betal for tiden",
                "<p>Brukere og pårørende som deltar, bør få honorar på linje med andre eksterne bidragsytere.</p>",
            ),
        ],
        "duration": "2–4 verksteder à 3 timer",
        "group_size": "8–20 deltakere, minst en tredjedel brukere og pårørende",
        "facilitators": "En prosessleder fra senteret eller tjenesten, sammen med en brukerrepresentant",
        "prerequisites": (
            "<ul><li>Et tydelig mandat fra ledelsen.</li><li>Honorar til brukere og pårørende.</li><li>Store "
            "ark, tusjer og lapper.</li></ul>"
        ),
        "training": "<p>Prosessledere har nytte av en halv dags innføring ved KBT.</p>",
        "usages": [
            ("Flere kommuner i regionen", "municipality"),
            ("Et helseforetak i regionen", "health-trust"),
        ],
        "themes": ["Brukermedvirkning", "Tjenesteutvikling"],
        "related": ["brukarspegelen"],
        "published": "2025-01-21",
        "last_substantive_update": "2025-08-26",
    },
    # ------------------------------------------------------------------ Sagatun
    {
        "slug": "egne-steg",
        "centre": "sagatun",
        "kind": "method",
        "language": "nb",
        "title": "Egne steg – kurs i mestring",
        "summary": (
            "Et kurs i mestring over åtte samlinger for voksne med psykiske helseutfordringer. Deltakerne lærer "
            "om stress, søvn, tanker og relasjoner, og prøver ut små endringer i egen hverdag mellom "
            "samlingene."
        ),
        "plain_summary": (
            "På kurset lærer du om ting som påvirker hvordan du har det, som søvn og stress. Du prøver ut små "
            "endringer hjemme og forteller de andre hvordan det gikk."
        ),
        "aim": (
            "<p>Kurset skal gi deltakerne kunnskap og verktøy for å mestre hverdagen bedre, og erfaring med å "
            "sette seg egne mål og nå dem. Det skal også gi en opplevelse av fellesskap.</p>"
        ),
        "target_groups": ["Personer med psykiske helseutfordringer", "Ansatte i kommunen"],
        "target_group_description": (
            "Voksne som strever med for eksempel angst, nedstemthet eller stress, og som vil lære mer om hva "
            "de selv kan gjøre. Kommunale tjenester kan tilby kurset som en del av et lavterskeltilbud."
        ),
        "lived_experience_origin": (
            "<p>Kurset ble utviklet ved Sagatun av kursholdere med egen erfaring, sammen med en gruppe tidligere "
            "deltakere. De ønsket et kurs som ikke forklarte deltakerne hva som var galt med dem, men tok "
            "utgangspunkt i hva de selv ville få til. Hjemmeoppgavene ble utformet slik at de kan gjøres også i "
            "tunge perioder.</p>"
        ),
        "research_level": "some-evidence",
        "research_assessed_by": "Senteret selv, på grunnlag av en egen før- og etterundersøkelse",
        "experience_level": "user-evaluated",
        "practice_level": "ready-to-spread",
        "evidence": (
            "<p><strong>Forskningsbasert kunnskap:</strong> Senteret har gjort en egen, upublisert før- og "
            "etterundersøkelse blant deltakerne på flere kurs. Den tyder på at deltakerne opplever bedre "
            "mestring etter kurset. Undersøkelsen har ingen kontrollgruppe, så resultatet må leses med "
            "forsiktighet.</p><p><strong>Erfaringskunnskap:</strong> Deltakerne evaluerer kurset skriftlig og "
            "i en avslutningssamtale.</p><p><strong>Praksiskunnskap:</strong> Kurshefte og veiledning for "
            "kursholdere er ferdige, og kursholdere fra andre steder har fått opplæring.</p>"
        ),
        "references": [SAMMEN_OM_MESTRING],
        "how_to": [
            steps(
                "De åtte samlingene",
                [
                    ("Å være på kurs", "<p>Bli kjent, avtaler i gruppa og egne ønsker for kurset.</p>"),
                    ("Stress og sårbarhet", "<p>Hva tapper, og hva fyller på?</p>"),
                    ("Søvn og hvile", "<p>Gode vaner og hva man kan gjøre når søvnen svikter.</p>"),
                    ("Tanker og følelser", "<p>Å legge merke til tanker uten å måtte tro på alle.</p>"),
                    ("Aktivitet som gir energi", "<p>Små aktiviteter som gjør dagen bedre.</p>"),
                    ("Mennesker rundt meg", "<p>Nettverk, grenser og å be om hjelp.</p>"),
                    ("Når det butter imot", "<p>Tilbakeslag er en del av bedring.</p>"),
                    ("Veien videre", "<p>Hva tar jeg med meg, og hvem kan jeg ha med på laget?</p>"),
                ],
            ),
            quote(
                "Det var ingen som sa at jeg måtte. Det var derfor jeg gjorde det.",
                "Deltaker på mestringskurs",
            ),
            callout(
                "note",
                "Hjemmeoppgavene er frivillige",
                "<p>Det er like nyttig å fortelle hvorfor en oppgave ikke ble gjort, som å fortelle at den "
                "ble gjort.</p>",
            ),
        ],
        "duration": "8 samlinger à 2,5 timer",
        "group_size": "8–14 deltakere",
        "facilitators": "To kursholdere, hvorav minst én med egen erfaring",
        "prerequisites": (
            "<ul><li>Et kurslokale.</li><li>Kurshefte til hver deltaker.</li><li>En avtale med kommunen om "
            "hvem deltakerne kan kontakte ved behov.</li></ul>"
        ),
        "training": (
            "<p>Kursholdere går en opplæring på tre dager ved Sagatun. Veiledningen for kursholdere deles "
            "med dem som har gått opplæringen.</p>"
        ),
        "usages": [("Flere kommuner i regionen", "municipality"), ("Sagatun", "centre")],
        "themes": ["Mestring", "Psykisk helse", "Recovery"],
        "related": ["min-vei-videre", "kompassgruppa", "aktivitetskartet"],
        "published": "2023-08-29",
        "last_substantive_update": "2026-01-13",
    },
    {
        "slug": "min-vei-videre",
        "centre": "sagatun",
        "kind": "tool",
        "language": "nb",
        "title": "Min vei videre – arbeidsbok for bedring",
        "summary": (
            "En arbeidsbok med øvelser og spørsmål for den som vil arbeide med egen bedringsprosess, alene "
            "eller sammen med en støtteperson. Boka har ti kapitler, fra håp og drømmer til nettverk og "
            "hverdagsrutiner."
        ),
        "plain_summary": (
            "En bok du skriver i selv. Den har spørsmål som hjelper deg å tenke på hva du ønsker for livet ditt, "
            "og hva som kan hjelpe deg dit."
        ),
        "aim": (
            "<p>Arbeidsboka skal hjelpe personen å sette ord på egne mål og se egne ressurser, og gi et "
            "utgangspunkt for samtaler med tjenestene på personens premisser.</p>"
        ),
        "target_groups": [
            "Personer med psykiske helseutfordringer",
            "Personer med rusutfordringer",
            "Erfaringskonsulenter",
        ],
        "target_group_description": (
            "Voksne som vil arbeide med egen bedring i sitt eget tempo. Erfaringskonsulenter og andre "
            "støttepersoner kan bruke boka sammen med dem."
        ),
        "lived_experience_origin": (
            "<p>Arbeidsboka vokste fram i skrivegrupper ved Sagatun, der deltakerne delte øvelser som hadde "
            "hjulpet dem. En redaksjonsgruppe med fire deltakere og en erfaringskonsulent valgte ut øvelsene og "
            "skrev dem om til et enkelt språk. Utkastet ble prøvd av tolv personer som ga skriftlige "
            "tilbakemeldinger.</p>"
        ),
        "research_level": "theory-based",
        "research_assessed_by": "Senteret selv, ut fra litteratur om personlig recovery",
        "experience_level": "user-evaluated",
        "practice_level": "in-use",
        "evidence": (
            "<p><strong>Forskningsbasert kunnskap:</strong> Arbeidsboka er ikke undersøkt, men temaene følger "
            "det recovery-litteraturen beskriver som sentralt i personlig bedring.</p>"
            "<p><strong>Erfaringskunnskap:</strong> Prøvd og evaluert av brukere i skrivegrupper og av "
            "enkeltpersoner.</p><p><strong>Praksiskunnskap:</strong> Brukes i skrivegrupper og av "
            "erfaringskonsulenter i flere kommuner.</p>"
        ),
        "references": [ANTHONY_1993, LEAMY_2011],
        "how_to": [
            paragraph(
                "<p>Boka kan brukes alene, sammen med en støtteperson eller i en skrivegruppe. Det er ingen "
                "riktige svar, og ingen må vise fram det de har skrevet.</p>"
            ),
            steps(
                "Slik kan du bruke boka",
                [
                    (
                        "Start der du er",
                        "<p>Begynn med det kapitlet som føles riktig, ikke nødvendigvis det første.</p>",
                    ),
                    ("Ett kapittel av gangen", "<p>Ta pauser. Noen kapitler tar en uke, andre en dag.</p>"),
                    ("Del det du vil", "<p>Ta med sider til samtaler med tjenesten hvis du ønsker det.</p>"),
                    ("Se tilbake", "<p>Les det du skrev for en stund siden. Hva har endret seg?</p>"),
                ],
            ),
            quote(
                "Jeg skrev ting i boka som jeg ikke hadde sagt høyt til noen. Senere tok jeg den med til "
                "fastlegen.",
                "Bruker av arbeidsboka",
            ),
            callout(
                "tip",
                "Til deg som er støtteperson",
                "<p>Spør, men ikke les uten å bli invitert. Boka tilhører den som skriver i den.</p>",
            ),
        ],
        "duration": "I eget tempo, ofte 2–4 måneder",
        "group_size": "Én person, eventuelt i skrivegruppe med 4–8 deltakere",
        "facilitators": "Personen selv, eventuelt med en støtteperson eller erfaringskonsulent",
        "prerequisites": "<p>Arbeidsboka, skrevet ut eller som dokument, og noe å skrive med.</p>",
        "training": "<p>Ingen opplæring er nødvendig. Den som leder en skrivegruppe, bør ha erfaring med grupper.</p>",
        "usages": [("Flere kommuner i regionen", "municipality")],
        "themes": ["Recovery", "Mestring", "Psykisk helse", "Rus"],
        "related": ["egne-steg", "min-kriseplan"],
        "published": "2024-06-11",
        "last_substantive_update": "2025-12-02",
    },
    {
        "slug": "rundt-bordet",
        "centre": "sagatun",
        "kind": "method",
        "language": "nb",
        "title": "Rundt bordet – nettverksmøter med personen i sentrum",
        "summary": (
            "En modell for nettverksmøter der personen selv inviterer familie, venner og tjenester, og der "
            "møtet følger personens agenda. En erfaringskonsulent hjelper med forberedelse og oppfølging."
        ),
        "plain_summary": (
            "Du inviterer de menneskene som betyr noe for deg, og hjelperne dine, til et møte. Du bestemmer hva "
            "dere skal snakke om. En erfaringskonsulent hjelper deg å forberede deg."
        ),
        "aim": (
            "<p>Nettverksmøtet skal samle de viktigste menneskene rundt personen, slik at alle vet hva personen "
            "ønsker og hvem som gjør hva. Målet er færre misforståelser, tydeligere ansvar og et nettverk som "
            "varer.</p>"
        ),
        "target_groups": [
            "Personer med psykiske helseutfordringer",
            "Personer med rusutfordringer",
            "Pårørende",
            "Ansatte i kommunen",
            "Ansatte i spesialisthelsetjenesten",
        ],
        "target_group_description": (
            "Personer som får hjelp fra flere tjenester samtidig, og deres pårørende og nettverk."
        ),
        "lived_experience_origin": (
            "<p>Modellen kommer fra erfaringer brukere og pårørende hadde med møter der de følte seg som "
            "tilskuere i sitt eget liv. En arbeidsgruppe med tre brukere, to pårørende og to ansatte i kommunen "
            "utformet en møteform der personen eier agendaen, og der pårørende får et eget punkt.</p>"
        ),
        "research_level": "theory-based",
        "research_assessed_by": "Senteret selv, ut fra litteratur om nettverksarbeid",
        "experience_level": "collected",
        "practice_level": "tried-once",
        "evidence": (
            "<p><strong>Forskningsbasert kunnskap:</strong> Modellen er ikke undersøkt. Den bygger på "
            "prinsipper fra nettverksarbeid og recovery: at personen og nettverket er hovedpersoner.</p>"
            "<p><strong>Erfaringskunnskap:</strong> Erfaringer fra brukere og pårørende med tidligere møter er "
            "samlet i to verksteder og skrevet ned.</p><p><strong>Praksiskunnskap:</strong> Prøvd i én "
            "kommunal tjeneste.</p>"
        ),
        "references": [],
        "how_to": [
            steps(
                "Fra forberedelse til oppfølging",
                [
                    (
                        "Forberedelsessamtale",
                        "<p>Erfaringskonsulenten hjelper personen å lage agendaen og bestemme hvem som skal "
                        "inviteres.</p>",
                    ),
                    ("Invitasjon", "<p>Personen inviterer selv, med hjelp om ønskelig.</p>"),
                    (
                        "Møtet",
                        "<p>Personen åpner møtet. Pårørende har et eget punkt. Møtelederen passer tiden.</p>",
                    ),
                    ("Oppsummering", "<p>Hvem gjør hva, og når? Skrives ned med personens ord.</p>"),
                    ("Oppfølgingsmøte", "<p>Et kortere møte etter to til tre måneder.</p>"),
                ],
            ),
            quote(
                "Mamma fikk si sitt uten at det handlet om henne. Og jeg fikk si mitt uten at det ble en "
                "behandling.",
                "Ung voksen som har hatt nettverksmøte",
            ),
            callout(
                "important",
                "Personen kan utsette møtet",
                "<p>Hvis personen ikke vil gjennomføre møtet likevel, utsettes det. Det skal være personens "
                "møte.</p>",
            ),
        ],
        "duration": "Ett møte på 1,5 timer, med forberedelse og oppfølging",
        "group_size": "4–10 personer",
        "facilitators": "En møteleder fra tjenesten og en erfaringskonsulent",
        "prerequisites": (
            "<ul><li>Et møterom som oppleves nøytralt.</li><li>Tid til forberedelsessamtale.</li>"
            "<li>Samtykke til hvem som deltar.</li></ul>"
        ),
        "training": "<p>En dags innføring for møteledere og erfaringskonsulenter ved Sagatun.</p>",
        "usages": [("En kommunal tjeneste i regionen", "municipality")],
        "themes": ["Brukermedvirkning", "Pårørendearbeid", "Psykisk helse"],
        "related": ["min-kriseplan", "forste-mote"],
        "published": "2025-04-15",
        "last_substantive_update": "2025-04-15",
    },
    # ------------------------------------------------------------------ Rom-Agder
    {
        "slug": "forste-mote",
        "centre": "rom-agder",
        "kind": "tool",
        "language": "nb",
        "title": "Første møte – samtaleguide for kommunale tjenester",
        "summary": (
            "En samtaleguide for den første samtalen når noen tar kontakt med kommunens psykiske helse- og "
            "rustjeneste. Guiden hjelper den ansatte å starte med det personen selv er opptatt av, og å avklare "
            "forventninger."
        ),
        "plain_summary": (
            "Når du tar kontakt med kommunen for første gang, skal du bli spurt om hva som er viktig for deg. "
            "Guiden hjelper de ansatte å gjøre det."
        ),
        "aim": (
            "<p>Samtaleguiden skal gjøre det første møtet med tjenesten til en god start: personen skal bli møtt "
            "som likeverdig, få vite hva tjenesten kan og ikke kan tilby, og gå derfra med en avtale om neste "
            "steg.</p>"
        ),
        "target_groups": [
            "Ansatte i kommunen",
            "Personer med psykiske helseutfordringer",
            "Personer med rusutfordringer",
            "Pårørende",
        ],
        "target_group_description": (
            "Ansatte som har første samtaler i kommunens psykiske helse- og rustjeneste, og de som tar kontakt "
            "for første gang – også pårørende."
        ),
        "lived_experience_origin": (
            "<p>Rom-Agder samlet fortellinger fra brukere og pårørende om første møte med kommunale tjenester – "
            "både gode og dårlige. Fortellingene ble gjennomgått i to verksteder med brukere, pårørende og "
            "ansatte, som sammen fant sju kjennetegn ved gode første samtaler. Guiden er bygget rundt disse "
            "kjennetegnene.</p>"
        ),
        "research_level": "well-described",
        "research_assessed_by": "Senteret selv",
        "experience_level": "collected",
        "practice_level": "in-use",
        "evidence": (
            "<p><strong>Forskningsbasert kunnskap:</strong> Guiden er ikke undersøkt, men mål, målgruppe og "
            "bruk er beskrevet. Den er i tråd med Helsedirektoratets veileder for lokalt psykisk helsearbeid og "
            "rusarbeid, som vektlegger brukermedvirkning fra første kontakt.</p>"
            "<p><strong>Erfaringskunnskap:</strong> De sju kjennetegnene bygger på samlede fortellinger fra "
            "brukere og pårørende.</p><p><strong>Praksiskunnskap:</strong> Guiden brukes i flere kommuner.</p>"
        ),
        "references": [SAMMEN_OM_MESTRING],
        "how_to": [
            steps(
                "Samtalen",
                [
                    ("Før samtalen", "<p>Les det du har fått, men la personen fortelle selv.</p>"),
                    (
                        "Åpning",
                        "<p>Si hvem du er, hvor lang tid dere har, og hva samtalen skal brukes til.</p>",
                    ),
                    ("Personens egne ord", "<p>«Hva er viktigst for deg at vi snakker om i dag?»</p>"),
                    ("Hva vi kan tilby", "<p>Vær ærlig om hva tjenesten kan og ikke kan.</p>"),
                    ("Avtale om neste steg", "<p>Skriv ned avtalen sammen, og gi personen en kopi.</p>"),
                    ("Etter samtalen", "<p>Noter hva personen selv sa var viktig, med personens ord.</p>"),
                ],
            ),
            quote(
                "Hun spurte hva jeg trengte hjelp til, ikke hva som var galt med meg.",
                "Bruker om første samtale i kommunen",
            ),
            callout(
                "tip",
                "Spør om pårørende",
                "<p>Spør om det er noen personen vil at skal involveres, og om pårørende selv trenger et "
                "tilbud.</p>",
            ),
        ],
        "duration": "45–60 minutter",
        "group_size": "Én til én, gjerne med en pårørende til stede om personen ønsker det",
        "facilitators": "Ansatt i kommunens psykiske helse- og rustjeneste",
        "prerequisites": "<p>Samtaleguiden og et rom der samtalen ikke blir avbrutt.</p>",
        "training": (
            "<p>En halv dags innføring anbefales, gjerne sammen med en erfaringskonsulent som kan fortelle om "
            "egne første møter.</p>"
        ),
        "usages": [("Flere kommuner i regionen", "municipality")],
        "themes": ["Brukermedvirkning", "Psykisk helse", "Rus", "Tjenesteutvikling"],
        "related": ["rundt-bordet", "hva-hjelper-kortene"],
        "published": "2024-09-03",
        "last_substantive_update": "2026-09-08",
    },
    {
        "slug": "ung-og-naer",
        "centre": "rom-agder",
        "kind": "method",
        "language": "nb",
        "title": "Ung og nær – verksted for unge pårørende",
        "summary": (
            "Et verksted over tre ettermiddager for ungdom mellom 13 og 18 år som har en forelder eller et "
            "søsken med psykiske helseutfordringer eller rusutfordringer. Ungdommene møter andre i samme "
            "situasjon og lager noe sammen."
        ),
        "plain_summary": (
            "Et verksted for ungdom som har en mamma, pappa, bror eller søster som har det vanskelig. Du møter "
            "andre som skjønner hvordan det er. Dere lager noe sammen og snakker om det dere vil."
        ),
        "aim": (
            "<p>Verkstedet skal gi unge pårørende et fellesskap, kunnskap på deres premisser og en opplevelse av "
            "at det de kjenner på, er vanlig og lov. Det skal også gjøre det lettere å be om hjelp.</p>"
        ),
        "target_groups": ["Unge pårørende", "Pårørende", "Ansatte i kommunen"],
        "target_group_description": (
            "Ungdom fra 13 til 18 år. Ansatte i skolehelsetjenesten og i kommunens tjenester for barn og unge "
            "kan invitere og følge opp."
        ),
        "lived_experience_origin": (
            "<p>Verkstedet ble utviklet sammen med en gruppe på seks unge voksne som selv hadde vokst opp med en "
            "forelder med psykiske helseutfordringer eller rusproblemer. De var tydelige på hva de ikke ville "
            "ha: samtalerunder der alle må fortelle. Derfor er verkstedet bygget rundt noe konkret å gjøre – en "
            "podkastepisode, et fotoprosjekt eller en plakat – mens samtalene skjer underveis.</p>"
        ),
        "research_level": "theory-based",
        "research_assessed_by": "Senteret selv",
        "experience_level": "user-evaluated",
        "practice_level": "tried-once",
        "evidence": (
            "<p><strong>Forskningsbasert kunnskap:</strong> Verkstedet er ikke undersøkt. Det bygger på kunnskap "
            "om at barn og unge som pårørende trenger informasjon og noen å snakke med. Helsepersonell har plikt "
            "til å ivareta barn som pårørende (helsepersonelloven § 10 a).</p>"
            "<p><strong>Erfaringskunnskap:</strong> Ungdommene som deltok, evaluerte verkstedet med en kort, "
            "anonym spørreliste og i en samtale med de unge voksne som utviklet det.</p>"
            "<p><strong>Praksiskunnskap:</strong> Prøvd i én kommune.</p>"
        ),
        "references": [PARORENDEVEILEDER],
        "how_to": [
            steps(
                "Tre ettermiddager",
                [
                    (
                        "Rekruttering",
                        "<p>Informer gjennom skolehelsetjenesten og tjenestene for voksne. Ungdommen bestemmer "
                        "selv om foreldrene skal vite om det.</p>",
                    ),
                    (
                        "Dag 1: Bli kjent gjennom å lage",
                        "<p>Velg prosjekt sammen. Ingen runde der alle må fortelle.</p>",
                    ),
                    (
                        "Dag 2: Kunnskap på egne premisser",
                        "<p>Korte innslag om psykisk helse og rus, ut fra spørsmålene ungdommene har.</p>",
                    ),
                    (
                        "Dag 3: Vise fram",
                        "<p>Ungdommene viser fram det de har laget – bare for hverandre, eller for inviterte.</p>",
                    ),
                    (
                        "Oppfølging",
                        "<p>Alle får vite hvem de kan kontakte etterpå, og om det finnes en gruppe å gå videre "
                        "til.</p>",
                    ),
                ],
            ),
            quote("Jeg trodde jeg var den eneste. Vi var åtte.", "Ungdom, deltaker på verkstedet"),
            callout(
                "important",
                "Ha en plan for bekymring",
                "<p>Verkstedlederne må vite hva de skal gjøre hvis en ungdom forteller om forhold som gir "
                "opplysningsplikt til barnevernet. Avklar rutinene før oppstart.</p>",
            ),
        ],
        "duration": "3 ettermiddager à 3 timer",
        "group_size": "6–10 ungdommer",
        "facilitators": "En ung voksen med egen erfaring som pårørende og en ansatt fra kommunen",
        "prerequisites": (
            "<ul><li>Et lokale som passer for ungdom, gjerne et ungdomshus.</li><li>Utstyr til prosjektet "
            "(kamera, opptaksutstyr, tegnesaker).</li><li>Mat hver gang.</li></ul>"
        ),
        "training": "<p>En dags forberedelse for verkstedlederne, med gjennomgang av rutiner for bekymring.</p>",
        "usages": [("En kommune i regionen", "municipality")],
        "themes": ["Pårørendearbeid", "Mestring", "Psykisk helse", "Rus"],
        "related": ["ved-siden-av", "parorandekveldar"],
        "published": "2025-06-10",
        "last_substantive_update": "2026-04-21",
    },
    {
        "slug": "aktivitetskartet",
        "centre": "rom-agder",
        "kind": "tool",
        "language": "nb",
        "title": "Aktivitetskartet – samtaleverktøy om arbeid og aktivitet",
        "summary": (
            "Et kart på ett ark der personen tegner inn hva som gir og tar energi i løpet av uka, og hvilke "
            "aktiviteter, skole eller arbeid som kan være neste steg. Brukes i samtaler med kommunen, NAV eller "
            "en erfaringskonsulent."
        ),
        "plain_summary": (
            "Du tegner et kart over uka di: hva som gir deg energi, og hva som tar energi. Så ser dere sammen på "
            "hva som kan være neste steg, for eksempel en aktivitet, skole eller jobb."
        ),
        "aim": (
            "<p>Kartet skal gjøre samtaler om arbeid og aktivitet konkrete og håpefulle, med utgangspunkt i det "
            "personen allerede får til. Det skal hjelpe personen å finne realistiske neste steg mot deltakelse."
            "</p>"
        ),
        "target_groups": [
            "Personer med psykiske helseutfordringer",
            "Personer med rusutfordringer",
            "Ansatte i kommunen",
            "Erfaringskonsulenter",
        ],
        "target_group_description": (
            "Voksne som ønsker å komme i arbeid, skole eller annen aktivitet, og de som har samtaler med dem om "
            "det."
        ),
        "lived_experience_origin": (
            "<p>Aktivitetskartet ble laget av en liten gruppe deltakere i et arbeidsrettet tilbud som syntes "
            "skjemaene de møtte, mest handlet om begrensninger. De tegnet sine egne uker på store ark og "
            "oppdaget hvor mye som faktisk skjedde. Sammen med en jobbspesialist og en erfaringskonsulent ble "
            "ideen gjort om til et enkelt kart.</p>"
        ),
        "research_level": "not-assessed",
        "research_assessed_by": "",
        "experience_level": "individual",
        "practice_level": "tried-once",
        "evidence": (
            "<p><strong>Forskningsbasert kunnskap:</strong> Kartet er ikke vurdert.</p>"
            "<p><strong>Erfaringskunnskap:</strong> Bygger på erfaringene til noen få deltakere, beskrevet med "
            "deres samtykke.</p><p><strong>Praksiskunnskap:</strong> Prøvd i ett arbeidsrettet tilbud.</p>"
        ),
        "references": [],
        "how_to": [
            steps(
                "Slik bruker dere kartet",
                [
                    (
                        "Tegn uka",
                        "<p>Skriv inn alt som skjer i løpet av en vanlig uke, også det som virker lite.</p>",
                    ),
                    ("Farg energien", "<p>Grønt for det som gir energi, rødt for det som tar.</p>"),
                    ("Finn det som fungerer", "<p>Hva får du allerede til? Hva sier det om hva du kan?</p>"),
                    ("Velg ett neste steg", "<p>Ett steg, ikke en plan for hele livet.</p>"),
                    ("Følg opp", "<p>Tegn et nytt kart etter noen uker og se hva som har endret seg.</p>"),
                ],
            ),
            quote(
                "Jeg så at jeg faktisk hjalp naboen hver tirsdag. Det var jo arbeid, på en måte.",
                "Deltaker i et arbeidsrettet tilbud",
            ),
            callout(
                "note",
                "Kartet er ikke en kartlegging",
                "<p>Kartet tilhører personen og skal ikke brukes til å vurdere arbeidsevne.</p>",
            ),
        ],
        "duration": "30–45 minutter, gjerne flere ganger",
        "group_size": "Én til én eller små grupper",
        "facilitators": "Ansatt i kommunen eller NAV, eller en erfaringskonsulent",
        "prerequisites": "<p>Kartet, skrevet ut på A3, og fargeblyanter.</p>",
        "training": "<p>Ingen opplæring er nødvendig. Les veiledningen på kartets bakside.</p>",
        "usages": [("Et arbeidsrettet tilbud i regionen", "other")],
        "themes": ["Arbeid og aktivitet", "Mestring", "Recovery"],
        "related": ["egne-steg"],
        "published": "2026-02-24",
        "last_substantive_update": "2026-02-24",
    },
    # ------------------------------------------------------------------ Vestavind
    {
        "slug": "trinnvis",
        "centre": "vestavind",
        "kind": "method",
        "language": "nb",
        "title": "Trinnvis – samtalegruppe om rus og bedring",
        "summary": (
            "En åpen samtalegruppe for voksne som har eller har hatt rusutfordringer, ledet av to likepersoner. "
            "Gruppa møtes hver uke, uten krav om rusfrihet, og handler om hverdagen, håp og neste steg."
        ),
        "plain_summary": (
            "En gruppe for deg som har eller har hatt problemer med rus. Dere møtes hver uke og snakker om "
            "livet. Du trenger ikke være rusfri for å komme."
        ),
        "aim": (
            "<p>Gruppa skal være et lavterskel fellesskap der deltakerne kan snakke åpent om rus og livet, møte "
            "håp hos andre og finne egne steg videre – uten å måtte oppfylle krav først.</p>"
        ),
        "target_groups": ["Personer med rusutfordringer", "Erfaringskonsulenter", "Ansatte i kommunen"],
        "target_group_description": (
            "Voksne som har eller har hatt et problematisk forhold til alkohol eller andre rusmidler, uansett "
            "hvor de er i prosessen."
        ),
        "lived_experience_origin": (
            "<p>Trinnvis ble startet av en gruppe likepersoner med egen ruserfaring som hadde opplevd at mange "
            "tilbud stengte døra for dem som ikke var rusfrie. Gruppeformen er utformet av dem, og deltakerne "
            "bestemmer selv temaene fra uke til uke. Prinsippet om at alle kan komme som de er, kom fra "
            "deltakerne selv.</p>"
        ),
        "research_level": "well-described",
        "research_assessed_by": "Senteret selv",
        "experience_level": "collected",
        "practice_level": "tried-once",
        "evidence": (
            "<p><strong>Forskningsbasert kunnskap:</strong> Gruppa er ikke undersøkt, men mål, målgruppe og "
            "arbeidsform er beskrevet i en veileder for likepersoner.</p>"
            "<p><strong>Erfaringskunnskap:</strong> Deltakernes erfaringer samles jevnlig i anonyme "
            "tilbakemeldinger og i en årlig samtale om hvordan gruppa skal drives.</p>"
            "<p><strong>Praksiskunnskap:</strong> Drives i én kommune, i samarbeid med kommunens rustjeneste.</p>"
        ),
        "references": [DEEGAN_1988],
        "how_to": [
            steps(
                "Et vanlig møte",
                [
                    ("Åpning", "<p>Velkommen, og en påminnelse om taushet og respekt.</p>"),
                    ("Runde: Hvordan har uka vært?", "<p>Kort, og det er lov å stå over.</p>"),
                    (
                        "Tema",
                        "<p>Deltakerne velger tema. Likepersonene deler av egen erfaring når det passer.</p>",
                    ),
                    ("Neste steg", "<p>Den som vil, forteller om ett steg til neste uke.</p>"),
                    ("Avslutning", "<p>Noe å ta med seg, og tid til en kopp kaffe etterpå.</p>"),
                ],
            ),
            quote("Her trengte jeg ikke late som. Det var første skritt.", "Deltaker i samtalegruppa"),
            callout(
                "important",
                "Trygghet i gruppa",
                "<p>Gruppelederne har en avtale med kommunens rustjeneste og vet hva de skal gjøre hvis noen er "
                "sterkt påvirket eller i krise.</p>" + EMERGENCY,
            ),
        ],
        "duration": "Hver uke, 1,5 timer, løpende opptak",
        "group_size": "4–12 deltakere",
        "facilitators": "To likepersoner med egen ruserfaring, med veiledning fra senteret",
        "prerequisites": (
            "<ul><li>Et fast, lett tilgjengelig lokale.</li><li>Kaffe og noe å spise.</li><li>Avtale med "
            "kommunens rustjeneste.</li><li>Veiledning for likepersonene en gang i måneden.</li></ul>"
        ),
        "training": (
            "<p>Likepersonene bør ha gått grunnkurs for erfaringskonsulenter eller tilsvarende, og får "
            "veiledning fra Vestavind.</p>"
        ),
        "usages": [("En kommune i regionen", "municipality"), ("Vestavind", "centre")],
        "themes": ["Rus", "Likepersonsarbeid", "Recovery"],
        "related": ["side-om-side", "hjelpekortet"],
        "published": "2024-11-12",
        "last_substantive_update": "2026-10-06",
    },
    {
        "slug": "parorandekveldar",
        "centre": "vestavind",
        "kind": "method",
        "language": "nn",
        "title": "Pårørandekveldar – ein møtestad for pårørande",
        "summary": (
            "Opne kveldsmøte ein gong i månaden der pårørande til menneske med psykiske helseutfordringar eller "
            "rusutfordringar kan møtast, dele erfaringar og få påfyll. Kvar kveld har eit kort innlegg og god "
            "tid til samtale."
        ),
        "plain_summary": (
            "Ein kveld i månaden kan du som er pårørande, kome og snakke med andre pårørande. Du treng ikkje "
            "melde deg på, og du kan berre lytte om du vil."
        ),
        "aim": (
            "<p>Kveldane skal vere ein trygg og open møtestad der pårørande kan få støtte frå andre i same "
            "situasjon, få kunnskap og kjenne at dei ikkje er åleine.</p>"
        ),
        "target_groups": ["Pårørende", "Ansatte i kommunen"],
        "target_group_description": (
            "Vaksne pårørande, uansett kva relasjon dei har til den dei står nær. Kveldane er opne utan "
            "påmelding. Tilsette i kommunen kan tipse pårørande om tilbodet."
        ),
        "lived_experience_origin": (
            "<p>Ideen kom frå pårørande som hadde gått på kurs og sakna ein stad å halde fram med å møtast "
            "etterpå. Ei gruppe på fire pårørande planla dei første kveldane saman med Vestavind og bestemte at "
            "kveldane skulle vere opne, gratis og utan krav om å dele. Tema blir framleis valde av deltakarane."
            "</p>"
        ),
        "research_level": "not-assessed",
        "research_assessed_by": "",
        "experience_level": "user-evaluated",
        "practice_level": "in-use",
        "evidence": (
            "<p><strong>Forskingsbasert kunnskap:</strong> Tilbodet er ikkje vurdert.</p>"
            "<p><strong>Erfaringskunnskap:</strong> Deltakarane gjev tilbakemelding på lappar etter kvar kveld, "
            "og ei gruppe pårørande går gjennom tilbakemeldingane to gonger i året.</p>"
            "<p><strong>Praksiskunnskap:</strong> Kveldane blir haldne fleire stader i regionen.</p>"
        ),
        "references": [PARORENDEVEILEDER],
        "how_to": [
            steps(
                "Ein vanleg kveld",
                [
                    ("Velkomen", "<p>Nokon tek imot i døra. Kaffi og namnelappar for dei som vil.</p>"),
                    (
                        "Innlegg",
                        "<p>Eit kort innlegg, 15–20 minutt, om eit tema deltakarane har ønskt seg.</p>",
                    ),
                    (
                        "Samtale i små grupper",
                        "<p>Fire til seks personar, med ein pårørande som samtaleleiar.</p>",
                    ),
                    ("Felles avslutning", "<p>Kva tek eg med meg heim? Informasjon om neste kveld.</p>"),
                ],
            ),
            quote(
                "Eg kom tre gonger før eg sa noko. Det var heilt greitt.", "Pårørande som deltek på kveldane"
            ),
            callout(
                "tip",
                "Ha nokon som tek imot i døra",
                "<p>Det er tungt å kome første gong. Ein som helsar og viser veg, gjer terskelen lågare.</p>",
            ),
        ],
        "duration": "Ein kveld i månaden, 2 timar",
        "group_size": "5–25 deltakarar",
        "facilitators": "To pårørande med erfaring frå kurs eller likepersonsarbeid",
        "prerequisites": (
            "<ul><li>Eit lokale med plass til samtale i små grupper.</li><li>Kaffi og litt å bite i.</li>"
            "<li>Honorar til den som held innlegg.</li></ul>"
        ),
        "training": "<p>Samtaleleiarane får ein kveld med opplæring og kan få rettleiing frå Vestavind.</p>",
        "usages": [("Fleire kommunar i regionen", "municipality")],
        "themes": ["Pårørendearbeid", "Likepersonsarbeid", "Psykisk helse", "Rus"],
        "related": ["ved-siden-av", "ung-og-naer"],
        "published": "2025-09-23",
        "last_substantive_update": "2026-05-12",
    },
    {
        "slug": "hjelpekortet",
        "centre": "vestavind",
        "kind": "tool",
        "language": "nb",
        "title": "Hjelpekortet – lommekort for krevende dager",
        "summary": (
            "Et lite kort i lommeformat der personen skriver ned de tre tingene som hjelper mest på krevende "
            "dager, og hvem hun eller han kan kontakte. Kortet kan brukes alene eller som en kortversjon av "
            "kriseplanen."
        ),
        "plain_summary": (
            "Et lite kort du har i lommeboka eller på mobilen. På kortet skriver du hva som hjelper deg når "
            "dagen er tung, og hvem du kan ringe."
        ),
        "aim": (
            "<p>Kortet skal gjøre det lettere å huske egne mestringsstrategier når det er vanskelig å tenke "
            "klart, og gjøre det lettere å ta kontakt med noen.</p>"
        ),
        "target_groups": [
            "Personer med psykiske helseutfordringer",
            "Personer med rusutfordringer",
            "Pårørende",
        ],
        "target_group_description": (
            "Alle som vil ha en enkel påminnelse om hva som hjelper. Pårørende kan lage et eget kort for sine "
            "krevende dager."
        ),
        "lived_experience_origin": (
            "<p>Flere deltakere i grupper ved Vestavind fortalte at kriseplanen lå hjemme i en skuff når de "
            "trengte den. En gruppe deltakere foreslo et kort som kunne ligge i lommeboka. De prøvde tre utkast "
            "i to måneder og valgte utformingen som var enklest å fylle ut.</p>"
        ),
        "research_level": "well-described",
        "research_assessed_by": "Senteret selv",
        "experience_level": "collected",
        "practice_level": "in-use",
        "evidence": (
            "<p><strong>Forskningsbasert kunnskap:</strong> Kortet er ikke undersøkt, men formål og bruk er "
            "beskrevet.</p><p><strong>Erfaringskunnskap:</strong> Erfaringer fra deltakerne som prøvde "
            "utkastene, er samlet og skrevet ned.</p><p><strong>Praksiskunnskap:</strong> Kortet deles ut i "
            "grupper og samtaler i flere kommuner.</p>"
        ),
        "references": [],
        "how_to": [
            steps(
                "Slik lager du kortet",
                [
                    (
                        "Fyll ut når du har det greit",
                        "<p>Da er det lettere å huske hva som faktisk hjelper.</p>",
                    ),
                    ("Skriv tre ting som hjelper", "<p>Konkrete ting: en tur, en person, en sang.</p>"),
                    ("Skriv hvem du kan kontakte", "<p>Minst én person og ett sted du kan ringe.</p>"),
                    ("Ha kortet med deg", "<p>I lommeboka, eller som et bilde på mobilen.</p>"),
                ],
            ),
            quote(
                "Kortet har ligget i lommeboka i to år. Jeg har brukt det tre ganger, og det var nok.",
                "Bruker av hjelpekortet",
            ),
            callout("important", "Når det haster", EMERGENCY),
        ],
        "duration": "10–20 minutter å fylle ut",
        "group_size": "Én person",
        "facilitators": "Personen selv, gjerne med en støtteperson",
        "prerequisites": "<p>Utskriftsarket og en saks. Gjerne laminering.</p>",
        "training": "<p>Ingen opplæring er nødvendig.</p>",
        "usages": [("Flere kommuner i regionen", "municipality")],
        "themes": ["Kriseplan", "Mestring", "Psykisk helse"],
        "related": ["min-kriseplan", "trinnvis"],
        "published": "2025-11-18",
        "last_substantive_update": "2026-07-01",
    },
]
