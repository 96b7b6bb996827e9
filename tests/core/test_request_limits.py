"""A request body over the limit is refused with 413 from its Content-Length, before it is read."""

import pytest
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation

from core.request_limits import body_limit

pytestmark = pytest.mark.django_db


class UnreadableBody:
    """A wsgi.input that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


def shown(size):
    """A size as the refusal page shows it: in bokmål, since the language middleware has not run."""
    with translation.override("nb"):
        return filesizeformat(size)


def post_declaring(client, path, length):
    return client.generic(
        "POST",
        path,
        CONTENT_TYPE="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(length),
        **{"wsgi.input": UnreadableBody()},
    )


def test_a_body_over_the_limit_is_refused_without_being_read(client, settings):
    settings.REQUEST_MAX_BODY_SIZE = 1024 * 1024
    response = post_declaring(client, "/sok/", 300 * 1024 * 1024)
    assert response.status_code == 413
    html = response.content.decode()
    assert "<h1>" in html and shown(1024 * 1024) in html


def test_the_import_refuses_a_body_over_its_allowance_before_reading_it(client, settings, django_user_model):
    settings.REQUEST_MAX_BODY_SIZE_BY_PATH = {"/admin/methods/import/": 50 * 1024 * 1024}
    client.force_login(django_user_model.objects.create_superuser("admin", password="x"))
    response = post_declaring(client, reverse("methods_import"), 300 * 1024 * 1024)
    assert response.status_code == 413
    assert shown(50 * 1024 * 1024) in response.content.decode()


def test_uploads_get_their_larger_allowance(settings):
    settings.REQUEST_MAX_BODY_SIZE = 10
    settings.REQUEST_MAX_BODY_SIZE_BY_PATH = {"/admin/documents/": 1000, "/admin/methods/import/": 5000}
    assert body_limit("/sok/") == 10
    assert body_limit("/admin/pages/3/edit/") == 10
    assert body_limit("/admin/documents/multiple/add/") == 1000
    assert body_limit(reverse("methods_import")) == 5000
    assert body_limit(reverse("methods_import_confirm")) == 5000


def test_a_body_within_the_limit_reaches_the_view(client, settings):
    settings.REQUEST_MAX_BODY_SIZE = 1024
    response = client.post("/sok/", {"q": "kriseplan"})
    assert response.status_code != 413
