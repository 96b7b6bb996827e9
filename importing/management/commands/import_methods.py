import json

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from importing.errors import ImportRejected
from importing.importer import import_file
from importing.progress import terminal_progress
from importing.report import page_lines, plan_as_dict, problems_as_dict, summary_line


class Command(BaseCommand):
    help = (
        "Import methods and tools from a JSON file in the format of importing/method-import.schema.json. "
        "Material paths are relative to the JSON file's folder. Everything is validated first; nothing is "
        "written unless the whole file is valid. Nothing is published: new or changed pages whose record "
        'says "published": true are submitted for lived-experience review (see --publish-unreviewed).'
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The JSON file to import.")
        parser.add_argument("--dry-run", action="store_true", help="Validate and report; write nothing.")
        parser.add_argument("--json", action="store_true", help="Print a machine-readable result on stdout.")
        parser.add_argument("--user", help="Username recorded as the author of the revisions and documents.")
        parser.add_argument(
            "--publish-unreviewed",
            action="store_true",
            help=(
                'Publish the records that say "published": true without lived-experience review. Only for a '
                "first migration of content that was reviewed outside this system; needs --reason. Each page "
                'gets an audit-log entry with the reason and shows "not yet reviewed" in public until a '
                "review completes."
            ),
        )
        parser.add_argument(
            "--reason",
            default="",
            help="Why the pages are published without review (required with --publish-unreviewed; logged).",
        )

    def handle(
        self, path, dry_run=False, json=False, user=None, publish_unreviewed=False, reason="", **options
    ):
        reason = (reason or "").strip()
        if publish_unreviewed and not reason:
            raise CommandError(
                _(
                    '--publish-unreviewed needs --reason "...": say why these pages may go live without '
                    "lived-experience review. Nothing was imported."
                )
            )
        if reason and not publish_unreviewed:
            raise CommandError(_("--reason is only used with --publish-unreviewed. Nothing was imported."))
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
                unreviewed_reason=reason if publish_unreviewed else None,
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
            for line in page_lines(result):
                self.stdout.write(f"  {line}")

    def report_problems(self, problems, dry_run, as_json):
        if as_json:
            self.stdout.write(_dumps(problems_as_dict(problems, dry_run=dry_run)))
            return
        for problem in problems:
            self.stderr.write(f"- {problem}")


def _dumps(value):
    return json.dumps(value, ensure_ascii=False, indent=2)
