"""The mapping between an import record and a MethodPage.

Both directions go through one canonical form (`canonical_record` from a file, `record_from_page` from a
page), so the importer can tell field by field what an import would change, and the exporter writes
exactly what the importer reads back.

Import field              -> MethodPage field
title                     -> title
kind, summary, plain_summary, target_group_description, duration, group_size, facilitators -> same name
aim, lived_experience_origin, evidence, prerequisites, training -> rich text, one paragraph per
                             blank-line-separated paragraph (text escaped, line breaks kept)
how_to                    -> how_to StreamField, one "paragraph" block per paragraph
knowledge_profile.research / research_assessed_by / experience / practice
                          -> research_level / research_assessed_by / experience_level / practice_level
references                -> references StreamField ("reference" blocks: title, url, doi, year)
in_use                    -> usages ("I bruk her": name, kind)
last_reviewed             -> last_substantive_update
target_groups, themes     -> TargetGroup / Theme snippets matched by name in the page's locale
materials                 -> Material documents linked through MethodPageMaterial
"""

import datetime

from core.text import norwegian_slugify
from methods.models import MethodPageUsage, TargetGroup, Theme

from .text import html_to_text, normalise_text, paragraph_html, text_paragraphs, text_to_html

RICH_TEXT_FIELDS = ["aim", "lived_experience_origin", "evidence", "prerequisites", "training"]
PLAIN_FIELDS = [
    "title",
    "kind",
    "summary",
    "plain_summary",
    "target_group_description",
    "duration",
    "group_size",
    "facilitators",
]
# Fields of the format that the importer owns on a page. Anything else on the page (contact, related
# methods, ...) is left as editors made it.
CONTENT_FIELDS = [
    *PLAIN_FIELDS,
    *RICH_TEXT_FIELDS,
    "how_to",
    "knowledge_profile",
    "references",
    "in_use",
    "last_reviewed",
    "target_groups",
    "themes",
]
PROFILE_KEYS = {
    "research": "research_level",
    "research_assessed_by": "research_assessed_by",
    "experience": "experience_level",
    "practice": "practice_level",
}
REFERENCE_KEYS = ["title", "url", "doi", "year"]


