"""Demo teaching materials: what each file says, who it is for and under which licence.

Guides for facilitators are derived from the method's own text (so the file and the page agree);
forms, card sets, workbooks and information sheets are written here.
"""

from html.parser import HTMLParser

from .content import CENTRES
from .documents import TeachingDocument
from .methods import METHODS

METHODS_BY_SLUG = {method["slug"]: method for method in METHODS}
CENTRE_NAMES = {centre["slug"]: centre["full_name"] for centre in CENTRES}

LICENCE_NOTES = {
    "CC-BY-4.0": "Lisens: CC BY 4.0",
    "CC-BY-NC-SA-4.0": "Lisens: CC BY-NC-SA 4.0",
    "all-rights-reserved": "Alle rettigheter forbeholdt",
}

LABELS = {
    "nb": {
        "aim": "Formål",
        "target": "Målgruppe",
        "origin": "Erfaringsgrunnlag",
        "how_to": "Slik gjør dere det",
        "practical": "Praktisk",
        "duration": "Varighet",
        "group_size": "Gruppestørrelse",
        "facilitators": "Hvem leder",
        "prerequisites": "Forutsetninger og ressursbehov",
        "training": "Opplæring",
    },
    "nn": {
        "aim": "Føremål",
        "target": "Målgruppe",
        "origin": "Erfaringsgrunnlag",
        "how_to": "Slik gjer de det",
        "practical": "Praktisk",
        "duration": "Varigheit",
        "group_size": "Gruppestorleik",
        "facilitators": "Kven leiar",
        "prerequisites": "Føresetnader og ressursbehov",
        "training": "Opplæring",
    },
}


class _BlockParser(HTMLParser):
    """Turns the small rich-text subset used in the demo (p, ul, ol, li, strong, em) into blocks."""

    def __init__(self):
        super().__init__()
        self.blocks, self.items, self.text, self.list_kind = [], [], "", None

    def handle_starttag(self, tag, attrs):
        if tag in ("ul", "ol"):
            self.list_kind, self.items = tag, []

    def handle_endtag(self, tag):
        text = " ".join(self.text.split())
        if tag == "li":
            self.items.append(text)
            self.text = ""
        elif tag in ("ul", "ol"):
            self.blocks.append((tag, self.items))
            self.list_kind = None
        elif tag == "p" and text:
            self.blocks.append(("p", text))
            self.text = ""

    def handle_data(self, data):
        self.text += data


def html_blocks(html):
    parser = _BlockParser()
    parser.feed(html)
    parser.close()
    return parser.blocks


def _plain(html):
    return " ".join(text for _kind, text in html_blocks(html) if isinstance(text, str))


def _joined(lead, text):
    """'Lead: text', without a colon after a lead that already ends in punctuation."""
    return f"{lead} {text}" if lead[-1:] in "?!.:" else f"{lead}: {text}"


def guide_blocks(method):
    """A facilitator's guide built from the method's description."""
    labels = LABELS[method["language"]]
    blocks = [("p", method["summary"]), ("h", labels["aim"]), *html_blocks(method["aim"])]
    blocks += [("h", labels["target"]), ("p", method["target_group_description"])]
    blocks += [("h", labels["origin"]), *html_blocks(method["lived_experience_origin"])]
    blocks.append(("h", labels["how_to"]))
    for kind, value in method["how_to"]:
        if kind == "paragraph":
            blocks += html_blocks(value)
        elif kind == "steps":
            blocks.append(("ol", [_joined(step["title"], _plain(step["text"])) for step in value["steps"]]))
        elif kind == "quote":
            blocks.append(("quote", f"«{value['quote']}» – {value['attribution']}"))
        elif kind == "callout":
            blocks.append(("p", _joined(value["heading"], _plain(value["text"]))))
    blocks += [
        ("h", labels["practical"]),
        (
            "ul",
            [
                f"{labels['duration']}: {method['duration']}",
                f"{labels['group_size']}: {method['group_size']}",
                f"{labels['facilitators']}: {method['facilitators']}",
            ],
        ),
        ("h", labels["prerequisites"]),
        *html_blocks(method["prerequisites"]),
        ("h", labels["training"]),
        *html_blocks(method["training"]),
    ]
    return tuple(blocks)


# Hand-written contents. Each entry: (method slug, title, format, audiences, licence, description, subtitle,
# blocks). Language follows the method unless given.
_HAND_WRITTEN = {}

