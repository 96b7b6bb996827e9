"""Plain text of the import format <-> the rich text the pages store.

The import format has plain text where paragraphs are separated by a blank line. Imported text is escaped,
never interpreted as HTML: a "<script>" typed in a field is stored and shown as those characters.
"""

import re
from html import unescape
from html.parser import HTMLParser

from django.utils.html import escape

_BLANK_LINE = re.compile(r"\n[ \t\f]*\n")
_SPACES = re.compile(r"[ \t\f]+")
_HTML_WHITESPACE = re.compile(r"[ \t\r\n\f]+")


def normalise_text(value):
    """Line endings as \\n, runs of spaces as one, paragraphs trimmed and separated by one blank line.

    HTML shows runs of spaces as one, so keeping them would make text that went through a page differ
    from the file it came from.
    """
    if not value:
        return ""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for paragraph in _BLANK_LINE.split(value):
        lines = [_SPACES.sub(" ", line).strip() for line in paragraph.strip().split("\n")]
        if any(lines):
            paragraphs.append("\n".join(line for line in lines if line))
    return "\n\n".join(paragraphs)


def text_paragraphs(value):
    text = normalise_text(value)
    return text.split("\n\n") if text else []


def paragraph_html(paragraph):
    return "<p>" + "<br/>".join(escape(line) for line in paragraph.split("\n")) + "</p>"


def text_to_html(value):
    """Plain text to rich text HTML: one <p> per paragraph, single line breaks kept as <br/>."""
    return "".join(paragraph_html(paragraph) for paragraph in text_paragraphs(value))


class _TextExtractor(HTMLParser):
    """Rich text HTML (as editors write it) back to the import format's plain text.

    Paragraphs, headings and list items become paragraphs; a list item starts with "- " or its number.
    Inline formatting and links are reduced to their text: the import format has no markup.
    """

    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs = []
        self.current = []
        self.lists = []

    def _flush(self):
        text = "".join(self.current).strip()
        if text:
            self.paragraphs.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in ("ul", "ol"):
            self._flush()
            self.lists.append([tag, 0])
        elif tag == "br":
            self.current.append("\n")
        elif tag in self.BLOCKS:
            self._flush()
            if tag == "li" and self.lists:
                self.lists[-1][1] += 1
                kind, number = self.lists[-1]
                self.current.append("- " if kind == "ul" else f"{number}. ")

    def handle_endtag(self, tag):
        if tag in ("ul", "ol"):
            self._flush()
            if self.lists:
                self.lists.pop()
        elif tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data):
        # Line breaks in HTML source are plain whitespace; only <br> breaks a line.
        self.current.append(_HTML_WHITESPACE.sub(" ", data))

    def text(self):
        self._flush()
        return normalise_text("\n\n".join(self.paragraphs))


def html_to_text(html):
    if not html:
        return ""
    if "<" not in html:
        return normalise_text(unescape(html))
    parser = _TextExtractor()
    parser.feed(str(html))
    parser.close()
    return parser.text()
