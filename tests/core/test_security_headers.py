"""Every response carries a Content-Security-Policy and a Permissions-Policy: strict on the public site,
with the admin's documented exceptions under /admin/ (core/csp.py, docs/deployment.md)."""

import re

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.urls import path

pytestmark = pytest.mark.django_db


def directives(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response.headers["Content-Security-Policy"]
    parsed = {}
    for part in header.split(";"):
        name, *sources = part.split()
        parsed[name] = sources
    return parsed


def assert_strict_public_policy(response):
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response.headers["Content-Security-Policy"]


def test_public_pages_have_the_strict_policy(client, site_tree):
    for url in (site_tree["home"].url, site_tree["library"].url, "/sok/?q=gruppe", "/finnes-ikke/"):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert_strict_public_policy(response)


def test_admin_has_its_own_policy(client, django_user_model):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    # The admin frames its own page preview, and nothing else may frame it.
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]

    admin = django_user_model.objects.create_superuser("csp-admin", password="x")
    client.force_login(admin)
    assert directives(client.get("/admin/"))["script-src"] == ["'self'", "'unsafe-inline'"]


@pytest.mark.parametrize("url", ["/", "/admin/login/", "/finnes-ikke/"])
def test_permissions_policy_denies_device_and_tracking_features(client, site_tree, url):
    header = client.get(url).headers["Permissions-Policy"]
    features = dict(part.strip().split("=", 1) for part in header.split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert features[feature] == "()", feature


def crash(request):
    raise RuntimeError("boom")


handler500 = "core.errors.server_error"
urlpatterns = [path("crash/", crash)]


@override_settings(ROOT_URLCONF=__name__)
def test_500_page_styles_are_allowed_by_a_nonce_and_nothing_else_is(client):
    client.raise_request_exception = False
    response = client.get("/crash/")
    assert response.status_code == 500
    style = BeautifulSoup(response.content.decode(), "html.parser").find("style")
    nonce = style["nonce"]
    assert len(nonce) >= 16
    policy = directives(response)
    assert policy["style-src"] == ["'self'", f"'nonce-{nonce}'"]
    assert policy["script-src"] == ["'self'"]
    # A fresh nonce for every response.
    again = client.get("/crash/")
    assert re.search(r"'nonce-([^']+)'", again.headers["Content-Security-Policy"]).group(1) != nonce