_HAND_WRITTEN["invitasjon-kompassgruppa"] = (
    (
        "p",
        "Tekstmal for en invitasjon eller et oppslag. Bytt ut teksten i hakeparentes og tilpass språket til "
        "stedet der gruppa holdes.",
    ),
    ("h", "Vil du være med i Kompassgruppa?"),
    (
        "p",
        "Kompassgruppa er en gruppe for deg som vil gjøre hverdagen litt lettere, sammen med andre som vet "
        "hvordan det kan være å ha det tungt. Vi møtes ti ganger og snakker om ting som søvn, økonomi, venner "
        "og det å komme seg ut.",
    ),
    (
        "ul",
        [
            "Når: [ukedag] kl. [klokkeslett], fra [dato]",
            "Hvor: [sted]",
            "Hvem leder: en erfaringskonsulent og en ansatt i kommunen",
            "Pris: gratis. Du trenger ikke henvisning.",
        ],
    ),
    (
        "p",
        "Du bestemmer selv hvor mye du vil fortelle. Før første møte tar vi en kort prat, så du vet hva du "
        "går til.",
    ),
    ("p", "Meld deg på eller spør om gruppa: [kontaktinformasjon til tjenesten]"),
)

_HAND_WRITTEN["parorende-informasjonsark"] = (
    (
        "p",
        "Dette arket er for deg som står nær en person med psykiske helseutfordringer eller rusutfordringer. "
        "Du kan være forelder, partner, søsken, barn eller venn.",
    ),
    ("h", "Det du kjenner på, er vanlig"),
    (
        "p",
        "Mange pårørende kjenner på bekymring, sinne, skyld, sorg og slitenhet – ofte på én gang. Det betyr "
        "ikke at du gjør noe galt. Det betyr at du bryr deg, og at situasjonen er krevende.",
    ),
    ("h", "Dette kan du be om"),
    (
        "ul",
        [
            "Generell informasjon om sykdom, behandling og tilbud, også når den du er pårørende til, ikke har "
            "gitt samtykke til at du får vite noe om ham eller henne.",
            "En samtale med tjenesten om din egen situasjon og hva du trenger.",
            "Informasjon om støtte og avlastning i kommunen der du bor.",
            "Hjelp til barn i familien: barn som pårørende har egne rettigheter til informasjon og "
            "oppfølging.",
        ],
    ),
    ("h", "Ta vare på deg selv"),
    (
        "ul",
        [
            "Snakk med noen du stoler på, eller med andre pårørende.",
            "Det er lov å sette grenser, og lov å si nei.",
            "Hold fast ved noe som er ditt: en aktivitet, en venn, en tur.",
            "Bruk fastlegen din hvis du selv blir utmattet.",
        ],
    ),
    ("h", "Når det haster"),
    ("p", "Ved fare for liv eller helse: ring 113. Legevakten når du på 116 117, hele døgnet."),
)

_HAND_WRITTEN["kriseplan-mal"] = (
    (
        "p",
        "Fyll ut planen når du har det forholdsvis greit, gjerne sammen med noen du stoler på. Skriv med "
        "dine egne ord. Du bestemmer hvem som skal få en kopi.",
    ),
    ("h", "Om meg"),
    ("fields", ["Navn", "Dato", "Hvem har hjulpet meg å lage planen"]),
    ("h", "Når det begynner å gå nedover"),
    (
        "fields",
        [
            "Dette merker jeg selv",
            "Dette merker andre",
            "Dette gjør jeg da som hjelper",
            "Dette hjelper ikke",
        ],
    ),
    ("h", "Når det er vanskelig"),
    (
        "fields",
        [
            "Dette ønsker jeg at andre gjør",
            "Dette ønsker jeg ikke at andre gjør",
            "Hvem som skal kontaktes (navn og telefon)",
            "Hvem som ikke skal kontaktes",
            "Praktiske ting som må ordnes (barn, dyr, jobb, regninger)",
        ],
    ),
    ("h", "Etterpå"),
    ("fields", ["Dette hjelper meg tilbake til hverdagen", "Dette vil jeg snakke om etterpå"]),
    ("h", "Når det haster"),
    ("p", "Ved fare for liv eller helse: ring 113. Legevakten: 116 117."),
    ("fields", ["Min fastlege (navn og telefon)", "Min kontaktperson i kommunen (navn og telefon)"]),
    ("fields", ["Planen er delt med"]),
)

_HAND_WRITTEN["side-om-side-ett-ark"] = (
    (
        "p",
        "Side om side er en samtalemodell for erfaringskonsulenter og likepersoner. Den er en støtte, ikke en "
        "oppskrift: fasene kan gå over i hverandre, og noen samtaler stopper ved den første.",
    ),
    ("h", "De fem fasene"),
    (
        "ol",
        [
            "Bli kjent – fortell hvem du er og hva rollen din er. Avklar taushetsplikt.",
            "Lytt etter det som er viktig – åpne spørsmål, personens egne ord.",
            "Del med omtanke – bare når det kan hjelpe den andre. Hold det kort, og gi ordet tilbake.",
            "Finn et lite steg – personens eget, ikke ditt.",
            "Avslutt og avtal – oppsummer, og avtal om og når dere snakkes igjen.",
        ],
    ),
    ("h", "Før du deler av egen erfaring"),
    (
        "ul",
        [
            "Hvem deler jeg dette for?",
            "Er dette noe jeg har bearbeidet, eller noe som fortsatt er vondt?",
            "Kan den andre bruke det – eller må hun eller han ta vare på meg etterpå?",
        ],
    ),
    (
        "quote",
        "«Hun sa ikke at hun forsto. Hun sa at hun hadde kjent på noe av det samme.» – Person som har "
        "hatt likepersonssamtaler",
    ),
    ("h", "Ta med til veiledning"),
    ("ul", ["Samtaler der du ble usikker på rollen din.", "Det du lot være å dele, og hvorfor."]),
)

