"""Reset a user's two-factor sign-in from the command line (a lost phone, or no administrator can sign in)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import devices


class Command(BaseCommand):
    help = "Remove a user's authenticator app and recovery codes; they set up two-factor sign-in again."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist as error:
            raise CommandError(f"No user named {username!r}.") from error
        if devices.reset(user):
            self.stdout.write(f"Two-factor sign-in reset for {username}.")
        else:
            self.stdout.write(f"{username} had not set up two-factor sign-in; nothing to reset.")
