"""Export of method pages to the import format: methods.json plus the material files beside it.

What is exported: for a live page its live content with "published": true; for a page that has never
been published (or is unpublished) its latest draft with "published": false. Drafts waiting on a live
page are not exported. Alias pages of synchronised trees are skipped: they are copies of a page in
another language, not content of their own.
"""

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.utils.translation import gettext as _

from methods.models import MethodPage

from .files import CHUNK_SIZE
from .records import PROFILE_KEYS, record_from_page
from .schema import schema_problems

# Written in this order, so that the file reads like the format's description.
FIELD_ORDER = [
    "id",
    "centre",
    "kind",
    "language",
    "title",
    "summary",
    "plain_summary",
    "aim",
    "target_groups",
    "target_group_description",
    "lived_experience_origin",
    "knowledge_profile",
    "evidence",
    "references",
    "themes",
    "how_to",
    "prerequisites",
    "training",
    "in_use",
    "duration",
    "group_size",
    "facilitators",
    "published",
    "last_reviewed",
    "materials",
]
REQUIRED = {"id", "centre", "kind", "language", "title", "summary", "aim", "target_groups"}
REQUIRED |= {"lived_experience_origin", "knowledge_profile", "published"}


class ExportError(Exception):
    pass


@dataclass
class Skipped:
    page_id: int
    title: str
    reasons: list


@dataclass
class ExportResult:
    path: Path
    records: int = 0
    files: int = 0
    skipped: list = field(default_factory=list)


def _compact(record):
    """Leave out empty optional values, as a person writing the file would."""
    result = {}
    for name in FIELD_ORDER:
        value = record.get(name)
        if name in REQUIRED or value not in ("", None, [], {}):
            result[name] = value
    return result


def page_record(page, content):
    """The export record of a page whose content (live page or latest revision) is `content`."""
    canonical = record_from_page(content)
    profile = {key: value for key, value in canonical["knowledge_profile"].items() if value}
    for required in ("research", "experience"):
        profile.setdefault(required, "")
    usages = [{k: v for k, v in usage.items() if v} for usage in canonical["in_use"]]
    return _compact(
        {
            **canonical,
            "id": page.slug,
            "centre": page.centre.identity.slug if page.centre else "",
            "language": page.locale.language_code,
            "knowledge_profile": {key: profile[key] for key in PROFILE_KEYS if key in profile},
            "in_use": usages,
            "published": page.live,
        }
    )


def _material_records(record_id, content):
    """(material record, document) pairs; files go to materials/<id>/<file name>."""
    result, used = [], set()
    for link in content.materials.all():
        doc = link.document
        name = PurePosixPath(doc.file.name).name
        stem, dot, extension = name.rpartition(".")
        candidate, n = name, 1
        while candidate in used:
            n += 1
            candidate = f"{stem}-{n}{dot}{extension}" if dot else f"{name}-{n}"
        used.add(candidate)
        material = {
            "title": doc.title,
            "file": f"materials/{record_id}/{candidate}",
            "description": doc.description,
            "audience": doc.audience_list,
            "licence": doc.licence,
            "language": doc.language,
        }
        result.append(({k: v for k, v in material.items() if v not in ("", [])}, doc))
    return result


def export_methods(out_dir, centre=None, locale=None):
    out_dir = Path(out_dir)
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise ExportError(
            _("%(path)s is not an empty folder. Choose a new or empty folder.") % {"path": out_dir}
        )
    pages = MethodPage.objects.select_related("locale", "centre__identity").order_by(
        "locale__language_code", "path"
    )
    if centre:
        pages = pages.filter(centre__identity__slug=centre)
    if locale:
        pages = pages.filter(locale__language_code=locale)

    result = ExportResult(path=out_dir / "methods.json")
    records, copies = [], []
    for page in pages:
        if page.alias_of_id:
            result.skipped.append(
                Skipped(page.pk, page.title, [_("It is an alias of a page in another language.")])
            )
            continue
        content = page if page.live else page.get_latest_revision_as_object()
        record = page_record(page, content)
        materials = _material_records(record["id"], content)
        if materials:
            record["materials"] = [material for material, _doc in materials]
        problems = schema_problems({"methods": [record]})
        if problems:
            reasons = [f"{p.field}: {p.message}" if p.field else p.message for p in problems]
            result.skipped.append(Skipped(page.pk, page.title, reasons))
            continue
        records.append(record)
        copies.extend((material["file"], doc) for material, doc in materials)

    out_dir.mkdir(parents=True, exist_ok=True)
    for relative, doc in copies:
        target = out_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        with doc.open_file() as source, open(target, "wb") as destination:
            shutil.copyfileobj(source, destination, CHUNK_SIZE)
    with open(result.path, "w", encoding="utf-8") as handle:
        json.dump({"methods": records}, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    result.records, result.files = len(records), len(copies)
    return result