_HAND_WRITTEN["refleksjonslogg"] = (
    (
        "p",
        "Bruk loggen etter hver kursdag. Den er bare for deg. Du velger selv om du vil dele noe av den med "
        "kurslederne eller i gruppa.",
    ),
    ("h", "Dag 1: Min historie – og hva jeg vil dele"),
    ("fields", ["Dette tok jeg med meg i dag", "Dette vil jeg holde for meg selv", "Dette kan jeg dele"]),
    ("h", "Dag 2: Recovery og hva som hjelper"),
    ("fields", ["Dette hjalp meg i min egen bedring", "Dette kan tjenestene lære av det"]),
    ("h", "Dag 3: Rollen"),
    ("fields", ["Slik vil jeg beskrive rollen min til en ny kollega", "Dette er jeg usikker på"]),
    ("h", "Dag 4: Taushetsplikt, dokumentasjon og etikk"),
    ("fields", ["Et dilemma jeg vil tenke mer på"]),
    ("h", "Dag 5: Samarbeid og veiledning"),
    ("fields", ["Dette vil jeg ta opp i veiledning"]),
    ("h", "Dag 6: Veien inn i jobb"),
    ("fields", ["Mitt neste steg", "Dette trenger jeg fra en arbeidsgiver"]),
)

_CARD_QUESTIONS = {
    "Hverdag": [
        "Hva får du til på en vanlig dag?",
        "Hva gir deg energi?",
        "Hva tapper deg for energi?",
        "Hvordan sover du for tiden?",
        "Hva spiser du når du har det bra?",
        "Hvor liker du å være?",
        "Hva gjør du når du kjeder deg?",
        "Hvilken del av dagen er best?",
        "Hva vil du ha mer av i uka?",
        "Hva vil du ha mindre av?",
        "Hva er en god morgen for deg?",
        "Hva gjør du for å slappe av?",
    ],
    "Håp": [
        "Hva drømte du om før?",
        "Hva drømmer du om nå?",
        "Når kjente du sist at noe gikk bedre?",
        "Hvem har hatt tro på deg?",
        "Hva er du stolt av?",
        "Hva har du klart som du ikke trodde du skulle klare?",
        "Hva gir livet ditt mening?",
        "Hva vil du at andre skal vite om deg?",
        "Hvilket ord beskriver deg når du har det bra?",
        "Hva ser du fram til?",
        "Hva har du lært om deg selv?",
        "Hvordan ser en god dag ut om ett år?",
    ],
    "Mennesker rundt meg": [
        "Hvem kan du ringe en søndag kveld?",
        "Hvem vil du ha mer kontakt med?",
        "Hvem gjør deg glad?",
        "Hvem forstår deg uten mange ord?",
        "Hvem ville du vært for andre, hvis du kunne?",
        "Hva trenger du fra dem som står deg nær?",
        "Hva vil du at pårørende skal vite?",
        "Hvem har du hjulpet?",
        "Hvor møter du andre mennesker?",
        "Hvem savner du?",
        "Hvem ville du invitert til et møte om deg?",
        "Hva er en god hjelper for deg?",
    ],
    "Veien videre": [
        "Hva er ett lite steg du kan ta denne uka?",
        "Hvem kan hjelpe deg med det?",
        "Hva kan stå i veien – og hva gjør du da?",
        "Hva vil du prøve som du aldri har prøvd?",
        "Hva vil du ta med deg fra denne samtalen?",
        "Hva vil du at tjenesten skal gjøre annerledes?",
        "Hvordan vil du merke at det går bedre?",
        "Hva skal til for at du kan si nei?",
        "Hva vil du lære mer om?",
        "Hva vil du gjøre med din egen erfaring?",
        "Hva trenger du for å holde ut når det er tungt?",
        "Hva vil du si til deg selv om et halvt år?",
    ],
}

_HAND_WRITTEN["hva-hjelper-kort"] = (
    (
        "p",
        "Skriv ut arket, gjerne på tykt papir, og klipp ut spørsmålene. Fargene er skrevet som overskrifter. "
        "Det finnes ingen riktig rekkefølge, og det er alltid lov å legge et kort til side.",
    ),
    *[block for colour, questions in _CARD_QUESTIONS.items() for block in (("h", colour), ("ul", questions))],
)

