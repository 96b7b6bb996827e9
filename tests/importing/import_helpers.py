"""Fixtures and helpers shared by the import and export tests (imported by those test modules)."""

import json
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Collection, Page, PageLogEntry, Revision, WorkflowState

from materials.models import Material
from methods.models import MethodIndexPage, MethodPage, TargetGroup, Theme
from tests.factories import build_site_tree
from tests.importing.importdata import CENTRES, realistic_records, write_import_folder


@pytest.fixture
def in_english():
    """Messages are compared in English, the msgid language, whatever the nb catalogue later holds."""
    with translation.override("en"):
        yield


@pytest.fixture
def six_centres(db):
    """An empty site with all six centres and their 'Metoder og verktøy' pages."""
    Page.objects.filter(depth=2).delete()
    return build_site_tree(tuple(CENTRES))


@pytest.fixture
def import_records():
    """The realistic records (22, Norwegian); tests edit them and rewrite the file with `rewrite`."""
    return realistic_records()


@pytest.fixture
def import_folder(tmp_path, import_records):
    """methods.json and its material files in a folder of their own; returns the JSON file's path."""
    return write_import_folder(tmp_path / "import", import_records)


def run_import(path, *args):
    call_command("import_methods", str(path), *args)


# A first migration: publishes the records that say "published" without lived-experience review.
FIRST_MIGRATION = ("--publish-unreviewed", "--reason", "First migration; reviewed by the panel on paper")


def run_first_migration(path, *args):
    run_import(path, *FIRST_MIGRATION, *args)


def rewrite(path, records):
    Path(path).write_text(json.dumps({"methods": records}, ensure_ascii=False), encoding="utf-8")


def media_files():
    root = Path(settings.MEDIA_ROOT)
    return sorted(
        str(Path(folder, name).relative_to(root)) for folder, _dirs, names in os.walk(root) for name in names
    )


def site_state():
    """Everything an import may touch, to prove a rejected or failed import left nothing behind."""
    return {
        "pages": Page.objects.count(),
        "method_pages": MethodPage.objects.count(),
        "method_indexes": MethodIndexPage.objects.count(),
        "revisions": Revision.objects.count(),
        "latest_revisions": sorted(MethodPage.objects.values_list("pk", "latest_revision_id")),
        "live_pages": sorted(MethodPage.objects.filter(live=True).values_list("pk", "live_revision_id")),
        "workflow_states": sorted(WorkflowState.objects.values_list("pk", "status")),
        "log_entries": PageLogEntry.objects.count(),
        "documents": Material.objects.count(),
        "document_files": sorted(Material.objects.values_list("pk", "file", "file_hash", "title")),
        "target_groups": TargetGroup.objects.count(),
        "themes": Theme.objects.count(),
        "collections": Collection.objects.count(),
        "media_files": media_files(),
    }


def page_snapshot(page):
    """A page's imported content and its documents, compared field by field across imports and exports."""
    page = page.specific
    content = page if page.live else page.get_latest_revision_as_object()
    return {
        "slug": page.slug,
        "locale": page.locale.language_code,
        "centre": page.centre.slug,
        "parent": page.get_parent().slug,
        "live": page.live,
        "title": content.title,
        "kind": content.kind,
        "summary": content.summary,
        "plain_summary": content.plain_summary,
        "aim": content.aim,
        "lived_experience_origin": content.lived_experience_origin,
        "target_group_description": content.target_group_description,
        "research_level": content.research_level,
        "research_assessed_by": content.research_assessed_by,
        "experience_level": content.experience_level,
        "practice_level": content.practice_level,
        "evidence": content.evidence,
        "references": [(b["type"], b["value"]) for b in content.references.raw_data],
        "how_to": [(b["type"], b["value"]) for b in content.how_to.raw_data],
        "prerequisites": content.prerequisites,
        "training": content.training,
        "duration": content.duration,
        "group_size": content.group_size,
        "facilitators": content.facilitators,
        "last_substantive_update": content.last_substantive_update,
        "usages": [(u.name, u.kind) for u in content.usages.all()],
        "target_groups": sorted(t.name for t in content.target_groups.all()),
        "themes": sorted(t.name for t in content.themes.all()),
        "materials": [
            (
                link.document.title,
                link.document.description,
                link.document.audiences,
                link.document.licence,
                link.document.language,
                link.document.file_hash,
                link.document.file_size,
                link.document.collection.name,
            )
            for link in content.materials.all()
        ],
    }
