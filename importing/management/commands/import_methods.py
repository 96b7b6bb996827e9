import json

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import ngettext

from importing.errors import ImportRejected
from importing.importer import import_file
from importing.progress import terminal_progress
from importing.report import plan_as_dict, problems_as_dict, summary_line


class Command(BaseCommand):
    help = (
        "Import methods and tools from a JSON file in the format of importing/method-import.schema.json. "
        "Material paths are relative to the JSON file's folder. Everything is validated first; nothing is "
        "written unless the whole file is valid."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The JSON file to import.")
        parser.add_argument("--dry-run", action="store_true", help="Validate and report; write nothing.")
        parser.add_argument("--json", action="store_true", help="Print a machine-readable result on stdout.")
        parser.add_argument("--user", help="Username recorded as the author of the revisions and documents.")

    def handle(self, path, dry_run=False, json=False, user=None, **options):
        author = None
        if user:
            author = get_user_model().objects.filter(username=user).first()
            if author is None:
                raise CommandError(f"There is no user named {user!r}.")
        progress_stream = getattr(self.stderr, "_out", None)
        try:
            result = import_file(
                path,
                user=author,
                dry_run=dry_run,
                progress_factory=None if json else lambda total: terminal_progress(total, progress_stream),
            )
        except ImportRejected as rejected:
            self.report_problems(rejected.problems, dry_run, as_json=json)
            count = len(rejected.problems)
            raise CommandError(
                ngettext(
                    "%(count)s problem found; nothing was imported.",
                    "%(count)s problems found; nothing was imported.",
                    count,
                )
                % {"count": count},
                returncode=1,
            ) from None
        if json:
            self.stdout.write(_dumps(plan_as_dict(result)))
        else:
            self.stdout.write(summary_line(result.counts, dry_run=dry_run))

    def report_problems(self, problems, dry_run, as_json):
        if as_json:
            self.stdout.write(_dumps(problems_as_dict(problems, dry_run=dry_run)))
            return
        for problem in problems:
            self.stderr.write(f"- {problem}")


def _dumps(value):
    return json.dumps(value, ensure_ascii=False, indent=2)
