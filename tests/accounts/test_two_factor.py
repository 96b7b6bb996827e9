"""Two-factor sign-in: required for national editors and administrators, offered to everyone else.

Users sign in with their password through the admin's sign-in page, as a browser would; codes are
computed from the device's key the way an authenticator app does.
"""

import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import PageViewRestriction

from accounts import devices
from tests.reviews.conftest import PASSWORD

HOME = reverse("wagtailadmin_home")
SETUP = reverse("accounts_two_factor_setup")
VERIFY = reverse("accounts_two_factor_verify")
WRONG = "The code is wrong or has expired."


@pytest.fixture(autouse=True)
def required(settings):
    settings.TWO_FACTOR_REQUIRED = True


def sign_in(client, user):
    response = client.post(reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, "the password was refused"


def app_code(device):
    device.refresh_from_db()
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def set_up(user):
    """A confirmed authenticator app and recovery codes for the user, as the set-up page leaves them."""
    pending = devices.pending_app(user)
    codes = devices.confirm_app(pending)
    return pending, codes


def test_a_national_editor_without_a_device_is_sent_to_set_up_from_every_admin_page(client, editorial):
    sign_in(client, editorial.national)

    for url in (HOME, reverse("wagtailadmin_explore_root"), reverse("wagtailadmin_account")):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(SETUP)

    page = client.get(SETUP)
    assert page.status_code == 200
    assert b"<svg" in page.content
    assert "must use two-factor sign-in" in page.content.decode()


def test_an_administrator_without_a_device_is_sent_to_set_up(client, editorial):
    sign_in(client, editorial.admin)

    response = client.get(HOME)

    assert response.status_code == 302
    assert response["Location"].startswith(SETUP)


def test_setting_up_shows_ten_recovery_codes_once_and_opens_the_admin(client, editorial):
    sign_in(client, editorial.national)
    client.get(SETUP)
    pending = TOTPDevice.objects.get(user=editorial.national, confirmed=False)

    response = client.post(SETUP, {"code": app_code(pending), "next": HOME})

    assert response.status_code == 200
    codes = re.findall(r"<li><code>([a-z2-7]+)</code></li>", response.content.decode())
    assert len(codes) == 10
    assert client.get(HOME).status_code == 200
    assert not any(code in client.get(reverse("accounts_two_factor")).content.decode() for code in codes)


def test_setting_up_with_a_wrong_code_is_refused(client, editorial):
    sign_in(client, editorial.national)
    client.get(SETUP)

    response = client.post(SETUP, {"code": "000000"})

    assert WRONG in response.content.decode()
    assert client.get(HOME).status_code == 302


def test_after_the_password_a_user_with_a_device_must_type_a_code(client, editorial, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # no waiting between the two tries in this test
    device, _codes = set_up(editorial.national)
    sign_in(client, editorial.national)

    response = client.get(HOME)
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)

    wrong = client.post(VERIFY, {"code": "123456", "next": HOME})
    assert wrong.status_code == 200
    assert WRONG in wrong.content.decode()
    assert client.get(HOME).status_code == 302

    right = client.post(VERIFY, {"code": app_code(device), "next": HOME})
    assert right.status_code == 302
    assert right["Location"] == HOME
    assert client.get(HOME).status_code == 200


def test_wrong_codes_in_quick_succession_are_slowed_down(client, editorial):
    device, _codes = set_up(editorial.national)
    sign_in(client, editorial.national)

    client.post(VERIFY, {"code": "123456"})
    response = client.post(VERIFY, {"code": app_code(device)})

    assert "Too many wrong codes" in response.content.decode()
    assert client.get(HOME).status_code == 302


def test_a_recovery_code_works_once(client, editorial):
    _device, codes = set_up(editorial.national)
    sign_in(client, editorial.national)

    assert client.post(VERIFY, {"code": codes[0].upper(), "next": HOME}).status_code == 302
    assert client.get(HOME).status_code == 200

    client.post(reverse("wagtailadmin_logout"))
    sign_in(client, editorial.national)
    again = client.post(VERIFY, {"code": codes[0], "next": HOME})
    assert WRONG in again.content.decode()
    assert client.get(HOME).status_code == 302


def test_a_centre_editor_is_offered_two_factor_sign_in_but_not_forced(client, editorial):
    sign_in(client, editorial.bikuben_editor)

    assert client.get(HOME).status_code == 200
    account = client.get(reverse("wagtailadmin_account")).content.decode()
    assert reverse("accounts_two_factor") in account
    offer = client.get(reverse("accounts_two_factor")).content.decode()
    assert "Two-factor sign-in is off for your account." in offer
    assert SETUP in offer


def test_a_centre_editor_who_set_it_up_is_asked_for_a_code(client, editorial):
    set_up(editorial.bikuben_editor)
    sign_in(client, editorial.bikuben_editor)

    response = client.get(HOME)

    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)


