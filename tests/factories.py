"""Factories that build realistic pages and taxonomy for tests (wagtail-factories / factory_boy)."""

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.models import Locale, Page, Site

from core.models import Centre
from home.models import HomePage, StandardPage
from materials.models import Material
from methods.models import (
    CentreIndexPage,
    CentrePage,
    MethodIndexPage,
    MethodPage,
    TargetGroup,
    Theme,
)
from methods.publishing import reviewed_publication, unreviewed_publication
from search.models import MethodLibraryPage

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


class TargetGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetGroup
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Målgruppe {n}")
    slug = factory.LazyAttribute(
        lambda o: o.name.lower().replace(" ", "-").replace("å", "a").replace("ø", "o")
    )
    locale = factory.LazyFunction(Locale.get_default)


class ThemeFactory(TargetGroupFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Tema {n}")


class MaterialFactory(wagtail_factories.DocumentFactory):
    class Meta:
        model = Material

    title = factory.Sequence(lambda n: f"Arbeidshefte {n}")
    file = factory.LazyAttribute(
        lambda o: ContentFile(MINIMAL_PDF, name=f"{o.title.lower().replace(' ', '-')}.pdf")
    )
    description = "Et arbeidshefte til bruk i gruppemøtene."
    audiences = "educators,participants"
    licence = "CC-BY-4.0"
    language = "nb"


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Knutepunkt for Recovery"
    slug = "home"
    lead = "Et nasjonalt nettverk som gjør erfaringskunnskap om recovery til metoder og verktøy."


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = "Om Knutepunkt for Recovery"
    intro = "Knutepunktene er regionale møteplasser og ett nasjonalt nettverk."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Brukererfaring er gyldig kompetanse.</p>")])


class CentreIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CentreIndexPage

    title = "Sentrene"
    slug = "sentre"


def registry_centre(slug, title):
    """The registry entry for a test centre page: the one with this slug, or a new one (named by the title
    unless that name is taken: names are unique)."""
    centre = Centre.objects.filter(slug=slug).first()
    if centre is None:
        name = title if not Centre.objects.filter(name=title).exists() else f"{title} ({slug})"
        centre = Centre.objects.create(slug=slug, name=name)
    return centre


class CentrePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CentrePage

    title = "Bikuben"
    slug = "bikuben"
    # The registry entry with the page's slug (the six centres are there from core's migration).
    identity = factory.LazyAttribute(lambda page: registry_centre(page.slug, page.title))
    full_name = "Bikuben regionalt brukerstyrt senter"
    health_region = "sor-ost"
    town = "Gjøvik"
    intro = "<p>Et regionalt brukerstyrt senter.</p>"


class MethodIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = MethodIndexPage

    title = "Metoder og verktøy"
    slug = "metoder-og-verktoy"


class MethodLibraryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = MethodLibraryPage

    title = "Metodebiblioteket"
    slug = "metoder"


class MethodPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = MethodPage

    title = factory.Sequence(lambda n: f"Mestringsgruppe for pårørende {n}")
    kind = "method"
    summary = "Et gruppetilbud der pårørende deler erfaringer og lærer å mestre hverdagen."
    plain_summary = "Du møter andre pårørende. Dere snakker om det som er vanskelig."
    aim = "<p>Målet er at pårørende skal få mer mestring og mindre ensomhet.</p>"
    lived_experience_origin = "<p>Utviklet av pårørende sammen med ansatte ved senteret.</p>"
    research_level = "well-described"
    research_assessed_by = "Senteret selv"
    experience_level = "user-evaluated"
    practice_level = "in-use"
    evidence = "<p>Deltakerne har evaluert tilbudet etter hver gruppe.</p>"
    duration = "8 møter à 2 timer"
    group_size = "6–10 deltakere"
    facilitators = "En erfaringskonsulent sammen med en ansatt"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # A live fixture is a page published without review, as a first migration would (methods.publishing).
        with unreviewed_publication(reason="Test fixture"):
            return super()._create(model_class, *args, **kwargs)


def publish_unreviewed(revision):
    """Publish a revision as an administrator's first migration would: no review, a logged reason.

    Tests that set up published method pages use this; the rule itself (methods.publishing) refuses a
    plain `revision.publish()` of a method page, and tests/reviews/test_publication_paths.py checks that."""
    with unreviewed_publication(reason="Test fixture"):
        return revision.publish()


def publish_reviewed(page):
    """Publish a method page's latest content as the review workflow's last step does after an approved
    review: its materials' new versions go public with it (materials.pending)."""
    with reviewed_publication(page):
        return page.save_revision().publish()


def build_site_tree(centre_slugs=("bikuben",)):
    """Home → centres → each centre → 'Metoder og verktøy', plus the library; returns a dict of pages."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Knutepunkt"},
    )
    centre_index = CentreIndexPageFactory(parent=home)
    library = MethodLibraryPageFactory(parent=home)
    centres, method_indexes = {}, {}
    for slug in centre_slugs:
        centre = CentrePageFactory(parent=centre_index, slug=slug, title=slug.capitalize())
        centres[slug] = centre
        method_indexes[slug] = MethodIndexPageFactory(parent=centre)
    return {
        "home": home,
        "centre_index": centre_index,
        "library": library,
        "centres": centres,
        "method_indexes": method_indexes,
    }
