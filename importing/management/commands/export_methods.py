import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from core.models import Centre
from importing.exporter import ExportError, export_methods


class Command(BaseCommand):
    help = (
        "Export methods and tools to OUT_FOLDER as methods.json (the import format) with the material files "
        "beside it in materials/<id>/. Live pages are exported with their live content (published: true), "
        "pages never published with their latest draft (published: false)."
    )

    def add_arguments(self, parser):
        parser.add_argument("out_folder", help="A new or empty folder.")
        parser.add_argument("--centre", help="Only this centre's methods (its slug in the centre registry).")
        parser.add_argument(
            "--locale", choices=[code for code, _name in settings.LANGUAGES], help="Only this language."
        )
        parser.add_argument("--json", action="store_true", help="Print a machine-readable result on stdout.")

    def handle(self, out_folder, centre=None, locale=None, json=False, **options):
        known = list(Centre.objects.values_list("slug", flat=True))
        if centre is not None and centre not in known:
            raise CommandError(
                _("Unknown centre '%(centre)s'. The centres are: %(known)s.")
                % {"centre": centre, "known": ", ".join(known)}
            )
        try:
            result = export_methods(out_folder, centre=centre, locale=locale)
        except ExportError as error:
            raise CommandError(str(error)) from None
        skipped = [{"page": s.page_id, "title": s.title, "reasons": s.reasons} for s in result.skipped]
        if json:
            summary = {
                "path": str(result.path),
                "records": result.records,
                "files": result.files,
                "skipped": skipped,
            }
            self.stdout.write(_dumps(summary))
            return
        for item in result.skipped:
            self.stderr.write(
                _("- Skipped '%(title)s' (page %(page)s): %(reasons)s")
                % {"title": item.title, "page": item.page_id, "reasons": "; ".join(item.reasons)}
            )
        values = {
            "records": result.records,
            "files": result.files,
            "path": result.path,
            "skipped": len(skipped),
        }
        if skipped:
            message = _(
                "Exported %(records)s records and %(files)s material files to %(path)s; skipped %(skipped)s "
                "pages that do not fit the format."
            )
        else:
            message = _("Exported %(records)s records and %(files)s material files to %(path)s.")
        self.stdout.write(message % values)


def _dumps(value):
    return json.dumps(value, ensure_ascii=False, indent=2)
