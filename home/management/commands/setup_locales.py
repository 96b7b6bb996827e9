from django.core.management.base import BaseCommand

from core.i18n import content_language_codes, ensure_locales


class Command(BaseCommand):
    help = "Create the Wagtail locales for the content languages (nb, nn, en, se). Safe to run again."

    def handle(self, *args, **options):
        created = ensure_locales()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Created locales: {', '.join(created)}"))
        else:
            self.stdout.write(f"All locales exist: {', '.join(content_language_codes())}")
