"""A minimal Office Open XML (DOCX) writer for the demo's teaching materials.

Writes the parts Word needs ([Content_Types].xml, the package and document relationships, the main
document) plus styles (real headings, so screen readers can navigate), numbering (real lists) and core
properties (title, author, language). Fixed timestamps in the zip keep the output reproducible.
"""

import io
import zipfile
from xml.sax.saxutils import escape

from .documents import TeachingDocument

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"
LANGUAGE_TAGS = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB", "se": "se-NO"}
BULLET_NUM_ID = 1

CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{DOC_TYPE}.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="{DOC_TYPE}.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="{DOC_TYPE}.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""

PACKAGE_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL_NS}">
<Relationship Id="rId1" Type="{R_NS}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""

DOCUMENT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL_NS}">
<Relationship Id="rId1" Type="{R_NS}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{R_NS}/numbering" Target="numbering.xml"/>
</Relationships>"""


def _styles(language_tag):
    def heading(style_id, name, size, space_before, outline):
        return (
            f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
            f'<w:pPr><w:keepNext/><w:spacing w:before="{space_before}" w:after="120"/>'
            f'<w:outlineLvl w:val="{outline}"/></w:pPr>'
            f'<w:rPr><w:b/><w:color w:val="1C3A5E"/><w:sz w:val="{size}"/></w:rPr></w:style>'
        )

    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:styles xmlns:w="{W_NS}">'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
        f'<w:sz w:val="22"/><w:lang w:val="{language_tag}"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="288" w:lineRule="auto"/></w:pPr>'
        "</w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        "</w:style>"
        + heading("Title", "Title", 40, 0, 0)
        + heading("Heading1", "heading 1", 28, 240, 1)
        + '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>'
        '<w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="404040"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/>'
        # Word expects pPr children in schema order: pBdr before ind.
        '<w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="6B9E8C"/></w:pBdr>'
        '<w:ind w:left="567"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
        '<w:rPr><w:color w:val="4D4D4D"/><w:sz w:val="16"/></w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
        + "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders></w:tblPr></w:style></w:styles>"
    )


def _numbering(ordered_lists):
    """One bullet list definition, and one numbering instance per ordered list so each restarts at 1."""
    levels = {
        0: '<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>',
        1: '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>',
    }
    abstract = "".join(
        f'<w:abstractNum w:abstractNumId="{number}"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/>{fmt}<w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
        for number, fmt in levels.items()
    )
    instances = f'<w:num w:numId="{BULLET_NUM_ID}"><w:abstractNumId w:val="0"/></w:num>' + "".join(
        f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="1"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        for num_id in ordered_lists
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:numbering xmlns:w="{W_NS}">{abstract}{instances}</w:numbering>'
    )


def _paragraph(text, style=None, num_id=None):
    properties = ""
    if style or num_id:
        properties = "<w:pPr>"
        if style:
            properties += f'<w:pStyle w:val="{style}"/>'
        if num_id:
            properties += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        properties += "</w:pPr>"
    run = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
    return f"<w:p>{properties}{run}</w:p>"


def _form_table(labels):
    """A two-column table: the label, and an empty cell tall enough to write in."""
    rows = "".join(
        '<w:tr><w:trPr><w:trHeight w:val="851" w:hRule="atLeast"/></w:trPr>'
        f'<w:tc><w:tcPr><w:tcW w:w="3200" w:type="dxa"/></w:tcPr>{_paragraph(label)}</w:tc>'
        f'<w:tc><w:tcPr><w:tcW w:w="6438" w:type="dxa"/></w:tcPr>{_paragraph("")}</w:tc></w:tr>'
        for label in labels
    )
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9638" w:type="dxa"/>'
        '<w:tblLook w:val="0000" w:firstRow="0" w:firstColumn="1"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="3200"/><w:gridCol w:w="6438"/></w:tblGrid>'
        f"{rows}</w:tbl>{_paragraph('')}"
    )


def _body(document):
    parts = [_paragraph(document.title, "Title")]
    if document.subtitle:
        parts.append(_paragraph(document.subtitle, "Subtitle"))
    ordered_lists = []
    for kind, value in document.blocks:
        if kind == "h":
            parts.append(_paragraph(value, "Heading1"))
        elif kind == "p":
            parts.append(_paragraph(value))
        elif kind == "quote":
            parts.append(_paragraph(value, "Quote"))
        elif kind == "ul":
            parts += [_paragraph(item, "ListParagraph", BULLET_NUM_ID) for item in value]
        elif kind == "ol":
            num_id = BULLET_NUM_ID + 1 + len(ordered_lists)
            ordered_lists.append(num_id)
            parts += [_paragraph(item, "ListParagraph", num_id) for item in value]
        elif kind == "fields":
            parts.append(_form_table(value))
        else:
            raise ValueError(f"Unknown block kind: {kind!r}")
    if document.footer:
        parts.append(_paragraph(document.footer, "Footer"))
    section = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" '
        'w:footer="567" w:gutter="0"/></w:sectPr>'
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(parts)}{section}</w:body>'
        "</w:document>"
    )
    return xml, ordered_lists


def _core_properties(document, language_tag):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
        f"<dc:title>{escape(document.title)}</dc:title><dc:creator>{escape(document.author)}</dc:creator>"
        f"<dc:subject>{escape(document.subtitle)}</dc:subject><dc:language>{language_tag}</dc:language>"
        "</cp:coreProperties>"
    )


def render_docx(document: TeachingDocument) -> bytes:
    language_tag = LANGUAGE_TAGS.get(document.language, document.language)
    body, ordered_lists = _body(document)
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("word/document.xml", body),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", _styles(language_tag)),
        ("word/numbering.xml", _numbering(ordered_lists)),
        ("docProps/core.xml", _core_properties(document, language_tag)),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, xml.encode("utf-8"))
    return buffer.getvalue()