_HAND_WRITTEN["brukarspegelen-intervjuguide"] = (
    (
        "p",
        "Malen er eit utgangspunkt. Evalueringsgruppa lagar sine eigne spørsmål ut frå det brukarane meiner er "
        "viktigast i tenesta som skal evaluerast.",
    ),
    ("h", "Før intervjuet"),
    (
        "ul",
        [
            "Fortel kven du er, og at du sjølv har erfaring som brukar eller pårørande.",
            "Forklar at svara blir anonymiserte, og at det er frivillig å svare.",
            "Spør om det er greitt at du skriv notat.",
        ],
    ),
    ("h", "Spørsmål"),
    (
        "fields",
        [
            "Korleis kom du i kontakt med tenesta?",
            "Kva har vore til hjelp for deg?",
            "Kva har vore vanskeleg?",
            "Korleis opplever du at du blir høyrd?",
            "Korleis blir dei som står deg nær, tekne med?",
            "Om du fekk bestemme éin ting i tenesta, kva ville det vore?",
        ],
    ),
    ("h", "Etter intervjuet"),
    ("fields", ["Det viktigaste eg høyrde", "Dette bør vi spørje om i dei neste intervjua"]),
)

_HAND_WRITTEN["fra-innsida-refleksjon"] = (
    (
        "p",
        "Spørsmåla er meinte for smågrupper etter undervisningsøkta. Bruk 20–30 minutt, og avslutt med ei kort "
        "oppsummering i plenum.",
    ),
    ("h", "Refleksjonsspørsmål"),
    (
        "ol",
        [
            "Kva overraska deg i det du høyrde i dag?",
            "Kva gjorde fagfolka som hjelpte? Kva gjorde dei som ikkje hjelpte?",
            "Korleis kan du spørje om kva som er viktig for personen, i ein travel kvardag?",
            "Kva betyr det å sjå pårørande som ein ressurs?",
            "Kva vil du ta med deg inn i praksis?",
        ],
    ),
    ("h", "Til faglæraren"),
    (
        "p",
        "Minn studentane på at det som blir fortalt i økta, blir verande i rommet. Styr samtalen bort frå "
        "spørsmål om diagnosar og over mot kva som hjelper.",
    ),
)

_HAND_WRITTEN["felles-bord-reisekart"] = (
    (
        "p",
        "Bruk malen i verkstedet til å beskrive hvordan det er å møte tjenesten, steg for steg. Fyll den ut "
        "sammen: brukere, pårørende og ansatte. Skriv også ned det dere er uenige om.",
    ),
    ("h", "Reisekart"),
    (
        "fields",
        [
            "Før første kontakt: hva skjer, og hvordan er det?",
            "Første kontakt",
            "Venting",
            "Første samtale",
            "Hjelpen i hverdagen",
            "Når det blir vanskelig",
            "Avslutning og veien videre",
        ],
    ),
    ("h", "Forbedringer"),
    ("fields", ["De tre viktigste forslagene", "Hvem følger opp, og når", "Dette var vi uenige om"]),
)

_HAND_WRITTEN["egne-steg-kurshefte"] = (
    (
        "p",
        "Dette heftet følger deg gjennom de åtte samlingene. Skriv så mye eller lite du vil. Hjemmeoppgavene "
        "er frivillige – det er like nyttig å fortelle hvorfor noe ikke ble gjort.",
    ),
    *[
        block
        for title, task in [
            ("1. Å være på kurs", "Hva ønsker du å få ut av kurset?"),
            ("2. Stress og sårbarhet", "Legg merke til én ting som tapper og én ting som fyller på."),
            ("3. Søvn og hvile", "Prøv én liten endring i kveldsrutinen din."),
            ("4. Tanker og følelser", "Skriv ned en tanke som kom igjen og igjen. Hva sa den?"),
            ("5. Aktivitet som gir energi", "Gjør én liten ting som pleide å gi deg glede."),
            ("6. Mennesker rundt meg", "Ta kontakt med én person du har lyst til å se."),
            ("7. Når det butter imot", "Hva hjalp deg sist det gikk tungt?"),
            ("8. Veien videre", "Hvilke tre ting vil du ta med deg fra kurset?"),
        ]
        for block in (("h", title), ("fields", [task]))
    ],
)

_HAND_WRITTEN["min-vei-videre-arbeidsbok"] = (
    (
        "p",
        "Denne boka er din. Du kan begynne hvor du vil, hoppe over det som ikke passer, og ta så lang tid du "
        "trenger. Ingen må lese det du skriver.",
    ),
    *[
        block
        for title, intro, questions in [
            (
                "1. Hvor er jeg nå?",
                "Begynn med å beskrive hverdagen din slik den er.",
                ["En vanlig dag for meg"],
            ),
            (
                "2. Håp og drømmer",
                "Tenk tilbake og framover.",
                ["Det drømte jeg om før", "Det drømmer jeg om nå"],
            ),
            (
                "3. Det jeg får til",
                "Også små ting teller.",
                ["Tre ting jeg har fått til", "Det sier noe om at jeg kan"],
            ),
            (
                "4. Det som hjelper",
                "Tenk på gode og tunge dager.",
                ["Dette hjelper meg", "Dette hjelper ikke"],
            ),
            ("5. Mennesker rundt meg", "Hvem er der for deg – og for hvem er du der?", ["Mitt nettverk"]),
            (
                "6. Kropp og hvile",
                "Søvn, mat og bevegelse påvirker hvordan vi har det.",
                ["Én ting jeg vil prøve"],
            ),
            ("7. Hverdagsrutiner", "Små faste ting kan gi trygghet.", ["En rutine jeg vil ha"]),
            (
                "8. Når det blir tungt",
                "Planlegg mens du har det greit. Se også kriseplanen.",
                ["Tegn jeg merker", "Det gjør jeg da"],
            ),
            (
                "9. Mitt neste steg",
                "Velg ett steg som er stort nok til å bety noe, og lite nok til å klare.",
                [
                    "Mitt neste steg",
                    "Hvem kan hjelpe meg",
                ],
            ),
            ("10. Se tilbake", "Les det du skrev i starten. Hva har endret seg?", ["Det har endret seg"]),
        ]
        for block in (("h", title), ("p", intro), ("fields", questions))
    ],
)

