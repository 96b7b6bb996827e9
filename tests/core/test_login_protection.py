"""Sign-in protection (core.signin): lock-out after repeated failures, the administrators' view that lifts
a lock, the client address behind a proxy, and the throttled background password reset."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.cache import cache
from django.test import Client, override_settings
from django_tasks import default_task_backend
from wagtail.models import ModelLogEntry

pytestmark = pytest.mark.django_db

PASSWORD = "riktig-hest-batteri-stift"
LOCKED_NB = "For mange mislykkede innloggingsforsøk. Vent 15 minutter og prøv igjen"
WRONG_PASSWORD_EN = "Please enter a correct username and password"
DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def kari(django_user_model):
    return django_user_model.objects.create_superuser("kari", "kari@example.org", PASSWORD)


@pytest.fixture
def admin_client(django_user_model):
    admin = django_user_model.objects.create_superuser("sjef", "sjef@example.org", "x")
    client = Client()
    client.force_login(admin)
    return client


def sign_in(client, password, username="kari", url="/admin/login/", **headers):
    return client.post(url, {"username": username, "password": password}, headers=headers)


def signed_in(client):
    return client.get("/admin/").status_code == 200


def fail(client, times, **kwargs):
    return [sign_in(client, "feil-passord", **kwargs) for _ in range(times)]


def test_five_failures_lock_out_and_the_right_password_is_then_refused(client, kari):
    responses = fail(client, 5)
    assert [response.status_code for response in responses] == [200, 200, 200, 200, 429]
    assert LOCKED_NB not in responses[3].content.decode()

    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    page = response.content.decode()
    assert LOCKED_NB in page  # in Norwegian, on the admin's own login page with its form
    assert 'name="password"' in page
    assert not signed_in(client)


def test_the_lock_is_per_address_for_every_account(client, kari, django_user_model):
    django_user_model.objects.create_superuser("ola", "ola@example.org", PASSWORD)
    for username in ["per", "siv", "randi", "nina", "ola"]:
        sign_in(client, "feil-passord", username=username)
    assert sign_in(client, PASSWORD, username="kari").status_code == 429
    assert not signed_in(client)


def test_the_test_clients_login_still_works(client, kari):
    # Client.login() calls authenticate() without a request, which django-axes alone would refuse.
    assert client.login(username="kari", password=PASSWORD)
    assert signed_in(client)
    assert not Client().login(username="kari", password="feil-passord")


def test_another_address_can_still_sign_in_to_the_account(kari):
    fail(Client(REMOTE_ADDR="198.51.100.7"), 6)
    other = Client(REMOTE_ADDR="203.0.113.20")
    assert sign_in(other, PASSWORD).status_code == 302
    assert signed_in(other)


def test_an_administrator_sees_and_lifts_the_lock_and_it_is_audited(client, kari, admin_client):
    fail(client, 5)
    listing = admin_client.get("/admin/signin-lockouts/")
    assert listing.status_code == 200
    assert "127.0.0.1" in listing.content.decode()
    assert "kari" in listing.content.decode()

    lifted = admin_client.post("/admin/signin-lockouts/", {"address": "127.0.0.1"})
    assert lifted.status_code == 302
    assert "<code>127.0.0.1</code>" not in admin_client.get("/admin/signin-lockouts/").content.decode()
    assert ModelLogEntry.objects.filter(action="core.signin_lock_lifted", data__address="127.0.0.1").exists()
    history = admin_client.get("/admin/reports/site-history/")
    assert history.status_code == 200
    assert (
        "Sign-in lock-out for 127.0.0.1" in history.content.decode()
        or "Innloggingssperre for 127.0.0.1" in (history.content.decode())
    )

    assert sign_in(client, PASSWORD).status_code == 302
    assert signed_in(client)


def test_only_administrators_reach_the_lockouts_view(client, django_user_model, admin_client):
    editor = django_user_model.objects.create_user("ola", "ola@example.org", PASSWORD)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    refused = client.get("/admin/signin-lockouts/")
    assert refused.status_code == 302 and refused.url == "/admin/"
    assert "signin-lockouts" not in client.get("/admin/").content.decode()
    assert "signin-lockouts" in admin_client.get("/admin/").content.decode()


def test_the_front_end_login_is_protected_too(client, kari):
    responses = fail(client, 5, url="/_util/login/")
    assert responses[-1].status_code == 429
    assert LOCKED_NB in responses[-1].content.decode()
    assert sign_in(client, PASSWORD, url="/_util/login/").status_code == 429


def test_x_forwarded_for_is_ignored_without_a_trusted_proxy(client, kari):
    for number in range(5):
        sign_in(client, "feil-passord", **{"X-Forwarded-For": f"203.0.113.{number}"})
    assert sign_in(client, PASSWORD, **{"X-Forwarded-For": "203.0.113.99"}).status_code == 429


@override_settings(SIGNIN_TRUSTED_PROXIES=1)
def test_behind_a_trusted_proxy_the_address_it_appended_counts(client, kari):
    # The client sent "X-Forwarded-For: 192.0.2.1" itself; the proxy appended the address it saw.
    for _ in range(5):
        sign_in(client, "feil-passord", **{"X-Forwarded-For": "192.0.2.1, 198.51.100.7"})
    assert sign_in(client, PASSWORD, **{"X-Forwarded-For": "198.51.100.7"}).status_code == 429
    # Another visitor through the same proxy (same REMOTE_ADDR) is not locked out.
    assert sign_in(client, PASSWORD, **{"X-Forwarded-For": "192.0.2.1"}).status_code == 302


def reset(client, email, **headers):
    return client.post("/admin/password_reset/", {"email": email}, headers=headers)


def test_the_password_reset_is_throttled_per_account(kari):
    responses = [reset(Client(REMOTE_ADDR=f"198.51.100.{n}"), "kari@example.org") for n in range(4)]
    assert [(r.status_code, r.url) for r in responses] == [(302, "/admin/password_reset/done/")] * 4
    assert len(mail.outbox) == 3


def test_the_password_reset_is_throttled_per_address(client, kari, django_user_model):
    for name in ["ola", "per", "siv"]:
        django_user_model.objects.create_user(name, f"{name}@example.org", PASSWORD)
    responses = [reset(client, email) for email in ["ola@example.org", "per@example.org", "siv@example.org"]]
    fourth = reset(client, "kari@example.org")
    assert (fourth.status_code, fourth.url) == (responses[0].status_code, responses[0].url)
    assert sorted(message.to[0] for message in mail.outbox) == [
        "ola@example.org",
        "per@example.org",
        "siv@example.org",
    ]


@override_settings(TASKS=DUMMY_TASKS)
def test_the_reset_email_is_sent_by_a_background_task_and_any_address_gets_the_same_answer(client, kari):
    known = reset(client, "kari@example.org")
    unknown = reset(client, "ukjent@example.org")
    assert (
        (known.status_code, known.url)
        == (unknown.status_code, unknown.url)
        == (302, "/admin/password_reset/done/")
    )
    assert mail.outbox == []  # nothing sent inside the request

    queued = list(default_task_backend.results)
    assert len(queued) == 2  # one task for each request: the lookup happens in the task
    for result in queued:
        result.task.call(*result.args, **result.kwargs)
    assert [message.to for message in mail.outbox] == [["kari@example.org"]]
    assert "/admin/password_reset/confirm/" in mail.outbox[0].body
