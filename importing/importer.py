"""Carrying out an ImportPlan: every page, taxonomy term and document in one transaction.

All or nothing: if anything fails, the transaction is rolled back and the files this import wrote to
storage are deleted again; files that an update replaces are deleted only after the commit.

A record's page is never published past the lived-experience review: its new revision is submitted to
the review workflow instead (importing.publication). Only a first migration, with an administrator's
reason, publishes without review (`unreviewed_reason`).
"""

from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.actions.convert_alias import ConvertAliasPageAction

from core.collections import centre_collection
from materials.models import Material
from methods.models import MethodIndexPage, MethodPage, MethodPageMaterial
from methods.publishing import unreviewed_publication
from search.indexing import batched_index_updates

from .errors import ImportRejected, Problem
from .files import MediaJournal, open_for_copy
from .progress import NoProgress
from .publication import carry_out
from .records import CONTENT_FIELDS, apply_fields, find_term, term_key
from .schema import parse_json
from .validate import CREATE, UNCHANGED, ImportPlan, plan_import

DEFAULT_INDEX_TITLE, DEFAULT_INDEX_SLUG = "Metoder og verktøy", "metoder-og-verktoy"


@dataclass
class ImportResult:
    plan: ImportPlan
    dry_run: bool

    @property
    def counts(self):
        return {
            **self.plan.counts(),
            "new_target_groups": len(self.plan.new_terms["target_groups"]),
            "new_themes": len(self.plan.new_terms["themes"]),
        }


def _validation_problem(plan, error):
    if hasattr(error, "error_dict"):
        message = "; ".join(f"{name}: {' '.join(msgs)}" for name, msgs in error.message_dict.items())
    else:
        message = " ".join(error.messages)
    return Problem(_("The page could not be saved: %(reason)s") % {"reason": message}, plan.index, plan.id)


def material_links(documents):
    # sort_order is set explicitly: without it the database returns inline rows in any order.
    return [MethodPageMaterial(document=doc, sort_order=i) for i, doc in enumerate(documents)]


