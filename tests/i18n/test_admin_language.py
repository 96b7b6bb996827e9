"""The Wagtail admin in bokmål for editors who choose it (Wagtail ships a bokmål catalogue)."""

import re

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile


def admin_dashboard(client, user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client.get(reverse("wagtailadmin_home")).text


@pytest.mark.django_db
def test_admin_runs_in_bokmal_for_an_editor_who_chooses_it(client, superuser):
    html = admin_dashboard(client, superuser, "nb")
    assert re.search(r'<html lang="nb"', html)
    assert "Kontrollpanel" in html  # Wagtail's "Dashboard"
    assert "Sider" in html  # "Pages" in the menu


@pytest.mark.django_db
def test_admin_in_english_and_nynorsk_editors_get_bokmal_where_wagtail_has_no_nynorsk(client, superuser):
    html = admin_dashboard(client, superuser, "en")
    assert re.search(r'<html lang="en"', html)
    assert "Dashboard" in html and "Kontrollpanel" not in html

    # Wagtail has no nynorsk catalogue; Django falls back to the default language's (bokmål).
    html = admin_dashboard(client, superuser, "nn")
    assert re.search(r'<html lang="nn"', html)
    assert "Kontrollpanel" in html


@pytest.mark.django_db
def test_northern_sami_is_not_offered_as_an_admin_language(client, superuser):
    client.force_login(superuser)
    account = client.get(reverse("wagtailadmin_account")).text
    options = set(
        re.findall(
            r'<option value="([a-z-]+)"',
            account.split('name="locale-preferred_language"')[1].split("</select>")[0],
        )
    )
    assert options == {"nb", "nn", "en"}
