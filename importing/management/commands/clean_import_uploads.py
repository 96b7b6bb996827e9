from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from importing.uploads import max_age_hours, remove_stale_uploads


class Command(BaseCommand):
    help = (
        "Remove admin import uploads that were never confirmed or cancelled and are older than --hours "
        "(default METHOD_IMPORT_UPLOAD_MAX_AGE_HOURS). Run it from cron or a systemd timer, e.g. hourly."
    )

    def add_arguments(self, parser):
        parser.add_argument("--hours", type=float, help="Remove uploads older than this many hours.")

    def handle(self, hours=None, **options):
        hours = max_age_hours() if hours is None else hours
        removed = remove_stale_uploads(hours)
        self.stdout.write(
            ngettext(
                "Removed %(count)d import upload older than %(hours)s hours.",
                "Removed %(count)d import uploads older than %(hours)s hours.",
                removed,
            )
            % {"count": removed, "hours": f"{hours:g}"}
        )