class Executor:
    def __init__(self, plan, user=None, progress=None, unreviewed_reason=None):
        self.plan = plan
        self.user = user
        self.unreviewed_reason = unreviewed_reason
        self.progress = progress or NoProgress()
        self.journal = MediaJournal()
        self.terms_cache = {}
        self.indexes = {}
        self.collections = {}

    def run(self):
        try:
            # Index updates are queued once per object when the import has committed (not per save).
            with batched_index_updates(), transaction.atomic(), self.publication():
                for record_plan in self.plan.records:
                    try:
                        self.import_record(record_plan)
                    except ValidationError as error:
                        raise ImportRejected([_validation_problem(record_plan, error)]) from error
                    self.progress.update(1)
        except BaseException:
            self.journal.discard_written()
            raise
        finally:
            self.progress.close()

    def publication(self):
        """A first migration publishes under an unreviewed authority (logged with the reason on each page)."""
        if self.unreviewed_reason is None:
            return nullcontext()
        return unreviewed_publication(self.unreviewed_reason)

    # Pages

    def import_record(self, plan):
        documents = [self.write_material(plan, material) for material in plan.materials]
        if plan.action == UNCHANGED:
            return
        if plan.action == CREATE:
            self.create_page(plan, documents)
        else:
            self.update_page(plan, documents)

    def create_page(self, plan, documents):
        page = MethodPage(slug=plan.id, locale=plan.locale, owner=self.user)
        if plan.translation_key:
            page.translation_key = plan.translation_key
        apply_fields(page, plan.wanted, CONTENT_FIELDS, self.terms_for(plan.locale))
        page.materials = material_links(documents)
        # Created as a draft like the admin does, then submitted for review from its revision when asked for.
        page.live = False
        self.method_index(plan).add_child(instance=page)
        revision = page.save_revision(user=self.user, log_action=True)
        carry_out(plan.outcome, page, revision, user=self.user)

    def update_page(self, plan, documents):
        page, content = plan.page, plan.current
        if page.alias_of_id:
            # A synchronised-tree alias must become a page of its own before it can hold its own content.
            ConvertAliasPageAction(page, user=self.user).execute(skip_permission_checks=True)
            page = content = MethodPage.objects.get(pk=page.pk)
        fields = [name for name in plan.changed if name != "materials"]
        if plan.changed:
            apply_fields(content, plan.wanted, fields, self.terms_for(plan.locale))
            if plan.materials_changed:
                content.materials = material_links(documents)
            # save_revision writes the revision only: a live page keeps its live content until published.
            revision = content.save_revision(user=self.user, log_action=True)
        else:
            revision = page.get_latest_revision() or page.save_revision(user=self.user, log_action=True)
        carry_out(plan.outcome, MethodPage.objects.get(pk=page.pk), revision, user=self.user)

    def method_index(self, plan):
        if plan.method_index is not None:
            return plan.method_index
        if plan.centre.pk not in self.indexes:
            self.indexes[plan.centre.pk] = self.create_method_index(plan.centre)
        return self.indexes[plan.centre.pk]

    def create_method_index(self, centre):
        """'Metoder og verktøy' for a centre that lacks it: a translation of another language's, if any."""
        source = None
        for translation in centre.get_translations():
            source = MethodIndexPage.objects.child_of(translation).first()
            if source:
                break
        index = MethodIndexPage(
            title=source.title if source else DEFAULT_INDEX_TITLE,
            slug=source.slug if source else DEFAULT_INDEX_SLUG,
            locale=centre.locale,
            owner=self.user,
            live=False,
        )
        if source:
            index.translation_key = source.translation_key
        centre.add_child(instance=index)
        revision = index.save_revision(user=self.user, log_action=True)
        if centre.live:
            revision.publish(user=self.user, skip_permission_checks=True)
        return index

    # Taxonomy

    def terms_for(self, locale):
        def terms(model, names):
            result = []
            for name in names:
                slug = term_key(name)
                key = (model, locale.pk, slug)
                if key not in self.terms_cache:
                    self.terms_cache[key] = find_term(model, locale, name) or model.objects.create(
                        name=name, slug=slug, locale=locale
                    )
                result.append(self.terms_cache[key])
            return result

        return terms

    # Documents

    def collection(self, centre):
        if centre.pk not in self.collections:
            self.collections[centre.pk] = centre_collection(centre.identity)
        return self.collections[centre.pk]

    def write_material(self, plan, material):
        doc = material.document
        if material.action == UNCHANGED:
            return doc
        wanted = material.wanted
        if doc is None:
            doc = Material(collection=self.collection(plan.centre), uploaded_by_user=self.user)
        doc.title = wanted["title"]
        doc.description = wanted["description"]
        doc.audiences = ",".join(wanted["audience"])
        doc.licence = wanted["licence"]
        doc.language = wanted["language"]
        doc.import_key = material.key
        if doc.pk is None or material.file_changed:
            self.copy_file(plan, material, doc)
        doc.save()
        return doc

    def copy_file(self, plan, material, doc):
        old_name = doc.file.name if doc.pk else None
        with open_for_copy(material.file) as content:
            doc.file.save(content.name, content, save=False)
            self.journal.record(doc.file.storage, doc.file.name)
            if content.sha1.hexdigest() != material.file.sha1:
                raise ImportRejected(
                    [
                        Problem(
                            _("The file changed while it was being imported. Check it and import again."),
                            plan.index,
                            plan.id,
                            f"materials[{material.index}].file",
                        )
                    ]
                )
        doc.file_size = material.file.size
        doc.file_hash = material.file.sha1
        # A lost file is written again under its old name, which must then be kept.
        if old_name and old_name != doc.file.name:
            storage = doc.file.storage
            transaction.on_commit(lambda: storage.delete(old_name))


def execute_plan(plan, user=None, progress=None, unreviewed_reason=None):
    Executor(plan, user=user, progress=progress, unreviewed_reason=unreviewed_reason).run()
    return ImportResult(plan=plan, dry_run=False)


def import_file(
    path, *, user=None, dry_run=False, progress_factory=None, base_dir=None, unreviewed_reason=None
):
    """Validate and import one file. Raises ImportRejected (nothing written) when anything is wrong.

    `progress_factory(total)` returns an object with update()/close(); `base_dir` is where material paths
    start (the JSON file's folder unless given). Records that say "published" are submitted for
    lived-experience review; with `unreviewed_reason` (a first migration, run on the server, never from
    the admin) they are published without review and the reason is logged on each page.
    """
    if unreviewed_reason is not None and not unreviewed_reason.strip():
        raise ValueError("Publishing without lived-experience review needs a reason.")
    data = parse_json(path)
    plan = plan_import(
        data, base_dir or Path(path).resolve().parent, unreviewed=unreviewed_reason is not None
    )
    if dry_run:
        return ImportResult(plan=plan, dry_run=True)
    progress = progress_factory(len(plan.records)) if progress_factory else None
    return execute_plan(plan, user=user, progress=progress, unreviewed_reason=unreviewed_reason)
