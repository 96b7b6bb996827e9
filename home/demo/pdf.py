"""A minimal, correct PDF 1.4 writer for the demo's teaching materials.

Text is set in the standard Helvetica fonts with WinAnsiEncoding (Windows-1252), so Norwegian letters
(æ, ø, å) render and extract as text without embedding a font. The file has a proper cross-reference
table with byte offsets, a document information dictionary and a document language.
"""

import hashlib

from .documents import TeachingDocument

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 62, 70, 72
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

# Advance widths (1/1000 em) from the Adobe metrics of the standard fonts, ASCII 32..126.
_HELVETICA_ASCII = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 "
    "556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 "
    "667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 "
    "556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584"
)
_HELVETICA_BOLD_ASCII = (
    "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 "
    "556 556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778 "
    "667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 556 333 556 611 556 611 556 333 611 "
    "611 278 278 556 278 889 611 611 611 611 389 556 333 611 556 778 556 556 500 389 280 389 584"
)
_EXTRA = {
    # character: (Helvetica, Helvetica-Bold)
    "æ": (889, 889),
    "ø": (611, 611),
    "å": (556, 556),
    "Æ": (1000, 1000),
    "Ø": (778, 778),
    "Å": (667, 722),
    "é": (556, 556),
    "ü": (556, 611),
    "ö": (556, 611),
    "ä": (556, 556),
    "–": (556, 556),
    "—": (1000, 1000),
    "«": (556, 556),
    "»": (556, 556),
    "‘": (222, 278),
    "’": (222, 278),
    "“": (333, 500),
    "”": (333, 500),
    "•": (350, 350),
    "…": (1000, 1000),
    "§": (556, 556),
    "°": (400, 400),
    "\u00a0": (278, 278),
}


def _widths(ascii_table, column):
    table = {chr(32 + index): int(width) for index, width in enumerate(ascii_table.split())}
    table.update({char: widths[column] for char, widths in _EXTRA.items()})
    return table


WIDTHS = {"F1": _widths(_HELVETICA_ASCII, 0), "F2": _widths(_HELVETICA_BOLD_ASCII, 1)}
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold"}

# Text styles: font, size, leading, space before, colour (grey level or RGB).
STYLES = {
    "title": ("F2", 20, 25, 0, (0.11, 0.23, 0.37)),
    "subtitle": ("F1", 11, 15, 4, (0.25, 0.25, 0.25)),
    "h": ("F2", 13, 17, 14, (0.11, 0.23, 0.37)),
    "p": ("F1", 10.5, 15, 6, (0, 0, 0)),
    "quote": ("F1", 10.5, 15, 8, (0.2, 0.2, 0.2)),
    "label": ("F2", 10, 14, 10, (0, 0, 0)),
    "footer": ("F1", 8, 10, 0, (0.3, 0.3, 0.3)),
}


def text_width(text, font, size):
    table = WIDTHS[font]
    return sum(table.get(char, 556) for char in text) * size / 1000


def wrap(text, font, size, width):
    """Greedy line breaking at spaces; a word longer than the line is left to overflow rather than split."""
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


def pdf_string(text):
    """A PDF literal string in WinAnsiEncoding, kept 7-bit by writing other bytes as octal escapes."""
    out = []
    for byte in text.encode("cp1252", errors="replace"):
        if byte in b"()\\":
            out.append("\\" + chr(byte))
        elif 32 <= byte < 127:
            out.append(chr(byte))
        else:
            out.append(f"\\{byte:03o}")
    return "(" + "".join(out) + ")"


