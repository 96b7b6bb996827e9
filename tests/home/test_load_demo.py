"""`manage.py load_demo`: the demo tree, its materials and admin account, built once and never twice."""

import io
import json
import zipfile
from collections import Counter
from datetime import timedelta
from pathlib import Path
from xml.dom import minidom

import pypdfium2
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Collection, Locale, Page, PageLogEntry, Revision, Site

from home.demo.builder import DATA, DEFAULT_ADMIN_PASSWORD, ensure_admin_account
from home.demo.extras import UNREVIEWED
from home.models import HomePage, StandardPage
from importing.importer import Executor
from importing.schema import schema_problems
from materials.models import Material, MaterialLibraryPage
from materials.validation import sniff_file_type, validate_material_file
from methods.models import CentrePage, MethodIndexPage, MethodPage, TargetGroup, Theme
from methods.publishing import PUBLISH_WITHOUT_REVIEW
from reviews import roles
from reviews.queries import live_content_review
from search.facets import LANGUAGE, facet_rows

CENTRE_SLUGS = {"bikuben", "varres", "kbt", "sagatun", "rom-agder", "vestavind"}
NYNORSK_METHODS = {"brukarspegelen", "fra-innsida", "parorandekveldar"}
INTERNAL_TITLE = "Kompassgruppa – rutiner for oppfølging (internt)"


DEMO_VARIABLES = ("DEMO_HOSTNAME", "DEMO_ADMIN_USERNAME", "DEMO_ADMIN_EMAIL", "DEMO_ADMIN_PASSWORD")


@pytest.fixture(autouse=True)
def _no_demo_environment(monkeypatch):
    for name in DEMO_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def gettext_in(language, message):
    with translation.override(language):
        return gettext(message)


def load_demo(*args):
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def media_files():
    root = Path(settings.MEDIA_ROOT)
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def snapshot():
    """Everything a rerun must leave alone."""
    return {
        "pages": Page.objects.count(),
        "page tree": list(Page.objects.order_by("path").values_list("path", "slug", "live")),
        "revisions": Revision.objects.count(),
        "log entries": PageLogEntry.objects.count(),
        "materials": Material.objects.count(),
        "collections": Collection.objects.count(),
        "media files": media_files(),
        "target groups": TargetGroup.objects.count(),
        "themes": Theme.objects.count(),
        "users": get_user_model().objects.count(),
        "sites": list(Site.objects.values_list("hostname", "port", "root_page_id", "is_default_site")),
    }


def internal_materials():
    """Ids of materials in collections with a view restriction."""
    return {m.pk for m in Material.objects.all() if m.collection.get_view_restrictions().exists()}


def read_material(material):
    with material.open_file() as handle:
        return handle.read()


@pytest.fixture(scope="class")
def demo(django_db_setup, django_db_blocker):
    """The demo loaded once for a class of tests that share it; rolled back after the class."""
    with pytest.MonkeyPatch.context() as patch, django_db_blocker.unblock(), transaction.atomic():
        for name in DEMO_VARIABLES:
            patch.delenv(name, raising=False)
        yield load_demo()
        transaction.set_rollback(True)
    # The rollback fires no signals, so drop the cached site root paths it left behind.
    Site.clear_site_root_paths_cache()


