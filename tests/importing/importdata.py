"""A realistic import folder for the tests (and the benchmark): Norwegian records plus generated files.

The files are small but real: PDFs with a correct cross-reference table, DOCX packages Word opens, UTF-8
text and PNG images.
"""

import copy
import io
import json
import struct
import zipfile
import zlib
from pathlib import Path


def make_pdf(text="Arbeidshefte", padding=0):
    """A one-page PDF showing `text`; `padding` bytes of comment make bigger files for the benchmark."""
    safe = (
        text.encode("latin-1", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    )
    stream = b"BT /F1 18 Tf 72 770 Td (" + safe + b") Tj ET"
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
        b"<</Length %d>>stream\n" % len(stream) + stream + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    if padding:
        line = b"% " + b"x" * 76 + b"\n"
        out.write(line * (padding // len(line) + 1))
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def make_docx(paragraphs, padding=0):
    """A minimal Word document (OOXML package) with the given paragraphs."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_xml(text)}</w:t></w:r></w:p>' for text in paragraphs
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        package.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>",
        )
        if padding:
            # Incompressible filler stored as-is, so the file really is about `padding` bytes bigger.
            package.writestr("word/media/filler.bin", _noise(padding), compress_type=zipfile.ZIP_STORED)
    return out.getvalue()


def _noise(size):
    chunk = zlib.compress(b"knutepunkt" * 4096, 0)
    return (chunk * (size // len(chunk) + 1))[:size]


def make_png(width=2, height=2, rgb=(200, 80, 40)):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + bytes(rgb) * width
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def _xml(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


CENTRES = ["bikuben", "varres", "kbt", "sagatun", "rom-agder", "vestavind"]

# (id, kind, title, summary) for 22 methods and tools, spread over the six centres.
_METHODS = [
    (
        "mestringsgruppe-parorende",
        "method",
        "Mestringsgruppe for pårørende",
        "Et gruppetilbud der pårørende deler erfaringer og lærer å ta vare på seg selv i hverdagen.",
    ),
    (
        "recoverykurs-grunnkurs",
        "method",
        "Recoverykurs – grunnkurs",
        "Et kurs over åtte kvelder om bedringsprosesser, håp og egne ressurser, ledet av erfaringskonsulenter.",
    ),
    (
        "min-kriseplan",
        "tool",
        "Min kriseplan",
        "En mal for en personlig kriseplan som brukeren lager sammen med dem hen stoler på.",
    ),
    (
        "samtalekort-om-hap",
        "tool",
        "Samtalekort om håp",
        "Kort med spørsmål som åpner for samtaler om håp, drømmer og hva som gir mening.",
    ),
    (
        "brukerstyrt-seng",
        "method",
        "Brukerstyrt seng",
        "Brukeren bestemmer selv når hen trenger noen dager på en døgnplass, uten vurdering fra lege.",
    ),
    (
        "erfaringsbasert-undervisning",
        "method",
        "Erfaringsbasert undervisning for ansatte",
        "Undervisning der personer med egenerfaring og ansatte sammen underviser om recovery i tjenestene.",
    ),
    (
        "parorendekafe",
        "method",
        "Pårørendekafé",
        "Et åpent møtested én kveld i måneden der pårørende møter hverandre og fagfolk på like fot.",
    ),
    (
        "nettverksmote",
        "method",
        "Nettverksmøte med brukerens nettverk",
        "En møteform der brukeren inviterer sitt eget nettverk for å finne løsninger sammen.",
    ),
    (
        "ressurskart",
        "tool",
        "Ressurskart",
        "Et kart der brukeren tegner inn personer, steder og aktiviteter som gir styrke i hverdagen.",
    ),
    (
        "sjekkliste-brukermedvirkning",
        "tool",
        "Sjekkliste for brukermedvirkning",
        "En sjekkliste kommuner kan bruke for å vurdere hvor godt brukere og pårørende får medvirke.",
    ),
    (
        "likepersonsarbeid",
        "method",
        "Likepersonsarbeid i kommunen",
        "Opplæring og veiledning av likepersoner som følger andre gjennom vanskelige perioder.",
    ),
    (
        "arbeidshefte-egen-bedring",
        "tool",
        "Arbeidshefte om egen bedring",
        "Et arbeidshefte med oppgaver om mål, hverdag og tegn på at det går bedre.",
    ),
    (
        "dialogmote-ungdom",
        "method",
        "Dialogmøte med ungdom",
        "Dialogmøter der unge med egenerfaring forteller tjenestene hva som hjalp og hva som ikke gjorde det.",
    ),
    (
        "skrivegruppe",
        "method",
        "Skrivegruppe om egne erfaringer",
        "En gruppe der deltakerne skriver om egne erfaringer og leser for hverandre, med en erfaren leder.",
    ),
    (
        "hverdagsplan",
        "tool",
        "Hverdagsplan",
        "En enkel ukeplan som hjelper med struktur i hverdagen etter en innleggelse eller en vanskelig tid.",
    ),
    (
        "veiledning-erfaringskonsulenter",
        "method",
        "Veiledning for erfaringskonsulenter",
        "Gruppeveiledning for erfaringskonsulenter ansatt i kommuner og helseforetak.",
    ),
    (
        "tilbakemeldingsskjema",
        "tool",
        "Tilbakemeldingsskjema etter samtaler",
        "Et kort skjema der brukeren sier hva som var nyttig i samtalen og hva som bør gjøres annerledes.",
    ),
    (
        "familiesamtale",
        "method",
        "Familiesamtale med barn som pårørende",
        "En samtale der barn får vite om mors eller fars sykdom, og får stille sine egne spørsmål.",
    ),
    (
        "friluftsgruppe",
        "method",
        "Friluftsgruppe",
        "Ukentlige turer i nærmiljøet der deltakerne er sammen i naturen med en erfaren turleder.",
    ),
    (
        "kortstokk-folelser",
        "tool",
        "Kortstokk om følelser",
        "En kortstokk med ord og bilder som gjør det lettere å sette ord på følelser i samtaler.",
    ),
    (
        "innflytelsesmote",
        "method",
        "Innflytelsesmøte for brukerråd",
        "En fast møteform der brukerrådet gir innspill til kommunens planer før de vedtas.",
    ),
    (
        "velkomstsamtale",
        "method",
        "Velkomstsamtale ved oppstart",
        "En første samtale der nye deltakere møter en erfaringskonsulent og får vite hva tilbudet er.",
    ),
]

_TARGET_GROUPS = [
    ["Pårørende"],
    ["Personer med egenerfaring", "Ansatte i kommunen"],
    ["Personer med egenerfaring"],
    ["Ansatte i kommunen", "Ansatte i helseforetak"],
    ["Unge voksne", "Pårørende"],
]
_THEMES = [["Recovery", "Mestring"], ["Brukermedvirkning"], ["Pårørendearbeid", "Mestring"], [], ["Rus"]]
_RESEARCH = ["well-described", "theory-based", "some-evidence", "not-assessed", "good-evidence"]
_EXPERIENCE = ["individual", "collected", "user-evaluated", "established"]
_PRACTICE = ["tried-once", "in-use", "ready-to-spread", None]


def realistic_records(count=None):
    """Records for the import file. With `count` above the 22 written ones, ids get a number suffix."""
    records = []
    count = count or len(_METHODS)
    for n in range(count):
        ident, kind, title, summary = _METHODS[n % len(_METHODS)]
        if n >= len(_METHODS):
            ident, title = f"{ident}-{n}", f"{title} {n}"
        record = {
            "id": ident,
            "centre": CENTRES[n % len(CENTRES)],
            "kind": kind,
            "language": "nb",
            "title": title,
            "summary": summary,
            "plain_summary": "Kort fortalt: " + summary.split(",")[0].rstrip(".") + ".",
            "aim": (
                f"Målet med «{title}» er at deltakerne skal få mer mestring i hverdagen.\n\n"
                "Tilbudet skal også gi tjenestene kunnskap om hva som hjelper, sett fra dem det gjelder."
            ),
            "target_groups": _TARGET_GROUPS[n % len(_TARGET_GROUPS)],
            "lived_experience_origin": (
                "Utviklet av personer med egenerfaring sammen med ansatte ved senteret.\n\n"
                "Deltakere fra de første gruppene har vært med på å skrive om opplegget."
            ),
            "knowledge_profile": {
                "research": _RESEARCH[n % len(_RESEARCH)],
                "experience": _EXPERIENCE[n % len(_EXPERIENCE)],
            },
            "how_to": (
                "Start med et informasjonsmøte der alle kan komme.\n\n"
                "Hvert møte har et tema, en runde der alle som vil sier noe, og tid til samtale.\n"
                "Lederne skriver et kort notat etter hvert møte.\n\n"
                "Avslutt med en evaluering der deltakerne sier hva de tar med seg videre."
            ),
            "published": n % 3 != 0,
        }
        if _PRACTICE[n % len(_PRACTICE)]:
            record["knowledge_profile"]["practice"] = _PRACTICE[n % len(_PRACTICE)]
        if n % 2 == 0:
            record["knowledge_profile"]["research_assessed_by"] = "Senteret selv"
            record["evidence"] = (
                "Deltakerne har evaluert tilbudet skriftlig etter hver gruppe.\n\n"
                "En masteroppgave fra 2021 beskriver erfaringene fra de tre første årene."
            )
            record["references"] = [
                {"title": "Recovery i praksis – en kunnskapsoversikt", "year": 2019},
                {"title": "Veileder for psykisk helsearbeid", "url": "https://www.helsedirektoratet.no/"},
            ]
            record["in_use"] = [
                {"name": "Gjøvik kommune", "kind": "municipality"},
                {"name": "Sykehuset Innlandet", "kind": "health-trust"},
            ]
            record["last_reviewed"] = f"2024-0{n % 9 + 1}-15"
            record["duration"] = "8 møter à 2 timer"
            record["group_size"] = "6–10 deltakere"
            record["facilitators"] = "En erfaringskonsulent sammen med en ansatt"
            record["prerequisites"] = (
                "Et møterom som er lett å finne.\n\nTo ledere som kan være med hele perioden."
            )
            record["training"] = "Lederne går et todagers kurs hos senteret."
        if _THEMES[n % len(_THEMES)]:
            record["themes"] = _THEMES[n % len(_THEMES)]
        if n % 4 != 3:
            record["materials"] = [
                {
                    "title": f"Veileder – {title}",
                    "file": f"materialer/{ident}/veileder.pdf",
                    "description": "Veileder for dem som leder tilbudet.",
                    "audience": ["educators", "practitioners"],
                    "licence": "CC-BY-4.0",
                },
                {
                    "title": f"Arbeidsark – {title}",
                    "file": f"materialer/{ident}/arbeidsark.docx",
                    "audience": ["participants"],
                    "licence": "CC-BY-NC-4.0",
                    "language": "nb",
                },
            ]
            if n % 5 == 0:
                record["materials"].append(
                    {"title": f"Notater – {title}", "file": f"materialer/{ident}/notater.txt", "audience": []}
                )
            if n % 7 == 0:
                record["materials"].append(
                    {"title": f"Plakat – {title}", "file": f"materialer/{ident}/plakat.png"}
                )
        records.append(record)
    return records


def write_material_files(folder, records, padding=0):
    for record in records:
        for material in record.get("materials", []):
            path = Path(folder) / material["file"]
            path.parent.mkdir(parents=True, exist_ok=True)
            suffix = path.suffix
            if suffix == ".pdf":
                path.write_bytes(make_pdf(material["title"], padding=padding))
            elif suffix == ".docx":
                path.write_bytes(make_docx([material["title"], "Skriv svaret ditt her."], padding=padding))
            elif suffix == ".txt":
                path.write_text(f"{material['title']}\n\nNotater fra samlingene.\n", encoding="utf-8")
            elif suffix == ".png":
                path.write_bytes(make_png())


def write_import_folder(folder, records=None, padding=0):
    """Write methods.json and its material files into `folder`; return the JSON path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    records = copy.deepcopy(records if records is not None else realistic_records())
    write_material_files(folder, records, padding=padding)
    path = folder / "methods.json"
    path.write_text(json.dumps({"methods": records}, ensure_ascii=False, indent=2), encoding="utf-8")
    return path
