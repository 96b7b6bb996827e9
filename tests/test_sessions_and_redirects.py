"""Wagtail's front-end login (/_util/login/) without `next` lands on the front page, not on a 404."""

import pytest
from django.contrib.auth import get_user_model


@pytest.mark.django_db
def test_logging_in_at_the_frontend_login_without_next_lands_on_a_page(client, site_tree):
    get_user_model().objects.create_user("reader", "reader@example.org", "pw")

    response = client.post("/_util/login/", {"username": "reader", "password": "pw"}, follow=True)

    assert response.redirect_chain == [("/", 302)]
    assert response.status_code == 200


@pytest.mark.django_db
def test_next_still_wins(client, site_tree):
    get_user_model().objects.create_user("reader", "reader@example.org", "pw")

    response = client.post(
        "/_util/login/?next=/sok/", {"username": "reader", "password": "pw", "next": "/sok/"}
    )

    assert response["Location"] == "/sok/"
