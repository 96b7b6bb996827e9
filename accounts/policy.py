"""Who must sign in with a second factor, and who has one.

National editors and administrators can publish, import and change everyone's access, so a stolen
password alone must not be enough for them; everyone else may turn two-factor sign-in on. The
TWO_FACTOR_REQUIRED setting switches the requirement off (for local development and for tests that are
not about it); a user who has set up two-factor sign-in is asked for a code whatever the setting says.
"""

from django.conf import settings
from django_otp import user_has_device

from reviews import roles


def two_factor_required(user):
    """Whether this user may not use the admin before setting up two-factor sign-in."""
    if not settings.TWO_FACTOR_REQUIRED or not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=roles.NATIONAL_EDITORS_GROUP).exists()


def has_two_factor(user):
    """Whether the user has set up two-factor sign-in (a confirmed authenticator app or recovery codes)."""
    return user.is_authenticated and user_has_device(user, confirmed=True)
