from django.core.management.base import BaseCommand, CommandError

from home.demo_translations import DemoTranslationError, load_demo_translations


class Command(BaseCommand):
    help = (
        "Translate part of the demo site into nynorsk and English with wagtail-localize and publish it "
        "(run load_demo first). Safe to run again."
    )

    def handle(self, *args, **options):
        try:
            counts = load_demo_translations()
        except DemoTranslationError as error:
            raise CommandError(str(error)) from error
        for code, (written, unchanged) in counts.items():
            self.stdout.write(
                f"{code}: {written} pages translated and published, {unchanged} already up to date."
            )