@pytest.mark.django_db
class TestDemoContent:
    """Tests that share one load of the demo."""

    def test_second_run_changes_nothing_and_the_tree_has_the_documented_shape(self, demo):
        first_output = demo
        before = snapshot()
        second_output = load_demo()
        assert load_demo("--quiet") == ""
        assert snapshot() == before
        assert "Created: nothing." in second_output

        # The placeholder "Welcome" page is replaced by the home page, which the default site serves.
        assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()
        home = HomePage.objects.get(locale=Locale.get_default())
        site = Site.objects.get(is_default_site=True)
        assert (site.root_page_id, site.hostname, site.port) == (home.pk, "localhost", 80)

        centres = CentrePage.objects.child_of(home.get_children().get(slug="sentre"))
        assert {centre.slug for centre in centres} == CENTRE_SLUGS
        for centre in centres:
            indexes = MethodIndexPage.objects.child_of(centre)
            assert [(index.slug, index.title) for index in indexes] == [
                ("metoder-og-verktoy", "Metoder og verktøy")
            ]
            # Counted in every language: KBT's nynorsk methods are in the nynorsk tree.
            assert MethodPage.objects.filter(centre__identity=centre.identity).live().count() >= 2, (
                centre.slug
            )
        assert {page.slug for page in StandardPage.objects.child_of(home)} == {"om", "tilgjengelighet"}
        assert home.get_children().filter(slug="metoder").exists()

        methods = MethodPage.objects.live()
        assert methods.count() >= 15
        assert set(methods.values_list("kind", flat=True)) == {"method", "tool"}
        assert set(methods.values_list("centre__slug", flat=True)) == CENTRE_SLUGS
        assert len(set(methods.values_list("first_published_at", flat=True))) == methods.count()
        assert [item.method.slug for item in home.featured_methods.all()] == [
            "kompassgruppa",
            "brukarspegelen",
            "min-kriseplan",
        ]
        # One revision per page, published, so first-published dates exist and nothing is left as a draft.
        assert not Page.objects.filter(depth__gt=1, first_published_at__isnull=True).exists()
        assert not Page.objects.filter(depth__gt=1, has_unpublished_changes=True).exists()

        assert "Admin: http://" in first_output
        assert f"user: admin  password: {DEFAULT_ADMIN_PASSWORD}" in first_output
        assert get_user_model().objects.get(username="admin").is_superuser

    def test_every_demo_page_renders_and_every_material_downloads(self, demo, client):
        pages = [page for page in Page.objects.live().specific() if page.depth > 1]
        assert len(pages) >= 15 + 6 * 2 + 5
        for page in pages:
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert page.title.replace("'", "&#x27;") in response.content.decode(), page.url

        materials = Material.objects.exclude(pk__in=internal_materials())
        assert materials.count() >= 12
        for material in materials:
            response = client.get(material.url)
            assert response.status_code == 200, material.title
            body = b"".join(response.streaming_content) if response.streaming else response.content
            assert body == read_material(material)

    def test_methods_went_live_through_real_reviews_and_two_say_not_yet_reviewed(self, demo, client):
        reviewed_text = gettext_in("nb", "Reviewed by the lived-experience panel")
        not_reviewed_text = gettext_in("nb", "Not yet reviewed by the lived-experience panel")
        for page in MethodPage.objects.live():
            html = client.get(page.url).content.decode()
            unreviewed = PageLogEntry.objects.filter(page=page, action=PUBLISH_WITHOUT_REVIEW)
            if page.slug in UNREVIEWED:
                assert live_content_review(page) is None, page.slug
                assert not_reviewed_text in html and reviewed_text not in html, page.slug
                assert [entry.data["reason"] for entry in unreviewed] == ["Demo content"]
            else:
                review = live_content_review(page)
                assert review is not None and review.checklist == dict.fromkeys(review.checklist, True)
                assert review.reviewer.groups.filter(name=roles.REVIEWERS_GROUP).exists()
                assert reviewed_text in html and not_reviewed_text not in html, page.slug
                assert not unreviewed.exists(), page.slug
        # The demo's reviewers exist only to make those records: nobody can log in as them.
        for username in ("demo-panel-1", "demo-panel-2", "demo-nasjonal-redaktor"):
            assert not get_user_model().objects.get(username=username).has_usable_password()

    def test_materials_are_valid_files_with_licence_audience_and_language(self, demo):
        materials = list(Material.objects.all())
        formats = Counter()
        for material in materials:
            data = read_material(material)
            file_type = validate_material_file(io.BytesIO(data), size=len(data))
            formats[file_type.key] += 1
            assert material.file.name.endswith("." + file_type.extension), material.file.name
            assert material.description and material.audience_list and material.language in {"nb", "nn"}
            assert material.updated_at == material.created_at < timezone.now() - timedelta(days=30)
            assert set(material.audience_list) <= {"educators", "practitioners", "participants", "relatives"}
            if file_type.key == "pdf":
                assert_pdf_is_readable(data, material.title)
            elif file_type.key == "docx":
                assert_docx_is_readable(data, material.title)
        assert formats["pdf"] >= 10 and formats["docx"] >= 1
        licences = Counter(material.licence for material in materials)
        assert licences.most_common(1)[0][0] == "CC-BY-4.0"
        assert licences["CC-BY-NC-SA-4.0"] >= 1 and licences["all-rights-reserved"] == 1
        assert {material.language for material in materials} == {"nb", "nn"}
        # Every method and tool offers something to download, filed in its centre's collection (or, when
        # internal, in the centre's internal collection below it).
        for method in MethodPage.objects.select_related("centre"):
            linked = [item.document for item in method.materials.all()]
            assert linked, method.slug
            public = {
                document.collection.name for document in linked if document.pk not in internal_materials()
            }
            assert public == {method.centre.title}

    def test_centres_carry_no_invented_contact_details(self, demo):
        for centre in CentrePage.objects.all():
            assert (centre.address, centre.phone, centre.email, centre.website) == ("", "", "", ""), (
                centre.slug
            )
            assert centre.full_name and centre.intro
        vestavind = CentrePage.objects.get(slug="vestavind", locale=Locale.get_default())
        assert (vestavind.town, vestavind.county, vestavind.founded_year, vestavind.health_region) == (
            "Sandnes",
            "Rogaland",
            2018,
            "vest",
        )
        assert not CentrePage.objects.exclude(slug="vestavind").exclude(town="").exists()
        # Contacts fall back to the centre; no invented people or addresses on method pages either.
        assert not MethodPage.objects.exclude(contact="", contact_email="").exists()

    def test_every_method_fills_every_field_with_valid_blocks(self, demo):
        for page in MethodPage.objects.prefetch_related("target_groups", "themes", "usages"):
            filled = [
                page.summary,
                page.plain_summary,
                page.aim,
                page.target_group_description,
                page.lived_experience_origin,
                page.research_level,
                page.experience_level,
                page.practice_level,
                page.evidence,
                page.duration,
                page.group_size,
                page.facilitators,
                page.prerequisites,
                page.training,
                page.last_substantive_update,
                list(page.target_groups.all()),
                list(page.themes.all()),
                list(page.usages.all()),
                list(page.related_methods.all()),
            ]
            assert all(filled), page.slug
            assert len(page.summary) <= 400, page.slug
            assert page.research_assessed_by or page.research_level == "not-assessed", page.slug
            assert page.last_substantive_update >= page.first_published_at.date(), page.slug
            # The import format's how-to is paragraphs (steps, quotes and call-outs as text); all StreamFields
            # pass the admin's block validation.
            assert len(page.how_to) >= 3 and {block.block_type for block in page.how_to} == {"paragraph"}
            for field in ("how_to", "references"):
                stream = getattr(page, field)
                stream.stream_block.clean(stream)
        for page in StandardPage.objects.all():
            page.body.stream_block.clean(page.body)
        research_levels = Counter(MethodPage.objects.values_list("research_level", flat=True))
        assert research_levels["some-evidence"] >= 1 and research_levels["strong-evidence"] == 0

    def test_the_admin_opens_every_kind_of_demo_page_and_a_material_for_editing(self, demo, client):
        client.force_login(get_user_model().objects.get(username="admin"))
        one_page_per_type = {}
        for page in Page.objects.filter(depth__gt=1).specific():
            one_page_per_type.setdefault(type(page), page)
        assert len(one_page_per_type) >= 7
        for page in one_page_per_type.values():
            response = client.get(f"/admin/pages/{page.pk}/edit/")
            assert response.status_code == 200, type(page).__name__
        material = Material.objects.get(title="Min kriseplan – utfyllbar mal")
        assert client.get(f"/admin/documents/edit/{material.pk}/").status_code == 200

    def test_one_internal_material_only_logged_in_users_may_download(self, demo, client):
        internal = Material.objects.get(pk__in=internal_materials())
        assert internal.title == INTERNAL_TITLE
        assert internal.collection.name == "Internt – Bikuben"
        assert internal.collection.get_parent().name == "Bikuben"
        assert [r.restriction_type for r in internal.collection.get_view_restrictions()] == ["login"]
        method = MethodPage.objects.get(slug="kompassgruppa")
        assert [item.document.title for item in method.materials.all()][-1] == INTERNAL_TITLE

        # Anonymous visitors: the method page says it exists and asks them to log in; the download, the
        # materials library and the method's ZIP keep the file to themselves.
        page = client.get(method.url).content.decode()
        assert INTERNAL_TITLE in page and "/login/?next=" in page
        assert client.get(internal.url).status_code == 302
        library = MaterialLibraryPage.objects.get()
        assert INTERNAL_TITLE not in client.get(library.url).content.decode()
        response = client.get(reverse("materials:method_zip", args=[method.pk]))
        archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
        assert len(archive.namelist()) == method.materials.count()  # the public files and the README
        assert not any("rutiner" in name for name in archive.namelist())

        client.force_login(get_user_model().objects.get(username="admin"))
        response = client.get(internal.url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == read_material(internal)

    def test_a_new_material_of_an_existing_method_is_linked_in_a_new_revision(self, demo):
        """A newer demo run on an older database adds the internal material to the existing method."""
        method = MethodPage.objects.get(slug="kompassgruppa")
        Material.objects.filter(title=INTERNAL_TITLE).delete()  # as before the material was in the demo
        revisions = method.revisions.count()
        output = load_demo()
        assert "1 methods and tools updated" in output and "1 materials" in output
        method = MethodPage.objects.get(pk=method.pk)
        assert [item.document.title for item in method.materials.all()][-1] == INTERNAL_TITLE
        assert method.revisions.count() == revisions + 1 and not method.has_unpublished_changes
        assert "Created: nothing." in load_demo()

    def test_a_material_file_lost_from_storage_is_written_again(self, demo):
        material = Material.objects.get(title="Min kriseplan – utfyllbar mal")
        original = read_material(material)
        material.file.storage.delete(material.file.name)
        assert "1 materials updated" in load_demo()
        material.refresh_from_db()
        assert read_material(material) == original

    def test_a_rerun_with_another_host_name_moves_only_the_site(self, demo, monkeypatch):
        before = snapshot()
        monkeypatch.setenv("DEMO_HOSTNAME", "demo.example.org")
        load_demo("--quiet")
        after = snapshot()
        site = Site.objects.get(is_default_site=True)
        assert (site.hostname, site.port) == ("demo.example.org", 80)
        assert {key for key in before if before[key] != after[key]} == {"sites"}


def assert_pdf_is_readable(data, title):
    """Opens in PDFium, shows the title with Norwegian letters as text, and keeps text inside the page."""
    pdf = pypdfium2.PdfDocument(data)
    try:
        assert len(pdf) >= 1
        for index in range(len(pdf)):
            page = pdf[index]
            width, _height = page.get_size()
            text_page = page.get_textpage()
            if index == 0:
                assert title in " ".join(text_page.get_text_range().split()), title
            for char in range(text_page.count_chars()):
                left, _bottom, right, _top = text_page.get_charbox(char)
                if right > left:  # spaces and line ends have empty boxes
                    assert 0 < left and right < width, (title, index, char)
    finally:
        pdf.close()


def assert_docx_is_readable(data, title):
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.testzip() is None
    for name in archive.namelist():
        if name.endswith((".xml", ".rels")):
            minidom.parseString(archive.read(name))
    assert title in archive.read("word/document.xml").decode()
    assert sniff_file_type(io.BytesIO(data)).key == "docx"


def test_the_demo_data_is_a_valid_import_file():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert schema_problems(data) == []
    assert {record["id"] for record in data["methods"] if record["language"] == "nn"} == NYNORSK_METHODS
    files = [DATA.parent / m["file"] for record in data["methods"] for m in record.get("materials", [])]
    assert all(path.is_file() for path in files)
    assert sum(path.stat().st_size for path in DATA.parent.rglob("*") if path.is_file()) < 1_000_000


@pytest.mark.django_db
def test_load_demo_creates_methods_and_materials_through_the_importer(monkeypatch):
    runs = []
    run = Executor.run
    monkeypatch.setattr(Executor, "run", lambda executor: runs.append(executor.plan) or run(executor))
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-long-test-password-1")
    load_demo("--quiet")
    [plan] = runs
    records = json.loads(DATA.read_text(encoding="utf-8"))["methods"]
    assert [record_plan.id for record_plan in plan.records] == [record["id"] for record in records]
    assert MethodPage.objects.count() == len(records)
    # Every material was written by the importer, which keys it by the record it came from.
    assert not Material.objects.filter(import_key="").exists()
    assert Material.objects.count() == sum(len(record["materials"]) for record in records)


@pytest.mark.django_db
def test_nynorsk_methods_are_in_the_nynorsk_tree_and_counted_as_nynorsk(monkeypatch):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-long-test-password-1")
    load_demo("--quiet")
    nynorsk = MethodPage.objects.filter(locale__language_code="nn")
    assert set(nynorsk.values_list("slug", flat=True)) == NYNORSK_METHODS
    for page in nynorsk:
        assert page.url.startswith("/nn/sentre/"), page.url
        assert page.get_parent().specific.title == "Metodar og verktøy"
        # Their terms are the nynorsk translations of the bokmål terms, not look-alikes beside them.
        for term in [*page.target_groups.all(), *page.themes.all()]:
            assert term.get_translation(Locale.get_default()).pk != term.pk
    languages = Counter(row[LANGUAGE] for row in facet_rows(MethodPage.objects.live()))
    assert languages == {"nb": 15, "nn": 3}


@pytest.mark.django_db
def test_a_page_in_the_way_stops_the_build_with_a_clear_message_and_nothing_is_created():
    placeholder = Page.objects.get(depth=2)
    placeholder.add_child(instance=Page(title="Noe en redaktør har laget", slug="eget-innhold"))
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="not Wagtail's empty placeholder"):
        load_demo()
    assert Page.objects.count() == pages
    assert not Material.objects.exists() and not get_user_model().objects.exists()


@pytest.mark.django_db
def test_admin_password_the_user_changed_is_kept_unless_one_is_given(monkeypatch):
    counts = Counter(), Counter()
    assert ensure_admin_account(*counts) == ("admin", DEFAULT_ADMIN_PASSWORD)
    user = get_user_model().objects.get(username="admin")
    user.set_password("mitt-eget-passord")
    user.save()

    assert ensure_admin_account(*counts) == ("admin", None)
    user.refresh_from_db()
    assert user.check_password("mitt-eget-passord")

    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "nytt-passord")
    assert ensure_admin_account(*counts) == ("admin", "nytt-passord")
    user.refresh_from_db()
    assert user.check_password("nytt-passord")


@pytest.mark.django_db
def test_admin_account_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("DEMO_ADMIN_USERNAME", "redaktor")
    monkeypatch.setenv("DEMO_ADMIN_EMAIL", "redaktor@example.org")
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "hemmelig-demo")
    assert ensure_admin_account(Counter(), Counter()) == ("redaktor", "hemmelig-demo")
    user = get_user_model().objects.get(username="redaktor")
    assert user.is_superuser and user.email == "redaktor@example.org"
    assert user.check_password("hemmelig-demo")
