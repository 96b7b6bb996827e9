"""A small document model for the demo's teaching materials, rendered to PDF, DOCX or plain text.

The files are generated in memory from text, so the demo ships no binary fixtures and every file is
reproducible byte for byte (the same input gives the same bytes).
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TeachingDocument:
    """What a material says. Blocks are (kind, value) pairs:

    ("h", text)          a section heading
    ("p", text)          a paragraph
    ("ul", [text, ...])  a bulleted list
    ("ol", [text, ...])  a numbered list
    ("quote", text)      a quotation from lived experience, already attributed in the text
    ("fields", [label])  labelled spaces to fill in by hand (a form)
    """

    title: str
    author: str
    language: str = "nb"
    subtitle: str = ""
    footer: str = ""
    blocks: tuple = field(default_factory=tuple)


def render(document, file_format):
    """Bytes of the document in 'pdf', 'docx' or 'txt'."""
    if file_format == "pdf":
        from .pdf import render_pdf

        return render_pdf(document)
    if file_format == "docx":
        from .docx import render_docx

        return render_docx(document)
    if file_format == "txt":
        return render_text(document)
    raise ValueError(f"Unknown demo file format: {file_format!r}")


def render_text(document):
    """Plain UTF-8 text with a simple, readable layout."""
    lines = [document.title, "=" * len(document.title)]
    if document.subtitle:
        lines += [document.subtitle]
    for kind, value in document.blocks:
        lines.append("")
        if kind == "h":
            lines += [value, "-" * len(value)]
        elif kind == "p":
            lines.append(value)
        elif kind == "quote":
            lines.append(f"    {value}")
        elif kind == "ul":
            lines += [f"  - {item}" for item in value]
        elif kind == "ol":
            lines += [f"  {number}. {item}" for number, item in enumerate(value, start=1)]
        elif kind == "fields":
            lines += [f"{label}: ________________________________" for label in value]
        else:
            raise ValueError(f"Unknown block kind: {kind!r}")
    if document.footer:
        lines += ["", "--", document.footer]
    return ("\n".join(lines) + "\n").encode("utf-8")