def _plain(value):
    return (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def term_key(name):
    """Target groups and themes are matched by slug, which is unique per locale: 'Pårørende' = 'pårørende'."""
    return norwegian_slugify(name.strip(), max_length=100)


def find_term(model, locale, name):
    """The locale's target group or theme with this name: by slug, else by the name itself.

    A term translated with wagtail-localize keeps its source's slug (nynorsk "Pårørande" keeps bokmål
    "parorende"), so a record in the translation's language names it by a name whose slug differs.
    """
    terms = model.objects.filter(locale=locale)
    return (
        terms.filter(slug=term_key(name)).first() or terms.filter(name__iexact=" ".join(name.split())).first()
    )


def _unique_names(names):
    seen, result = set(), []
    for name in names or []:
        name = " ".join(name.split())
        key = term_key(name)
        if key not in seen:
            seen.add(key)
            result.append(name)
    return result


def canonical_material(material, record_language):
    return {
        "title": _plain(material["title"]),
        "file": material["file"],
        "description": _plain(material.get("description")),
        "audience": list(dict.fromkeys(material.get("audience") or [])),
        # A material whose licence is not given is not thereby licensed for reuse.
        "licence": material.get("licence") or "all-rights-reserved",
        "language": material.get("language") or record_language,
    }


def canonical_record(record):
    """A schema-valid record with defaults filled in and text normalised, ready to compare or apply."""
    profile = record["knowledge_profile"]
    canonical = {
        "id": record["id"],
        "centre": record["centre"],
        "language": record["language"],
        "published": bool(record.get("published", False)),
        **{name: _plain(record.get(name)) for name in PLAIN_FIELDS},
        **{name: normalise_text(record.get(name)) for name in RICH_TEXT_FIELDS},
        "how_to": normalise_text(record.get("how_to")),
        "knowledge_profile": {key: _plain(profile.get(key)) for key in PROFILE_KEYS},
        "references": [
            {key: ref[key] for key in REFERENCE_KEYS if ref.get(key) not in (None, "")}
            for ref in record.get("references") or []
        ],
        "in_use": [
            {"name": _plain(usage["name"]), "kind": usage.get("kind", "")}
            for usage in record.get("in_use") or []
        ],
        "last_reviewed": record.get("last_reviewed") or "",
        "target_groups": _unique_names(record["target_groups"]),
        "themes": _unique_names(record.get("themes")),
        "materials": [canonical_material(m, record["language"]) for m in record.get("materials") or []],
    }
    for reference in canonical["references"]:
        for key in ("title", "url", "doi"):
            if key in reference:
                reference[key] = _plain(reference[key])
    return canonical


def _how_to_text(stream):
    """The how_to StreamField as the format's plain text (paragraphs, steps, quotes and call-outs)."""
    paragraphs = []
    for block in stream.raw_data:
        value = block["value"]
        if block["type"] == "paragraph":
            paragraphs.append(html_to_text(value))
        elif block["type"] == "steps":
            paragraphs.append(value.get("heading") or "")
            for number, step in enumerate(value.get("steps") or [], start=1):
                step = step.get("value", step)  # ListBlock items are {"type", "value", "id"} when stored
                text = html_to_text(step.get("text") or "")
                paragraphs.append(f"{number}. {step.get('title', '')}" + (f"\n{text}" if text else ""))
        elif block["type"] == "quote":
            attribution = value.get("attribution") or ""
            paragraphs.append(f"«{value.get('quote', '')}»" + (f"\n– {attribution}" if attribution else ""))
        elif block["type"] == "callout":
            paragraphs.append(value.get("heading") or "")
            paragraphs.append(html_to_text(value.get("text") or ""))
    return normalise_text("\n\n".join(paragraphs))


def record_from_page(page):
    """The import-format content of a page instance (live page or a revision's object), canonical form."""
    return {
        **{name: _plain(getattr(page, name)) for name in PLAIN_FIELDS},
        **{name: html_to_text(getattr(page, name)) for name in RICH_TEXT_FIELDS},
        "how_to": _how_to_text(page.how_to),
        "knowledge_profile": {key: _plain(getattr(page, attr)) for key, attr in PROFILE_KEYS.items()},
        "references": [
            {key: block["value"][key] for key in REFERENCE_KEYS if block["value"].get(key) not in (None, "")}
            for block in page.references.raw_data
            if block["type"] == "reference"
        ],
        "in_use": [{"name": usage.name, "kind": usage.kind} for usage in page.usages.all()],
        "last_reviewed": page.last_substantive_update.isoformat() if page.last_substantive_update else "",
        "target_groups": sorted((term.name for term in page.target_groups.all()), key=str.lower),
        "themes": sorted((term.name for term in page.themes.all()), key=str.lower),
    }


def _comparable(field, value):
    if field in ("target_groups", "themes"):
        return sorted(term_key(name) for name in value)
    return value


def changed_fields(current, wanted):
    """The content fields whose values differ between two canonical records."""
    return [
        field
        for field in CONTENT_FIELDS
        if _comparable(field, current.get(field)) != _comparable(field, wanted.get(field))
    ]


def apply_fields(page, wanted, fields, terms):
    """Set the given content fields on a page instance. `terms(model, names)` returns snippet objects."""

    for field in fields:
        value = wanted[field]
        if field in PLAIN_FIELDS:
            setattr(page, field, value)
        elif field in RICH_TEXT_FIELDS:
            setattr(page, field, text_to_html(value))
        elif field == "how_to":
            page.how_to = [{"type": "paragraph", "value": paragraph_html(p)} for p in text_paragraphs(value)]
        elif field == "knowledge_profile":
            for key, attr in PROFILE_KEYS.items():
                setattr(page, attr, value[key])
        elif field == "references":
            page.references = [
                {
                    "type": "reference",
                    "value": {
                        "title": ref["title"],
                        "url": ref.get("url", ""),
                        "doi": ref.get("doi", ""),
                        "year": ref.get("year"),
                    },
                }
                for ref in value
            ]
        elif field == "in_use":
            # sort_order is set explicitly: without it the database returns inline rows in any order.
            page.usages = [
                MethodPageUsage(name=usage["name"], kind=usage["kind"], sort_order=i)
                for i, usage in enumerate(value)
            ]
        elif field == "last_reviewed":
            page.last_substantive_update = datetime.date.fromisoformat(value) if value else None
        elif field == "target_groups":
            page.target_groups = terms(TargetGroup, value)
        elif field == "themes":
            page.themes = terms(Theme, value)
