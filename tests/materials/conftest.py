"""A small network of methods with materials of every kind, for the materials tests."""

import io
import zipfile
from types import SimpleNamespace

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.translation import gettext

from core.collections import internal_collection
from core.models import Centre
from materials.models import MaterialLibraryPage
from methods.models import MethodPageMaterial
from tests.factories import (
    MINIMAL_PDF,
    MaterialFactory,
    MethodPageFactory,
    TargetGroupFactory,
    ThemeFactory,
)


class MaterialLibraryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = MaterialLibraryPage

    title = "Undervisningsmateriell"
    slug = "undervisningsmateriell"


def pdf_bytes(marker="", pages=1):
    """A valid PDF; the marker (a comment after the end) makes its bytes, and so its hash, unique."""
    return MINIMAL_PDF + f"%{marker}\n".encode()


def office_bytes(kind):
    """A minimal Office Open XML file: enough for the content sniffer to know it for what it is."""
    main_part = {"docx": "word/document.xml", "pptx": "ppt/presentation.xml", "xlsx": "xl/workbook.xml"}[kind]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(main_part, "<root/>")
    return buffer.getvalue()


def make_material(title, content, extension, **fields):
    filename = title.lower().replace(" ", "-") + "." + extension
    return MaterialFactory(title=title, file=ContentFile(content, name=filename), **fields)


def link(method, *materials):
    """Add materials at the end of the method's list."""
    start = MethodPageMaterial.objects.filter(page=method).count()
    for order, material in enumerate(materials, start=start):
        MethodPageMaterial.objects.create(page=method, document=material, sort_order=order)


def render_section(method, user=None, path=None):
    """The materials section of a method page as the method page template includes it."""
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.sessions.backends.db import SessionStore
    from django.template.loader import render_to_string
    from django.test import RequestFactory

    request = RequestFactory().get(path or method.url)
    request.user = user or AnonymousUser()
    request.session = SessionStore()
    with translation.override("en"):  # English, so that tests read the msgids
        return render_to_string("materials/includes/method_materials.html", {"page": method}, request=request)


def in_bokmal(msgid):
    """A message as public pages show it (in bokmål, once the catalogue has it)."""
    with translation.override("nb"):
        return gettext(msgid)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """A media folder per test: cached ZIPs and previews must not leak from one test into another."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def network(site_tree):
    """Two centres, three methods (one a draft) and materials: public ones in several formats, languages,
    licences and audiences, one internal, one that belongs to no method."""
    home = site_tree["home"]
    library = MaterialLibraryPageFactory(parent=home)
    relatives = TargetGroupFactory(name="Pårørende", slug="parorende")
    staff = TargetGroupFactory(name="Ansatte", slug="ansatte")
    coping = ThemeFactory(name="Mestring", slug="mestring")
    crisis = ThemeFactory(name="Krise", slug="krise")

    group = MethodPageFactory(
        parent=site_tree["method_indexes"]["bikuben"], title="Mestringsgruppe", slug="mestringsgruppe"
    )
    group.target_groups = [relatives]
    group.themes = [coping]
    group.save()
    plan = MethodPageFactory(
        parent=site_tree["method_indexes"]["vestavind"], title="Kriseplan", slug="kriseplan", kind="tool"
    )
    plan.target_groups = [staff]
    plan.themes = [crisis, coping]
    plan.save()
    draft = MethodPageFactory(
        parent=site_tree["method_indexes"]["bikuben"], title="Utkast", slug="utkast", live=False
    )

    course = make_material(
        "Kursplan", pdf_bytes("kursplan"), "pdf", audiences="educators", language="nb", licence="CC-BY-4.0"
    )
    slides = make_material(
        "Lysark til første møte",
        office_bytes("pptx"),
        "pptx",
        audiences="educators,practitioners",
        language="nb",
        licence="CC-BY-SA-4.0",
    )
    internal = make_material(
        "Intern veileder",
        pdf_bytes("intern"),
        "pdf",
        audiences="practitioners",
        collection=internal_collection(Centre.objects.get(slug="bikuben")),
    )
    template = make_material(
        "Kriseplanmal",
        office_bytes("docx"),
        "docx",
        audiences="practitioners",
        language="nn",
        licence="CC-BY-NC-4.0",
    )
    cards = make_material(
        "Samtalekort",
        "Hva gir deg håp?\nHva hjelper når det er vanskelig?\n".encode(),
        "txt",
        audiences="educators,participants",
        language="nb",
        licence="CC0-1.0",
    )
    unpublished = make_material("Utkast til hefte", pdf_bytes("utkast"), "pdf")
    orphan = make_material("Løst ark", pdf_bytes("orphan"), "pdf")

    link(group, course, slides, internal)
    link(plan, template, cards)
    link(draft, unpublished)

    return SimpleNamespace(
        tree=site_tree,
        home=home,
        library=library,
        group=group,
        plan=plan,
        draft=draft,
        course=course,
        slides=slides,
        internal=internal,
        template=template,
        cards=cards,
        unpublished=unpublished,
        orphan=orphan,
        terms={"parorende": relatives, "ansatte": staff, "mestring": coping, "krise": crisis},
    )
