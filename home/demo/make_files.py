"""Writes the demo's teaching material files (PDF, DOCX, plain text) from home/demo/documents.json.

Run by hand after changing documents.json, then commit the files it writes to home/demo/data/materials/:

    .venv/bin/pip install -e ".[demo-files]"
    .venv/bin/python home/demo/make_files.py

The site and `load_demo` never run this: they import the committed files through the importer, so the
runtime needs neither fpdf2 nor python-docx. PDFs use fpdf2's core Helvetica (Windows-1252: æ, ø, å, «»
and dashes render and extract as text without an embedded font, which keeps each file a few KB); the
Northern Sami letters are outside that encoding and are not used in the files. Dates are fixed so that a
rerun with the same text gives the same content.

documents.json holds {"documents": [{file, title, subtitle, author, language, footer, blocks}]}, where
`file` is relative to home/demo/data/ and its extension picks the format, and blocks are [kind, value]:
"h" heading, "p" paragraph, "quote" quotation, "ul"/"ol" list of items, "fields" labels to fill in by hand.
"""

import datetime
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "documents.json"
DATA = HERE / "data"
FIXED_DATE = datetime.datetime(2025, 1, 1, 12, 0, tzinfo=datetime.UTC)
FILL_LINE = "_" * 48


def write_pdf(document, path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(document["title"])
    pdf.set_author(document["author"])
    pdf.set_lang(document["language"])
    pdf.set_margins(22, 24, 22)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()

    def text(value, size=11, style="", height=5.6, indent=0):
        pdf.set_font("Helvetica", style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent, height, value, new_x="LMARGIN", new_y="NEXT")

    text(document["title"], size=18, style="B", height=8.5)
    if document["subtitle"]:
        text(document["subtitle"], size=10, style="I")
    for kind, value in document["blocks"]:
        pdf.ln(3)
        if kind == "h":
            text(value, size=13, style="B", height=7)
        elif kind == "p":
            text(value)
        elif kind == "quote":
            text(value, style="I", indent=8)
        elif kind in ("ul", "ol"):
            for number, item in enumerate(value, start=1):
                text(f"{number}. {item}" if kind == "ol" else f"\u2022 {item}", indent=5)
        elif kind == "fields":
            for label in value:
                text(label, style="B")
                text(FILL_LINE)
        else:
            raise ValueError(f"Unknown block kind: {kind!r}")
    if document["footer"]:
        pdf.ln(6)
        text(document["footer"], size=8)
    pdf.output(str(path))


def write_docx(document, path):
    import docx

    doc = docx.Document()
    properties = doc.core_properties
    properties.title, properties.author, properties.language = (
        document["title"],
        document["author"],
        document["language"],
    )
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.last_modified_by, properties.revision = document["author"], 1
    doc.add_heading(document["title"], level=0)
    if document["subtitle"]:
        doc.add_paragraph(document["subtitle"], style="Subtitle")
    for kind, value in document["blocks"]:
        if kind == "h":
            doc.add_heading(value, level=1)
        elif kind == "p":
            doc.add_paragraph(value)
        elif kind == "quote":
            doc.add_paragraph(value, style="Quote")
        elif kind in ("ul", "ol"):
            for item in value:
                doc.add_paragraph(item, style="List Number" if kind == "ol" else "List Bullet")
        elif kind == "fields":
            for label in value:
                doc.add_paragraph().add_run(label).bold = True
                doc.add_paragraph(FILL_LINE)
        else:
            raise ValueError(f"Unknown block kind: {kind!r}")
    if document["footer"]:
        doc.add_paragraph(document["footer"], style="Caption")
    doc.save(str(path))


def write_text(document, path):
    lines = [document["title"], "=" * len(document["title"])]
    if document["subtitle"]:
        lines.append(document["subtitle"])
    for kind, value in document["blocks"]:
        lines.append("")
        if kind == "h":
            lines += [value, "-" * len(value)]
        elif kind == "p":
            lines.append(value)
        elif kind == "quote":
            lines.append(f"    {value}")
        elif kind in ("ul", "ol"):
            lines += [f"  {n}. {item}" if kind == "ol" else f"  - {item}" for n, item in enumerate(value, 1)]
        elif kind == "fields":
            lines += [f"{label}: {FILL_LINE}" for label in value]
        else:
            raise ValueError(f"Unknown block kind: {kind!r}")
    if document["footer"]:
        lines += ["", "--", document["footer"]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


WRITERS = {".pdf": write_pdf, ".docx": write_docx, ".txt": write_text}


def main():
    documents = json.loads(SOURCE.read_text(encoding="utf-8"))["documents"]
    for document in documents:
        path = DATA / document["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[path.suffix](document, path)
        print(f"{path.relative_to(HERE)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    sys.exit(main())