_HAND_WRITTEN["rundt-bordet-forberedelse"] = (
    (
        "p",
        "Bruk arket i forberedelsessamtalen med erfaringskonsulenten. Det er ditt møte: du bestemmer hvem som "
        "inviteres og hva dere skal snakke om.",
    ),
    ("h", "Før møtet"),
    (
        "fields",
        [
            "Dette vil jeg at møtet skal handle om",
            "Disse vil jeg invitere",
            "Disse vil jeg ikke invitere nå",
            "Dette vil jeg si selv",
            "Dette vil jeg at erfaringskonsulenten hjelper meg å si",
        ],
    ),
    ("h", "Til deg som er pårørende og invitert"),
    (
        "p",
        "Du får et eget punkt på møtet. Tenk gjennom hva du trenger å vite, og hva du ønsker å bidra med.",
    ),
    ("fields", ["Dette vil jeg si på mitt punkt"]),
    ("h", "Etter møtet"),
    ("fields", ["Hvem gjør hva, og når", "Dato for oppfølgingsmøte"]),
)

_HAND_WRITTEN["forste-mote-guide"] = (
    (
        "p",
        "Guiden er bygget rundt sju kjennetegn ved gode første samtaler, slik brukere og pårørende har "
        "beskrevet dem.",
    ),
    ("h", "Sju kjennetegn ved et godt første møte"),
    (
        "ol",
        [
            "Jeg ble tatt imot – noen visste at jeg skulle komme.",
            "Jeg fikk vite hvem jeg snakket med, og hvor lang tid vi hadde.",
            "Jeg fikk fortelle med egne ord før jeg fikk spørsmål fra et skjema.",
            "Det ble spurt om hva som var viktig for meg.",
            "Jeg fikk ærlige svar om hva tjenesten kan og ikke kan.",
            "Det ble spurt om noen rundt meg skulle involveres.",
            "Jeg gikk derfra med en avtale jeg forsto.",
        ],
    ),
    ("h", "Spørsmål som åpner"),
    (
        "ul",
        [
            "Hva er viktigst for deg at vi snakker om i dag?",
            "Hva har hjulpet deg før?",
            "Hva ønsker du deg av oss?",
            "Er det noen du vil at vi skal snakke med, eller ikke snakke med?",
        ],
    ),
    ("h", "Avtale om neste steg"),
    ("fields", ["Dette ble vi enige om", "Neste gang vi snakkes", "Hvem du kan kontakte i mellomtiden"]),
)

_HAND_WRITTEN["ung-parorende-ark"] = (
    ("p", "Dette arket er til deg som har en mamma, pappa, bror eller søster som har det vanskelig."),
    ("h", "Du er ikke alene"),
    (
        "p",
        "Mange unge har det som deg, selv om det ikke snakkes så mye om. Det er vanlig å kjenne seg lei seg, "
        "sint, bekymret eller flau – og å være glad i den det gjelder likevel.",
    ),
    ("h", "Det er ikke din skyld"),
    (
        "p",
        "Du har ikke gjort noe som gjør at den du er glad i, er syk eller ruser seg. Du kan heller ikke fikse det.",
    ),
    ("h", "Du har rett til å vite"),
    (
        "p",
        "Du har rett til informasjon som passer for deg, og til at noen spør hvordan du har det. Helsepersonell "
        "skal tenke på barn og unge som pårørende.",
    ),
    ("h", "Noen å snakke med"),
    (
        "ul",
        [
            "Helsesykepleieren på skolen",
            "En lærer, trener eller annen voksen du stoler på",
            "Fastlegen din",
            "Andre unge i samme situasjon, for eksempel i et verksted eller en gruppe",
        ],
    ),
    ("h", "Når det haster"),
    ("p", "Ved fare for liv eller helse: ring 113."),
)

