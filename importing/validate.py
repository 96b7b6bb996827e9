"""Checking a whole import file against the site and the folder, and working out what it would change.

Nothing here writes to the database or to storage: the result feeds both the preview (dry run, admin
report) and the importer, which carries the plan out in one transaction.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.models import Locale

from materials.licences import LICENCES
from materials.models import Material
from methods.models import CentrePage, MethodIndexPage, MethodPage, MethodPageUsage, TargetGroup, Theme

from .errors import ImportRejected, Problem
from .files import MaterialFile, MaterialPathError, inspect_material, validation_message
from .publication import in_review, planned_outcome, preview_label, report_label
from .records import canonical_record, changed_fields, find_term, record_from_page, term_key
from .schema import schema_problems

CREATE, UPDATE, UNCHANGED = "create", "update", "unchanged"


@dataclass
class MaterialPlan:
    index: int
    wanted: dict
    file: MaterialFile
    key: str
    document: Material | None = None
    action: str = CREATE
    file_changed: bool = True


@dataclass
class RecordPlan:
    index: int
    wanted: dict
    locale: Locale
    centre: CentrePage
    method_index: MethodIndexPage | None  # None: created by the import
    page: MethodPage | None = None  # the existing page, if any
    current: MethodPage | None = None  # its latest content (latest revision as object)
    changed: list = field(default_factory=list)
    materials: list = field(default_factory=list)
    action: str = CREATE
    publish: bool = False  # the record says "published": true
    outcome: str = ""  # what the import does with the page (importing.publication)
    translation_key: object = None

    @property
    def id(self):
        return self.wanted["id"]

    @property
    def title(self):
        return self.wanted["title"]

    @property
    def materials_changed(self):
        return "materials" in self.changed

    @property
    def outcome_preview(self):
        return preview_label(self.outcome)

    @property
    def outcome_report(self):
        return report_label(self.outcome)


@dataclass
class ImportPlan:
    records: list
    new_terms: dict  # {"target group": ["Navn (nb)", ...], "theme": [...]}
    new_method_indexes: list  # centre pages that get a 'Metoder og verktøy' page

    def counts(self):
        pages = Counter(plan.action for plan in self.records)
        documents = Counter(material.action for plan in self.records for material in plan.materials)
        return {
            "records": len(self.records),
            "created": pages[CREATE],
            "updated": pages[UPDATE],
            "unchanged": pages[UNCHANGED],
            "documents_created": documents[CREATE],
            "documents_updated": documents[UPDATE],
            "documents_unchanged": documents[UNCHANGED],
        }


def _language_name(code):
    return str(dict(settings.LANGUAGES).get(code, code))


def _max_length(model, name):
    return model._meta.get_field(name).max_length


# Limits of the models that the schema does not state; checked here so they are reported with the rest.
def _length_problems(record, problem):
    limits = [
        ("title", _max_length(MethodPage, "title")),
        ("duration", _max_length(MethodPage, "duration")),
        ("group_size", _max_length(MethodPage, "group_size")),
        ("facilitators", _max_length(MethodPage, "facilitators")),
    ]
    for name, limit in limits:
        value = record.get(name) or ""
        if len(value) > limit:
            yield problem(name, _too_long(value, limit))
    assessed_by = record["knowledge_profile"].get("research_assessed_by") or ""
    limit = _max_length(MethodPage, "research_assessed_by")
    if len(assessed_by) > limit:
        yield problem("knowledge_profile.research_assessed_by", _too_long(assessed_by, limit))
    limit = _max_length(MethodPageUsage, "name")
    for i, usage in enumerate(record.get("in_use") or []):
        if len(usage["name"]) > limit:
            yield problem(f"in_use[{i}].name", _too_long(usage["name"], limit))
    for key, model in (("target_groups", TargetGroup), ("themes", Theme)):
        limit = _max_length(model, "name")
        for i, name in enumerate(record.get(key) or []):
            if len(name.strip()) > limit:
                yield problem(f"{key}[{i}]", _too_long(name, limit))
            elif not term_key(name):
                yield problem(f"{key}[{i}]", _("A name needs at least one letter or digit."))
    for i, material in enumerate(record.get("materials") or []):
        limit = _max_length(Material, "title")
        if not material["title"].strip():
            yield problem(f"materials[{i}].title", _("The title is empty."))
        elif len(material["title"]) > limit:
            yield problem(f"materials[{i}].title", _too_long(material["title"], limit))


def _too_long(value, limit):
    return _("This is too long: %(length)s characters, at most %(max)s are allowed.") % {
        "length": len(value),
        "max": limit,
    }


def _content_problems(record, problem):
    yield from _length_problems(record, problem)
    for name in ("title", "aim", "lived_experience_origin"):
        if name in record and not (record[name] or "").strip():
            yield problem(name, _("This field cannot be empty."))
    for i, material in enumerate(record.get("materials") or []):
        licence = material.get("licence")
        if licence and licence not in LICENCES:
            yield problem(
                f"materials[{i}].licence",
                _("'%(licence)s' is not a licence the library knows. Use one of: %(choices)s.")
                % {"licence": licence, "choices": ", ".join(LICENCES)},
            )


class Planner:
    def __init__(self, data, base_dir, unreviewed=False):
        self.data = data
        self.base_dir = Path(base_dir)
        self.unreviewed = unreviewed
        self.problems = []
        self.method_indexes = {}
        self.records = data.get("methods", []) if isinstance(data, dict) else []

    def problem(self, index, field_path, message):
        record = self.records[index] if index is not None else {}
        record_id = record.get("id") if isinstance(record, dict) else ""
        self.problems.append(
            Problem(
                message,
                record_index=index,
                record_id=record_id if isinstance(record_id, str) else "",
                field=field_path,
            )
        )

    def plan(self):
        schema = schema_problems(self.data)
        self.problems.extend(schema)
        if any(p.record_index is None for p in schema):
            raise ImportRejected(self.problems)
        # Records that break the schema are not checked further; the others still are, so that one
        # report lists everything that needs fixing.
        broken = {p.record_index for p in schema}
        valid = [(i, record) for i, record in enumerate(self.records) if i not in broken]

        self._check_unique_ids(valid)
        for i, record in valid:
            at = lambda field_path, message, i=i, record_id=record["id"]: Problem(  # noqa: E731
                message, i, record_id, field_path
            )
            self.problems.extend(_content_problems(record, at))

        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        centres = self._centres(valid, locales)
        existing = self._existing_pages(valid, locales)
        documents = self._documents(valid)
        plans = []
        for i, record in valid:
            plan = self._plan_record(i, record, locales, centres, existing, documents)
            if plan is not None:
                plans.append(plan)
        if self.problems:
            raise ImportRejected(sorted(self.problems, key=lambda p: (p.record_index or 0, p.field)))
        return ImportPlan(
            records=plans,
            new_terms=self._new_terms(plans),
            new_method_indexes=list(
                {p.centre.pk: p.centre for p in plans if p.method_index is None}.values()
            ),
        )

    def _check_unique_ids(self, valid):
        first = {}
        for i, record in valid:
            key = (record["language"], record["id"])
            if key in first:
                self.problem(
                    i,
                    "id",
                    _(
                        "The id '%(id)s' is also used by record no. %(other)s in the same language. "
                        "Every record needs its own id."
                    )
                    % {"id": record["id"], "other": first[key] + 1},
                )
            else:
                first[key] = i

    def _centres(self, valid, locales):
        wanted = {(r["centre"], r["language"]) for _i, r in valid}
        # Centres are named by their slug in the centre registry (core.Centre), not by their pages' slugs.
        pages = CentrePage.objects.filter(
            identity__slug__in={slug for slug, _lang in wanted},
            locale__language_code__in={lang for _s, lang in wanted},
        ).select_related("locale", "identity")
        return {(page.identity.slug, page.locale.language_code): page for page in pages}

    def _existing_pages(self, valid, locales):
        pages = MethodPage.objects.filter(slug__in={r["id"] for _i, r in valid}).select_related(
            "locale", "centre"
        )
        found = defaultdict(list)
        for page in pages:
            found[(page.slug, page.locale.language_code)].append(page)
        return found

    def _documents(self, valid):
        keys = []
        for _i, record in valid:
            for material in record.get("materials") or []:
                keys.append(import_key(record, PurePosixPath(material["file"]).as_posix()))
        return {doc.import_key: doc for doc in Material.objects.filter(import_key__in=keys)}

    def _plan_record(self, i, record, locales, centres, existing, documents):
        language, slug = record["language"], record["id"]
        locale = locales.get(language)
        if locale is None:
            self.problem(
                i,
                "language",
                _(
                    "The site has no %(language)s content yet. Add the language under Settings → Locales "
                    "and translate the centre pages into it (with wagtail-localize) before importing."
                )
                % {"language": _language_name(language)},
            )
            return None
        centre = centres.get((record["centre"], language))
        if centre is None:
            self.problem(
                i,
                "centre",
                _(
                    "The centre '%(centre)s' has no page in %(language)s. Create or translate the centre's "
                    "page in that language first, then import again."
                )
                % {"centre": record["centre"], "language": _language_name(language)},
            )
            return None
        plan = RecordPlan(
            index=i,
            wanted=canonical_record(record),
            locale=locale,
            centre=centre,
            method_index=self._method_index(centre),
        )
        for page in existing.get((slug, language), []):
            if page.centre_id != centre.pk:
                where = page.centre.title if page.centre else page.get_parent().title
                self.problem(
                    i,
                    "id",
                    _(
                        "The id '%(id)s' is already used by '%(title)s' at %(centre)s. Choose another id: "
                        "the import does not move methods between centres."
                    )
                    % {"id": slug, "title": page.title, "centre": where},
                )
                return None
            plan.page = page.specific
        self._plan_materials(plan, record, documents)
        self._plan_action(plan)
        return plan

    def _method_index(self, centre):
        if centre.pk not in self.method_indexes:
            self.method_indexes[centre.pk] = MethodIndexPage.objects.child_of(centre).first()
        return self.method_indexes[centre.pk]

    def _plan_materials(self, plan, record, documents):
        seen = {}
        for m, material in enumerate(record.get("materials") or []):
            field_path = f"materials[{m}].file"
            try:
                file = inspect_material(self.base_dir, material["file"])
            except (MaterialPathError, ValidationError) as error:
                self.problem(
                    plan.index,
                    field_path,
                    _("%(path)s: %(reason)s")
                    % {"path": material["file"], "reason": validation_message(error)},
                )
                continue
            if file.relative in seen:
                self.problem(
                    plan.index,
                    field_path,
                    _("The file %(path)s is already listed as material no. %(other)s of this record.")
                    % {"path": file.relative, "other": seen[file.relative] + 1},
                )
                continue
            seen[file.relative] = m
            key = import_key(record, file.relative)
            if len(key) > _max_length(Material, "import_key"):
                self.problem(plan.index, field_path, _("The file path is too long; use a shorter one."))
                continue
            plan.materials.append(
                MaterialPlan(
                    index=m,
                    wanted=plan.wanted["materials"][m],
                    file=file,
                    key=key,
                    document=documents.get(key),
                )
            )

    def _plan_action(self, plan):
        wanted = plan.wanted
        page = plan.page
        current_links = []
        if page is not None:
            plan.current = page if page.alias_of_id else page.get_latest_revision_as_object()
            plan.changed = changed_fields(record_from_page(plan.current), wanted)
            current_links = [link.document_id for link in plan.current.materials.all()]
        else:
            plan.translation_key = self._translation_key(plan)

        claimed = {m.document.pk for m in plan.materials if m.document is not None}
        linked = {doc.pk: doc for doc in Material.objects.filter(pk__in=current_links)}
        for material in plan.materials:
            if material.document is None:
                # Not imported before under this key (e.g. a site exported and imported elsewhere):
                # reuse a document the page already links to with the same title, rather than add a copy.
                for doc in linked.values():
                    if doc.pk not in claimed and doc.title == material.wanted["title"]:
                        material.document = doc
                        claimed.add(doc.pk)
                        break
            _plan_material_action(material)

        planned_links = [m.document.pk if m.document else None for m in plan.materials]
        if page is not None and planned_links != current_links:
            plan.changed.append("materials")

        if page is None:
            plan.action, plan.publish = CREATE, wanted["published"]
        elif plan.changed or page.alias_of_id:
            plan.action, plan.publish = UPDATE, wanted["published"]
        elif (
            wanted["published"]
            and (not page.live or page.has_unpublished_changes)
            and (self.unreviewed or not in_review(page))
        ):
            # The same content, now to go live: submitted for review (or, in a first migration, published).
            plan.action, plan.publish = UPDATE, True
        else:
            # Also the same content already under review: it is not submitted again.
            plan.action = UNCHANGED
        plan.outcome = planned_outcome(plan, self.unreviewed)

    def _translation_key(self, plan):
        """A new page becomes a translation of the page with the same id at the same centre in another language."""
        other = (
            MethodPage.objects.filter(slug=plan.id, centre__translation_key=plan.centre.translation_key)
            .exclude(locale=plan.locale)
            .values_list("translation_key", flat=True)
            .first()
        )
        if other and not MethodPage.objects.filter(translation_key=other, locale=plan.locale).exists():
            return other
        return None

    def _new_terms(self, plans):
        new = {"target_groups": [], "themes": []}
        for key, model in (("target_groups", TargetGroup), ("themes", Theme)):
            wanted = {
                (p.locale.pk, term_key(name)): (name, p.locale) for p in plans for name in p.wanted[key]
            }
            existing = set(
                model.objects.filter(
                    locale_id__in={locale_id for locale_id, _slug in wanted},
                    slug__in={slug for _l, slug in wanted},
                ).values_list("locale_id", "slug")
            )
            new[key] = sorted(
                f"{name} ({locale.language_code})"
                for k, (name, locale) in wanted.items()
                if k not in existing and find_term(model, locale, name) is None
            )
        return new


def _plan_material_action(material):
    doc, wanted = material.document, material.wanted
    if doc is None:
        material.action = CREATE
        return
    # A file lost from storage (media deleted, database kept) is written again, as a changed one would be.
    material.file_changed = not doc.file_hash or doc.file_hash != material.file.sha1 or not _stored(doc)
    metadata = (doc.title, doc.description, doc.audiences, doc.licence, doc.language, doc.import_key)
    wanted_metadata = (
        wanted["title"],
        wanted["description"],
        ",".join(wanted["audience"]),
        wanted["licence"],
        wanted["language"],
        material.key,
    )
    material.action = UPDATE if material.file_changed or metadata != wanted_metadata else UNCHANGED


def _stored(doc):
    return bool(doc.file.name) and doc.file.storage.exists(doc.file.name)


def import_key(record, relative_path):
    return f"{record['language']}/{record['id']}/{relative_path}"


def plan_import(data, base_dir, unreviewed=False):
    """Check everything and return an ImportPlan, or raise ImportRejected listing every problem.

    `unreviewed`: the plan is for a first migration that publishes without review (importing.publication).
    """
    return Planner(data, base_dir, unreviewed).plan()
