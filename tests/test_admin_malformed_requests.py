"""Hand-made or truncated admin requests (ids that are not numbers, required fields missing) answer 400 Bad
Request instead of a server error (core.admin_bad_requests)."""

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory

from core.admin_bad_requests import AdminBadRequestMiddleware


@pytest.fixture
def admin_client(client, site_tree):
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "pw"))
    return client


def malformed_requests(page_id):
    return [
        ("post", "/admin/bulk/wagtailcore/page/delete/?id=abc", {}),
        ("get", "/admin/bulk/wagtailcore/page/delete/?id=abc", None),
        ("post", f"/admin/bulk/wagtailcore/page/publish/?id={page_id}&id=xyz", {}),
        ("post", f"/admin/bulk/wagtailcore/page/move/?id={page_id}", {"chooser": "abc"}),
        ("post", "/admin/bulk/materials/material/delete/?id=abc", {}),
        ("post", "/admin/bulk/wagtailimages/image/delete/?id=abc", {}),
        ("post", "/admin/bulk/methods/targetgroup/delete/?id=abc", {}),
        ("post", "/admin/bulk/auth/user/delete/?id=abc", {}),
        ("get", "/admin/choose-page/chosen-multiple/?id=abc", None),
        ("get", "/admin/documents/chooser/chosen-multiple/?id=abc", None),
        ("get", "/admin/documents/chooser/chosen/abc/", None),
        ("post", f"/admin/pages/{page_id}/copy/", {"new_parent_page": "abc"}),
        ("post", f"/admin/pages/{page_id}/copy/", {}),
        ("post", "/admin/editing-sessions/ping/wagtailcore/page/abc/0/", {}),
        ("post", f"/admin/editing-sessions/ping/wagtailcore/page/{page_id}/0/", {"revision_id": "abc"}),
    ]


@pytest.mark.django_db
def test_malformed_admin_requests_answer_400(admin_client, site_tree):
    results = {}
    for method, url, data in malformed_requests(site_tree["library"].pk):
        response = (
            getattr(admin_client, method)(url, data)
            if data is not None
            else getattr(admin_client, method)(url)
        )
        results[f"{method.upper()} {url} {data}"] = response.status_code

    assert results == dict.fromkeys(results, 400)


def test_other_errors_stay_server_errors():
    middleware = AdminBadRequestMiddleware(lambda request: None)
    request = RequestFactory().get("/admin/pages/")

    assert middleware.process_exception(request, ValueError("something else went wrong")) is None
    assert middleware.process_exception(request, KeyError("id")) is None


def test_public_requests_are_left_alone():
    middleware = AdminBadRequestMiddleware(lambda request: None)
    request = RequestFactory().get("/sok/")

    assert (
        middleware.process_exception(request, ValueError("Field 'id' expected a number but got 'abc'."))
        is None
    )
