import pytest
from django.contrib.auth import get_user_model

from tests.factories import MethodPageFactory, TargetGroupFactory, publish_unreviewed
from tests.i18n.helpers import translate_and_publish

NN_TEXTS = {
    "Kriseplan": "Kriseplan",
    "Et verktøy for å lage en plan sammen før krisen kommer.": "Eit verktøy for å lage ein plan saman før krisa kjem.",
    "Du lager en plan for hva som skal skje hvis du blir dårlig.": "Du lagar ein plan for kva som skal skje om du blir dårleg.",
    "Planlegg det første møtet": "Planlegg det første møtet",
    "Avtal tid og sted med den som skal være med.": "Avtal tid og stad med den som skal vere med.",
}
EN_TEXTS = {
    "Kriseplan": "Crisis plan",
    "Et verktøy for å lage en plan sammen før krisen kommer.": "A tool for making a plan together before a crisis.",
    "Du lager en plan for hva som skal skje hvis du blir dårlig.": "You make a plan for what should happen if you become ill.",
    "Planlegg det første møtet": "Plan the first meeting",
    "Avtal tid og sted med den som skal være med.": "Agree on a time and place with the person who will take part.",
}


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")


@pytest.fixture
def method_page(site_tree):
    """A published bokmål tool page with StreamField content and a target group."""
    relatives = TargetGroupFactory(name="Pårørende", slug="parorende")
    page = MethodPageFactory(
        parent=site_tree["method_indexes"]["bikuben"],
        title="Kriseplan",
        slug="kriseplan",
        kind="tool",
        summary="Et verktøy for å lage en plan sammen før krisen kommer.",
        plain_summary="Du lager en plan for hva som skal skje hvis du blir dårlig.",
        research_level="some-evidence",
        how_to=[
            (
                "steps",
                {
                    "heading": "",
                    "steps": [
                        {
                            "title": "Planlegg det første møtet",
                            "text": "<p>Avtal tid og sted med den som skal være med.</p>",
                        }
                    ],
                },
            )
        ],
        references=[
            ("reference", {"title": "Ruud T. (2015). Kriseplaner.", "url": "", "doi": "", "year": 2015})
        ],
    )
    page.target_groups = [relatives]
    publish_unreviewed(page.save_revision())
    page.refresh_from_db()
    return page


@pytest.fixture
def translated_method(method_page, superuser):
    """The tool page translated into nynorsk and English and published (by a publisher)."""
    nn = translate_and_publish(method_page, "nn", NN_TEXTS, user=superuser)
    en = translate_and_publish(method_page, "en", EN_TEXTS, user=superuser)
    return {"nb": method_page, "nn": nn, "en": en}
