"""Target groups and themes printed on published method pages change only by an administrator with a
reason, and are never deleted while live pages show them (methods/taxonomy_rule.py)."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from methods.models import TargetGroup
from methods.taxonomy_rule import TAXONOMY_CHANGE_WITHOUT_REVIEW
from tests.factories import MethodPageFactory, TargetGroupFactory
from tests.reviews.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms(site_tree):
    shown = TargetGroupFactory(name="Pårørende", slug="parorende")
    unused = TargetGroupFactory(name="Ungdom", slug="ungdom")
    page = MethodPageFactory(parent=site_tree["method_indexes"]["bikuben"])
    page.target_groups.set([shown])
    page.save()
    return shown, unused


def edit(client, term, name, reason=""):
    return client.post(
        reverse("wagtailsnippets_methods_targetgroup:edit", args=(term.pk,)),
        {"name": name, "slug": term.slug, "description": "", "change_reason": reason},
    )


def test_an_administrator_must_give_a_reason_to_rename_a_term_live_pages_show(
    client, terms, django_user_model
):
    shown, _unused = terms
    admin = make_user(django_user_model, "admin", superuser=True)
    client.force_login(admin)

    refused = edit(client, shown, "Pårørende og nære")
    assert refused.status_code == 200
    assert "change_reason" in refused.context["form"].errors
    assert TargetGroup.objects.get(pk=shown.pk).name == "Pårørende"

    assert edit(client, shown, "Pårørende og nære", reason="Nettverkets nye begrep.").status_code == 302
    entry = ModelLogEntry.objects.get(action=TAXONOMY_CHANGE_WITHOUT_REVIEW, object_id=str(shown.pk))
    assert entry.user == admin
    assert entry.data["reason"] == "Nettverkets nye begrep." and entry.data["pages"] == 1


def test_a_term_no_live_page_shows_changes_without_a_reason(client, terms, django_user_model):
    _shown, unused = terms
    client.force_login(make_user(django_user_model, "admin", superuser=True))
    assert edit(client, unused, "Unge voksne").status_code == 302
    assert TargetGroup.objects.get(pk=unused.pk).name == "Unge voksne"
    assert not ModelLogEntry.objects.filter(action=TAXONOMY_CHANGE_WITHOUT_REVIEW).exists()


def test_a_term_live_pages_show_is_not_deleted_even_by_an_administrator(client, terms, django_user_model):
    shown, unused = terms
    client.force_login(make_user(django_user_model, "admin", superuser=True))
    response = client.post(
        reverse("wagtailsnippets_methods_targetgroup:delete", args=(shown.pk,)), follow=True
    )
    assert TargetGroup.objects.filter(pk=shown.pk).exists()
    assert "Pårørende" in " ".join(str(message) for message in response.context["messages"])
    client.post(reverse("wagtailsnippets_methods_targetgroup:delete", args=(unused.pk,)))
    assert not TargetGroup.objects.filter(pk=unused.pk).exists()


def test_a_form_without_the_administrator_is_refused_for_a_term_live_pages_show(terms):
    from methods.taxonomy_rule import TaxonomyTermForm

    shown, _unused = terms

    class Form(TaxonomyTermForm):
        class Meta:
            model = TargetGroup
            fields = ["name", "slug", "description"]

    form = Form(
        data={"name": "Nytt", "slug": shown.slug, "description": "", "change_reason": "x"}, instance=shown
    )
    assert not form.is_valid()
