"""`python manage.py load_demo`: the demo site, its teaching materials and an admin account.

Safe to run again: existing pages, snippets, materials and users are left as they are.
Environment: DEMO_HOSTNAME (default localhost), DEMO_ADMIN_USERNAME (default admin), DEMO_ADMIN_EMAIL,
DEMO_ADMIN_PASSWORD (default knutepunkt-demo; when given, it is also set on an existing account).
"""

import time

from django.core.management.base import BaseCommand, CommandError

from home.demo.builder import DemoBuilder, DemoError


class Command(BaseCommand):
    help = "Load the demo content (centres, methods and tools, teaching materials) and an admin account."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Print nothing unless something goes wrong.")

    def handle(self, *args, quiet=False, **options):
        started = time.monotonic()
        try:
            builder = DemoBuilder().build()
        except DemoError as error:
            raise CommandError(str(error)) from error
        if quiet:
            return
        elapsed = time.monotonic() - started
        created = ", ".join(f"{count} {label}" for label, count in builder.created.items()) or "nothing"
        existing = ", ".join(f"{count} {label}" for label, count in builder.existing.items()) or "nothing"
        self.stdout.write(f"Demo content loaded in {elapsed:.1f} s.")
        self.stdout.write(f"  Created: {created}.")
        self.stdout.write(f"  Already there (left unchanged): {existing}.")
        username, password = builder.admin_login
        shown = password or "(unchanged; set DEMO_ADMIN_PASSWORD to reset it)"
        self.stdout.write(
            self.style.SUCCESS(f"Admin: {builder.admin_url()}  user: {username}  password: {shown}")
        )
