"""Snippets with the matched words marked, and why a result matched, built from the page's own text.

Everything is escaped first and only our own <mark> tags are added, so editor text can never inject
markup. Matching follows the engines: a word matches when it has the query word's Snowball stem, is one
of its synonyms or compound parts, or is a compound starting with it.
"""

import re
from dataclasses import dataclass
from html import unescape

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from wagtail.fields import RichTextField, StreamField

from .query import word_matcher
from .text import WORD_RE

SNIPPET_LENGTH = 220
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")


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


def page_texts(page):
    """{name: text} of the page's search_highlight_fields (its model's search interface), made plain by the
    kind of each field: names of related terms, rich text and streams without markup, other text fields
    as typed (escaped later, never stripped), a method's text as it returns it."""
    texts = {}
    for name, _label, _in_snippet in page.search_highlight_fields:
        field = _model_field(type(page), name)
        if field is None:
            texts[name] = getattr(page, name)()
        elif field.many_to_many:
            texts[name] = ", ".join(str(term) for term in getattr(page, name).all())
        elif isinstance(field, (RichTextField, StreamField)):
            texts[name] = plain_text(getattr(page, name, ""))
        else:
            texts[name] = " ".join(str(getattr(page, name, "") or "").split())
    return texts


def _model_field(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


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
    """The marked title, snippet and matched fields of a page whose model declares search_highlight_fields
    (see MethodPage).

    `match`: a word_matcher(parsed) to share between the results of one search (it remembers words)."""
    fields = page.search_highlight_fields
    texts = page_texts(page)
    match = match or word_matcher(parsed)
    title_html, _found = mark(texts.get("title", page.title), match)
    matched_fields, best_field, best_count = [], None, 0
    for name, label, in_snippet in fields:
        found = {match(word) for word in WORD_RE.findall(texts[name])} - {None}
        if found:
            matched_fields.append((label, sorted(found)))
            if in_snippet and len(found) > best_count:
                best_field, best_count = name, len(found)
    # Nothing matched in a snippet field: the start of the first one.
    source = texts.get(
        best_field or next((name for name, _label, in_snippet in fields if in_snippet), None), ""
    )
    snippet_html, _found = mark(_window(source, match) if best_field else source[:SNIPPET_LENGTH], match)
    return Highlight(title_html=title_html, snippet_html=snippet_html, matched_fields=matched_fields)


def highlight_text(title, text, parsed):
    match = word_matcher(parsed)
    title_html, _found = mark(title, match)
    snippet_html, _found = mark(_window(text, match), match)
    return title_html, snippet_html
