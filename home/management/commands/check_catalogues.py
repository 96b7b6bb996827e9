from django.core.management.base import BaseCommand, CommandError

from home.catalogues import MAKEMESSAGES_COMMAND, check_catalogues


class Command(BaseCommand):
    help = (
        "Run makemessages on a temporary copy of the project and fail when a string in the code or templates "
        "has no translation in nb, nn or en, when an entry is fuzzy, or when a django.mo is out of date. "
        f"To update the catalogues themselves: {MAKEMESSAGES_COMMAND}"
    )

    def handle(self, *args, **options):
        report = check_catalogues()
        if report.problems:
            raise CommandError("The catalogues are incomplete.\n" + report.describe())
        self.stdout.write(
            self.style.SUCCESS(
                f"{report.extracted} strings; nb, nn and en complete; no fuzzy entries; .mo files up to date. "
                f"Northern Sami: {report.sami_untranslated} string(s) untranslated (fall back to bokmål)."
            )
        )