def test_without_the_requirement_a_national_editor_is_not_forced(client, editorial, settings):
    settings.TWO_FACTOR_REQUIRED = False
    sign_in(client, editorial.national)

    assert client.get(HOME).status_code == 200


def test_new_recovery_codes_replace_the_old_ones(client, editorial):
    device, old_codes = set_up(editorial.bikuben_editor)
    sign_in(client, editorial.bikuben_editor)
    client.post(VERIFY, {"code": app_code(device)})

    response = client.post(reverse("accounts_two_factor"), {"action": "recovery-codes"})

    new_codes = re.findall(r"<li><code>([a-z2-7]+)</code></li>", response.content.decode())
    assert len(new_codes) == 10
    assert not set(new_codes) & set(old_codes)
    client.post(reverse("wagtailadmin_logout"))
    sign_in(client, editorial.bikuben_editor)
    assert WRONG in client.post(VERIFY, {"code": old_codes[1]}).content.decode()


def test_an_administrator_resets_a_national_editors_two_factor_sign_in(client, editorial):
    set_up(editorial.national)
    admin_device, _codes = set_up(editorial.admin)
    sign_in(client, editorial.admin)
    client.post(VERIFY, {"code": app_code(admin_device)})
    reset_url = reverse("accounts_two_factor_reset", args=[editorial.national.pk])

    listing = client.get(reverse("wagtailusers_users:index")).content.decode()
    assert reset_url in listing
    assert client.post(reset_url).status_code == 302

    client.post(reverse("wagtailadmin_logout"))
    sign_in(client, editorial.national)
    response = client.get(HOME)
    assert response["Location"].startswith(SETUP)


def test_only_administrators_may_reset(client, editorial, settings):
    settings.TWO_FACTOR_REQUIRED = False
    set_up(editorial.bikuben_editor)
    sign_in(client, editorial.national)

    response = client.post(reverse("accounts_two_factor_reset", args=[editorial.bikuben_editor.pk]))

    assert response.status_code in (302, 403)  # Wagtail turns the refusal into a redirect with a message
    assert response.get("Location") != reverse("wagtailusers_users:index")
    assert TOTPDevice.objects.filter(user=editorial.bikuben_editor).exists()


def test_the_reset_command_removes_the_second_factor(client, editorial):
    _device, codes = set_up(editorial.national)

    call_command("reset_two_factor", "nina")

    sign_in(client, editorial.national)
    assert client.get(HOME)["Location"].startswith(SETUP)
    assert client.post(VERIFY, {"code": codes[2]})["Location"].startswith(SETUP)


def test_outside_the_admin_a_half_signed_in_user_is_anonymous(client, editorial):
    library = editorial.tree["library"]
    PageViewRestriction.objects.create(page=library, restriction_type=PageViewRestriction.LOGIN)
    device, _codes = set_up(editorial.national)
    sign_in(client, editorial.national)

    assert client.get(library.url).status_code == 302  # to the sign-in page, as for anyone not signed in

    client.post(VERIFY, {"code": app_code(device)})
    assert client.get(library.url).status_code == 200
