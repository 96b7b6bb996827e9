"""Snippets with the matched words marked, and why a result matched, built from the page's own text.

Everything is escaped first and only our own <mark> tags are added, so editor text can never inject
markup. Matching follows the engines: a word matches when it has the query word's Snowball stem, is one
of its synonyms or compound parts, or is a compound starting with it.
"""

import re
from dataclasses import dataclass
from html import unescape

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from .query import word_matcher
from .text import WORD_RE

SNIPPET_LENGTH = 220
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")

# (attribute, label) in the order a practitioner would look for the match; the snippet comes from the
# first of these (after the title) with the most query words.
METHOD_FIELDS = [
    ("title", _("title")),
    ("summary", _("summary")),
    ("plain_summary", _("in brief")),
    ("target_groups", _("target groups")),
    ("themes", _("themes")),
    ("aim", _("aim")),
    ("target_group_description", _("about the target group")),
    ("lived_experience_origin", _("lived-experience origin")),
    ("evidence", _("knowledge base")),
    ("how_to", _("how to carry it out")),
    ("materials", _("materials")),
]
NOT_IN_SNIPPET = {"title", "target_groups", "themes"}
RICH_TEXT = {"aim", "lived_experience_origin", "evidence", "how_to"}


@dataclass
class Highlight:
    title_html: str
    snippet_html: str
    matched_fields: list  # [(label, [query words])]


def plain_text(value):
    if value is None:
        return ""
    if hasattr(value, "stream_block"):
        return " ".join(str(part) for part in value.stream_block.get_searchable_content(value))
    return " ".join(unescape(strip_tags(str(value))).split())


def method_texts(page):
    texts = {}
    for attribute, _label in METHOD_FIELDS:
        if attribute in ("target_groups", "themes"):
            texts[attribute] = ", ".join(term.name for term in getattr(page, attribute).all())
        elif attribute == "materials":
            texts[attribute] = " ".join(
                f"{item.document.title}. {item.document.description}" for item in page.materials.all()
            )
        elif attribute in RICH_TEXT:
            texts[attribute] = plain_text(getattr(page, attribute, ""))
        else:  # plain text fields: shown as typed (escaped later), never stripped
            texts[attribute] = " ".join(str(getattr(page, attribute, "") or "").split())
    return texts


def mark(text, match):
    """Escaped `text` with every matching word wrapped in <mark>; also the set of query words found."""
    parts, found, position = [], set(), 0
    for word in WORD_RE.finditer(text):
        label = match(word.group())
        if label:
            parts.append(escape(text[position : word.start()]))
            parts.append(f"<mark>{escape(word.group())}</mark>")
            position = word.end()
            found.add(label)
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts)), found


def _window(text, match):
    """The sentence(s) with the most matched words, cut to about SNIPPET_LENGTH characters."""
    sentences = [sentence for sentence in SENTENCE_RE.split(text) if sentence.strip()]
    if not sentences:
        return ""
    best = max(
        range(len(sentences)),
        key=lambda index: (len({match(word) for word in WORD_RE.findall(sentences[index])} - {None}), -index),
    )
    snippet = sentences[best]
    if len(snippet) < SNIPPET_LENGTH and best + 1 < len(sentences):
        snippet = f"{snippet} {sentences[best + 1]}"
    if len(snippet) > SNIPPET_LENGTH:
        first = next((word.start() for word in WORD_RE.finditer(snippet) if match(word.group())), 0)
        start = max(0, first - SNIPPET_LENGTH // 3)
        start = snippet.rfind(" ", 0, start) + 1 if start else 0
        end = snippet.rfind(" ", start, start + SNIPPET_LENGTH)
        end = end if end > start else start + SNIPPET_LENGTH
        snippet = ("… " if start else "") + snippet[start:end].strip() + " …"
    elif best > 0:
        snippet = "… " + snippet
    return snippet


def highlight_method(page, parsed, match=None):
    """`match`: a word_matcher(parsed) to share between the results of one search (it remembers words)."""
    texts = method_texts(page)
    match = match or word_matcher(parsed)
    title_html, _found = mark(texts["title"], match)
    matched_fields, best_field, best_count = [], None, 0
    for attribute, label in METHOD_FIELDS:
        found = {match(word) for word in WORD_RE.findall(texts[attribute])} - {None}
        if found:
            matched_fields.append((label, sorted(found)))
            if attribute not in NOT_IN_SNIPPET and len(found) > best_count:
                best_field, best_count = attribute, len(found)
    source = texts[best_field] if best_field else texts["summary"]
    snippet_html, _found = mark(_window(source, match) if best_field else source[:SNIPPET_LENGTH], match)
    return Highlight(title_html=title_html, snippet_html=snippet_html, matched_fields=matched_fields)


def highlight_text(title, text, parsed):
    match = word_matcher(parsed)
    title_html, _found = mark(title, match)
    snippet_html, _found = mark(_window(text, match), match)
    return title_html, snippet_html
