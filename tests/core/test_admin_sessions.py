"""Admin sessions end after ADMIN_IDLE_TIMEOUT_MINUTES without an admin request (core.admin_sessions)."""

import time

import pytest
from django.contrib.auth import get_user_model

from core.admin_sessions import LAST_ACTIVITY_KEY


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    return client


def idle_for(client, minutes):
    session = client.session
    session[LAST_ACTIVITY_KEY] = int(time.time()) - minutes * 60
    session.save()


@pytest.mark.django_db
def test_an_admin_request_after_the_idle_timeout_goes_to_the_login_keeping_next(admin_client, settings):
    settings.ADMIN_IDLE_TIMEOUT_MINUTES = 60
    idle_for(admin_client, 61)

    response = admin_client.get("/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/admin/pages/"
    # Logged out: going back does not work without a new login.
    assert admin_client.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_an_admin_request_within_the_idle_timeout_works(admin_client, settings):
    settings.ADMIN_IDLE_TIMEOUT_MINUTES = 60
    idle_for(admin_client, 59)

    assert admin_client.get("/admin/pages/").status_code == 200
    # ...and counts as activity.
    assert int(time.time()) - admin_client.session[LAST_ACTIVITY_KEY] < 5


@pytest.mark.django_db
def test_the_timeout_comes_from_the_setting(admin_client, settings):
    settings.ADMIN_IDLE_TIMEOUT_MINUTES = 10
    idle_for(admin_client, 11)

    assert admin_client.get("/admin/pages/").status_code == 302


@pytest.mark.django_db
def test_last_activity_is_written_at_most_once_a_minute(admin_client):
    idle_for(admin_client, 0)
    stored = admin_client.session[LAST_ACTIVITY_KEY] - 30
    session = admin_client.session
    session[LAST_ACTIVITY_KEY] = stored
    session.save()

    admin_client.get("/admin/pages/")

    assert admin_client.session[LAST_ACTIVITY_KEY] == stored


@pytest.mark.django_db
def test_the_editing_session_ping_does_not_keep_an_idle_session_alive(admin_client, settings):
    settings.ADMIN_IDLE_TIMEOUT_MINUTES = 60
    idle_for(admin_client, 30)
    stored = admin_client.session[LAST_ACTIVITY_KEY]

    admin_client.post("/admin/editing-sessions/ping/wagtailcore/page/1/0/")

    assert admin_client.session[LAST_ACTIVITY_KEY] == stored


@pytest.mark.django_db
def test_an_admin_session_ends_at_most_session_cookie_age_after_it_began(admin_client, settings):
    session = admin_client.session
    age = session.get_expiry_age()
    assert 0 < age <= settings.SESSION_COOKIE_AGE == 12 * 60 * 60
    # The end is fixed: later activity does not move it.
    end = session.get_expiry_date()
    idle_for(admin_client, 2)
    admin_client.get("/admin/pages/")
    assert admin_client.session.get_expiry_date() == end


@pytest.mark.django_db
def test_public_pages_are_not_affected(client, site_tree, settings):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    idle_for(client, 120)

    assert client.get("/").status_code == 200