_HAND_WRITTEN["aktivitetskartet-ark"] = (
    (
        "p",
        "Skriv inn det som skjer i løpet av en vanlig uke – også det som virker lite, som å handle, hjelpe en "
        "nabo eller gå en tur. Marker med grønt det som gir energi, og med rødt det som tar energi.",
    ),
    ("h", "Min uke"),
    ("fields", ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag"]),
    ("h", "Det jeg ser"),
    (
        "fields",
        ["Dette gir meg energi", "Dette får jeg allerede til", "Ett neste steg", "Hvem kan hjelpe meg"],
    ),
    ("h", "Til deg som bruker kartet i en samtale"),
    (
        "p",
        "Kartet tilhører personen og skal ikke brukes til å vurdere arbeidsevne. Spør om det personen får til, "
        "og la personen velge steget.",
    ),
)

_HAND_WRITTEN["parorandekveldar-program"] = (
    ("p", "Mal for program og oppslag. Byt ut teksten i hakeparentes."),
    ("h", "Pårørandekveld [månad]"),
    (
        "p",
        "Er du pårørande til nokon med psykiske helseutfordringar eller rusutfordringar? Kom og møt andre i "
        "same situasjon. Det er gratis, og du treng ikkje melde deg på.",
    ),
    (
        "ul",
        [
            "Når: [dato], kl. [klokkeslett]",
            "Kvar: [stad]",
            "Innlegg: [tema], ved [kven]",
        ],
    ),
    ("h", "Program"),
    (
        "ol",
        [
            "Velkomen og kaffi",
            "Innlegg, 15–20 minutt",
            "Samtale i små grupper",
            "Felles avslutning",
        ],
    ),
    ("h", "Til samtaleleiarane"),
    ("fields", ["Kven tek imot i døra", "Tema neste gong", "Tilbakemeldingar frå kvelden"]),
)

# An internal working paper: it goes in the centre's internal collection, so that only logged-in users of the
# network may download it (anonymous visitors see that it exists and are asked to log in).
_HAND_WRITTEN["kompassgruppa-rutiner-internt"] = (
    (
        "p",
        "Dette notatet er for gruppeledere og ansatte ved Bikuben og i samarbeidskommunene. Det deles ikke "
        "med deltakerne, fordi det beskriver hvordan vi følger opp enkeltpersoner.",
    ),
    ("h", "Før oppstart"),
    (
        "ul",
        [
            "Avtal skriftlig med den kommunale tjenesten hvem deltakerne kan kontakte hvis noen får det "
            "vanskeligere underveis.",
            "Gå gjennom taushetsplikten sammen: hva som blir i gruppa, og hva som må meldes videre.",
            "Sett av tid til en kort samtale med hver deltaker før første møte.",
        ],
    ),
    ("h", "Når en deltaker får det vanskeligere"),
    (
        "ol",
        [
            "Ta en prat med deltakeren etter møtet, i ro og uten de andre til stede.",
            "Spør hva personen selv trenger, og om det er greit at dere kontakter den avtalte tjenesten.",
            "Ved fare for liv eller helse: ring 113, og bli hos personen til hjelpen kommer.",
            "Skriv et kort notat til veiledningsmøtet. Ikke skriv navn eller helseopplysninger i notatet.",
        ],
    ),
    ("h", "Etter hvert møte"),
    (
        "fields",
        ["Dette gikk bra i dag", "Dette var vanskelig", "Deltakere vi bør følge opp (uten navn)"],
    ),
    ("h", "Veiledning"),
    (
        "p",
        "Gruppelederne har veiledning sammen etter møte 3, 6 og 10. Ta med notatene, og ta opp samtaler der "
        "dere ble usikre på rollen deres.",
    ),
)

_HAND_WRITTEN["hjelpekortet-ark"] = (
    (
        "p",
        "Fyll ut kortet når du har det greit. Klipp det ut, brett det på midten og ha det i lommeboka – eller "
        "ta et bilde av det med mobilen.",
    ),
    ("h", "Hjelpekortet mitt"),
    (
        "fields",
        [
            "Tre ting som hjelper meg på krevende dager",
            "En jeg kan ringe",
            "Et sted jeg kan ringe",
            "Dette vil jeg si til meg selv",
        ],
    ),
    ("h", "Når det haster"),
    ("p", "Medisinsk nødtelefon: 113. Legevakten: 116 117."),
)


def _material(
    method, key, title, file_format, audiences, licence, description, subtitle, blocks=None, internal=False
):
    method_data = METHODS_BY_SLUG[method]
    centre = CENTRE_NAMES[method_data["centre"]]
    language = method_data["language"]
    return {
        "key": key,
        "method": method,
        "internal": internal,
        "title": title,
        "format": file_format,
        "audiences": audiences,
        "licence": licence,
        "language": language,
        "description": description,
        "document": TeachingDocument(
            title=title,
            author=centre,
            language=language,
            subtitle=f"{subtitle} · {centre}",
            footer=f"{LICENCE_NOTES[licence]} · {centre} · Knutepunkt for Recovery",
            blocks=blocks if blocks is not None else guide_blocks(method_data),
        ),
    }


MATERIALS = [
    _material(
        "kompassgruppa",
        "kompassgruppa-veileder",
        "Kompassgruppa – veileder for gruppeledere",
        "pdf",
        "educators,practitioners",
        "CC-BY-4.0",
        "Veileder for dem som skal lede en Kompassgruppe: formål, forberedelser, møtene og praktiske råd.",
        "Veileder",
    ),
    _material(
        "kompassgruppa",
        "invitasjon-kompassgruppa",
        "Invitasjon til Kompassgruppa – tekstmal",
        "txt",
        "practitioners",
        "CC-BY-4.0",
        "Tekstmal for invitasjon eller oppslag som tjenesten kan tilpasse og skrive ut.",
        "Tekstmal",
        _HAND_WRITTEN["invitasjon-kompassgruppa"],
    ),
    _material(
        "ved-siden-av",
        "ved-siden-av-kursmanual",
        "Ved siden av – kursmanual",
        "pdf",
        "educators",
        "CC-BY-NC-SA-4.0",
        "Kursmanual for kursholdere med innhold og opplegg for alle fem kveldene.",
        "Kursmanual",
    ),
    _material(
        "ved-siden-av",
        "parorende-informasjonsark",
        "Til deg som er pårørende – informasjonsark",
        "pdf",
        "relatives,participants",
        "CC-BY-4.0",
        "Et ark å ta med hjem fra kurset: vanlige reaksjoner, hva du kan be om, og hvordan du kan ta vare på "
        "deg selv.",
        "Informasjonsark",
        _HAND_WRITTEN["parorende-informasjonsark"],
    ),
    _material(
        "min-kriseplan",
        "kriseplan-mal",
        "Min kriseplan – utfyllbar mal",
        "docx",
        "participants,practitioners,relatives",
        "CC-BY-4.0",
        "Kriseplanen som Word-dokument, klar til å fylles ut på skjerm eller skrives ut.",
        "Mal",
        _HAND_WRITTEN["kriseplan-mal"],
    ),
    _material(
        "min-kriseplan",
        "kriseplan-veileder",
        "Min kriseplan – veileder",
        "pdf",
        "practitioners,participants",
        "CC-BY-4.0",
        "Veileder for å lage en kriseplan sammen med en person: trinn for trinn, med råd fra brukere.",
        "Veileder",
    ),
    _material(
        "side-om-side",
        "side-om-side-ett-ark",
        "Side om side – modellen på ett ark",
        "pdf",
        "practitioners,educators",
        "CC-BY-4.0",
        "De fem fasene i samtalemodellen og spørsmål til refleksjon før man deler av egen erfaring.",
        "Oversikt",
        _HAND_WRITTEN["side-om-side-ett-ark"],
    ),
    _material(
        "erfaring-som-kompetanse",
        "erfaring-som-kompetanse-kursplan",
        "Erfaring som kompetanse – kursplan",
        "pdf",
        "educators",
        "CC-BY-NC-SA-4.0",
        "Kursplan for grunnkurset: mål, innhold for de seks dagene, forutsetninger og krav til kursledere.",
        "Kursplan",
    ),
    _material(
        "erfaring-som-kompetanse",
        "refleksjonslogg",
        "Refleksjonslogg for kursdeltakere",
        "docx",
        "participants",
        "CC-BY-4.0",
        "En logg deltakerne fyller ut etter hver kursdag, med spørsmål til refleksjon.",
        "Refleksjonslogg",
        _HAND_WRITTEN["refleksjonslogg"],
    ),
    _material(
        "hva-hjelper-kortene",
        "hva-hjelper-kort",
        "Hva hjelper? – alle 48 kort til utskrift",
        "pdf",
        "participants,practitioners,educators",
        "CC-BY-NC-SA-4.0",
        "Alle spørsmålene i kortstokken, sortert etter farge, klare til å skrives ut og klippes.",
        "Kort til utskrift",
        _HAND_WRITTEN["hva-hjelper-kort"],
    ),
    _material(
        "brukarspegelen",
        "brukarspegelen-rettleiar",
        "Brukarspegelen – rettleiar for evalueringsgruppa",
        "pdf",
        "practitioners,educators",
        "CC-BY-4.0",
        "Rettleiar for prosjektleiarar og brukarintervjuarar: føremål, stega i evalueringa og praktiske råd.",
        "Rettleiar",
    ),
    _material(
        "brukarspegelen",
        "brukarspegelen-intervjuguide",
        "Brukarspegelen – mal for intervjuguide",
        "docx",
        "practitioners",
        "CC-BY-4.0",
        "Mal for intervjuguide som evalueringsgruppa kan tilpasse til tenesta som skal evaluerast.",
        "Mal",
        _HAND_WRITTEN["brukarspegelen-intervjuguide"],
    ),
    _material(
        "fra-innsida",
        "fra-innsida-refleksjon",
        "Frå innsida – refleksjonsspørsmål til studentane",
        "pdf",
        "educators",
        "CC-BY-4.0",
        "Spørsmål til refleksjon i smågrupper etter undervisningsøkta, med råd til faglæraren.",
        "Refleksjonsspørsmål",
        _HAND_WRITTEN["fra-innsida-refleksjon"],
    ),
    _material(
        "felles-bord",
        "felles-bord-reisekart",
        "Felles bord – mal for reisekart",
        "docx",
        "practitioners",
        "CC-BY-4.0",
        "Mal for å kartlegge veien gjennom tjenesten sammen med brukere og pårørende i verkstedet.",
        "Mal",
        _HAND_WRITTEN["felles-bord-reisekart"],
    ),
    _material(
        "egne-steg",
        "egne-steg-kurshefte",
        "Egne steg – kurshefte for deltakere",
        "pdf",
        "participants",
        "CC-BY-4.0",
        "Heftet deltakerne bruker gjennom de åtte samlingene, med frivillige hjemmeoppgaver.",
        "Kurshefte",
        _HAND_WRITTEN["egne-steg-kurshefte"],
    ),
    _material(
        "egne-steg",
        "egne-steg-kursholdere",
        "Egne steg – veiledning for kursholdere",
        "pdf",
        "educators",
        "all-rights-reserved",
        "Veiledning for kursholdere som har gått opplæringen ved Sagatun. Spør senteret før du deler den.",
        "Veiledning",
    ),
    _material(
        "min-vei-videre",
        "min-vei-videre-arbeidsbok",
        "Min vei videre – arbeidsbok",
        "pdf",
        "participants",
        "CC-BY-NC-SA-4.0",
        "Arbeidsboka med alle ti kapitlene, med plass til å skrive.",
        "Arbeidsbok",
        _HAND_WRITTEN["min-vei-videre-arbeidsbok"],
    ),
    _material(
        "rundt-bordet",
        "rundt-bordet-forberedelse",
        "Rundt bordet – forberedelsesark",
        "pdf",
        "participants,relatives",
        "CC-BY-4.0",
        "Ark til forberedelsessamtalen før nettverksmøtet, med et eget punkt for pårørende.",
        "Forberedelsesark",
        _HAND_WRITTEN["rundt-bordet-forberedelse"],
    ),
    _material(
        "forste-mote",
        "forste-mote-guide",
        "Første møte – samtaleguide og sju kjennetegn",
        "pdf",
        "practitioners,educators",
        "CC-BY-4.0",
        "De sju kjennetegnene ved gode første samtaler, spørsmål som åpner og et skjema for avtalen.",
        "Samtaleguide",
        _HAND_WRITTEN["forste-mote-guide"],
    ),
    _material(
        "ung-og-naer",
        "ung-parorende-ark",
        "Til deg som er ung pårørende",
        "pdf",
        "participants,relatives",
        "CC-BY-4.0",
        "Et ark for ungdom om rettigheter, skyld og hvem de kan snakke med.",
        "Informasjonsark",
        _HAND_WRITTEN["ung-parorende-ark"],
    ),
    _material(
        "aktivitetskartet",
        "aktivitetskartet-ark",
        "Aktivitetskartet – kart og veiledning",
        "pdf",
        "participants,practitioners",
        "CC-BY-4.0",
        "Kartet over uka med en kort veiledning for den som bruker det i en samtale.",
        "Kart",
        _HAND_WRITTEN["aktivitetskartet-ark"],
    ),
    _material(
        "trinnvis",
        "trinnvis-veileder",
        "Trinnvis – veileder for likepersoner",
        "pdf",
        "practitioners,educators",
        "CC-BY-4.0",
        "Veileder for likepersoner som skal lede samtalegruppa: formål, møtene og trygghet i gruppa.",
        "Veileder",
    ),
    _material(
        "parorandekveldar",
        "parorandekveldar-program",
        "Pårørandekveldar – mal for program og oppslag",
        "docx",
        "practitioners,relatives",
        "CC-BY-4.0",
        "Mal for program og oppslag til pårørandekveldane, med ei liste for samtaleleiarane.",
        "Mal",
        _HAND_WRITTEN["parorandekveldar-program"],
    ),
    _material(
        "hjelpekortet",
        "hjelpekortet-ark",
        "Hjelpekortet – utskriftsark",
        "pdf",
        "participants",
        "CC-BY-4.0",
        "Kortet til utskrift, med plass til tre ting som hjelper og hvem du kan kontakte.",
        "Utskriftsark",
        _HAND_WRITTEN["hjelpekortet-ark"],
    ),
    _material(
        "kompassgruppa",
        "kompassgruppa-rutiner-internt",
        "Kompassgruppa – rutiner for oppfølging (internt)",
        "pdf",
        "practitioners",
        "CC-BY-NC-SA-4.0",
        "Internt notat for gruppeledere: avtaler før oppstart, hva dere gjør når en deltaker får det "
        "vanskeligere, og notater til veiledning.",
        "Internt notat",
        _HAND_WRITTEN["kompassgruppa-rutiner-internt"],
        internal=True,
    ),
]