def pdf_text_string(text):
    """A text string for the document information dictionary: UTF-16BE with a byte-order mark, in hex."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


class _Layout:
    """Places text lines and rules on A4 pages, top to bottom, breaking pages as needed."""

    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = PAGE_HEIGHT - MARGIN_TOP

    def ensure(self, height):
        if self.y - height < MARGIN_BOTTOM:
            self.new_page()
            return True
        return False

    def text(self, x, style, text):
        font, size, _leading, _before, colour = STYLES[style]
        r, g, b = colour
        self.ops.append(
            f"BT /{font} {size:g} Tf {r:g} {g:g} {b:g} rg {x:.2f} {self.y:.2f} Td {pdf_string(text)} Tj ET"
        )

    def paragraph(self, style, text, indent=0, marker=None, keep_with=0):
        font, size, leading, before, _colour = STYLES[style]
        lines = wrap(text, font, size, TEXT_WIDTH - indent)
        if not self.ensure(before + leading * min(len(lines), 2) + keep_with):
            self.y -= before
        for number, line in enumerate(lines):
            if number:
                self.ensure(leading)
            self.y -= leading
            if number == 0 and marker:
                self.text(MARGIN_X + indent - 14, style, marker)
            self.text(MARGIN_X + indent, style, line)

    def rule(self, x1, x2, grey=0.55, width=0.6):
        self.ops.append(f"{grey:g} G {width:g} w {x1:.2f} {self.y:.2f} m {x2:.2f} {self.y:.2f} l S")

    def bar(self, height):
        """A vertical bar in the left margin beside a quotation."""
        self.ops.append(f"0.42 0.62 0.55 rg {MARGIN_X:.2f} {self.y - 4:.2f} 3 {height:.2f} re f")


def _lay_out(document: TeachingDocument):
    layout = _Layout()
    layout.paragraph("title", document.title)
    if document.subtitle:
        layout.paragraph("subtitle", document.subtitle)
    layout.y -= 8
    layout.rule(MARGIN_X, PAGE_WIDTH - MARGIN_X, grey=0.7, width=0.8)
    for kind, value in document.blocks:
        if kind == "h":
            layout.paragraph("h", value, keep_with=30)
        elif kind == "p":
            layout.paragraph("p", value)
        elif kind == "quote":
            top = layout.y
            layout.paragraph("quote", value, indent=14)
            if layout.y < top:
                layout.bar(top - layout.y - 4)
        elif kind == "ul":
            for item in value:
                layout.paragraph("p", item, indent=16, marker="•")
        elif kind == "ol":
            for number, item in enumerate(value, start=1):
                layout.paragraph("p", item, indent=16, marker=f"{number}.")
        elif kind == "fields":
            for label in value:
                layout.paragraph("label", label, keep_with=44)
                for _line in range(2):
                    layout.y -= 21
                    layout.rule(MARGIN_X, PAGE_WIDTH - MARGIN_X)
        else:
            raise ValueError(f"Unknown block kind: {kind!r}")
    return layout.pages


def _footer_ops(document, number, total):
    font, size, _leading, _before, (r, g, b) = STYLES["footer"]
    right = f"{number} / {total}"
    left = document.footer or document.author
    y = MARGIN_BOTTOM - 36
    ops = [f"BT /{font} {size:g} Tf {r:g} {g:g} {b:g} rg {MARGIN_X:.2f} {y:.2f} Td {pdf_string(left)} Tj ET"]
    x = PAGE_WIDTH - MARGIN_X - text_width(right, font, size)
    ops.append(f"BT /{font} {size:g} Tf {r:g} {g:g} {b:g} rg {x:.2f} {y:.2f} Td {pdf_string(right)} Tj ET")
    return ops


def render_pdf(document: TeachingDocument) -> bytes:
    pages = _lay_out(document)
    total = len(pages)

    # Object numbers: 1 catalog, 2 page tree, 3 info, 4-5 fonts, then a page and its content per page.
    objects = {}
    font_refs = {}
    for offset, key in enumerate(FONTS, start=4):
        objects[offset] = (
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{FONTS[key]} /Encoding /WinAnsiEncoding >>"
        ).encode()
        font_refs[key] = offset
    resources = "<< /Font << " + " ".join(f"/{key} {ref} 0 R" for key, ref in font_refs.items()) + " >> >>"
    page_refs = []
    next_number = 4 + len(FONTS)
    for number, ops in enumerate(pages, start=1):
        page_ref, content_ref = next_number, next_number + 1
        next_number += 2
        page_refs.append(page_ref)
        stream = "\n".join(ops + _footer_ops(document, number, total)).encode("ascii")
        objects[content_ref] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objects[page_ref] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources {resources} /Contents {content_ref} 0 R >>"
        ).encode()
    objects[1] = (
        f"<< /Type /Catalog /Pages 2 0 R /Lang {pdf_string(document.language)} "
        "/ViewerPreferences << /DisplayDocTitle true >> >>"
    ).encode()
    objects[2] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{ref} 0 R' for ref in page_refs)}] /Count {total} >>"
    ).encode()
    info = {
        "Title": document.title,
        "Author": document.author,
        "Subject": document.subtitle,
        "Creator": "Knutepunkt for Recovery (load_demo)",
    }
    objects[3] = (
        "<< " + " ".join(f"/{key} {pdf_text_string(value)}" for key, value in info.items() if value) + " >>"
    ).encode()

    # Header with a comment of high bytes, so that transfer programs treat the file as binary.
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    size = max(objects) + 1
    xref_offset = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    file_id = hashlib.md5(bytes(out)).hexdigest().upper()
    out += (
        f"trailer\n<< /Size {size} /Root 1 0 R /Info 3 0 R /ID [<{file_id}> <{file_id}>] >>\n"
        f"startxref\n{xref_offset}\n%%EOF\n"
    ).encode()
    return bytes(out)
