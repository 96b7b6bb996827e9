"""Check the gettext catalogues in locale/ against the strings in the code and templates.

`makemessages` is run on a temporary copy of the project (the .py, .html and .txt files it reads, and
locale/), so the real catalogues are not touched. Whatever it extracts that has no translation in a required
language, every fuzzy entry, and every .mo that does not match its .po, is a problem.

Used by `manage.py check_catalogues` and tests/i18n/test_catalogues.py.
"""

import os
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.test.utils import override_settings

# Bokmål, nynorsk and English must be complete. Northern Sami may leave strings untranslated: Django then
# falls back to the LANGUAGE_CODE (bokmål) catalogue.
REQUIRED_LANGUAGES = ("nb", "nn", "en")
ALL_LANGUAGES = ("nb", "nn", "en", "se")
# Directories makemessages must not read: installed packages, tests, generated files.
IGNORED = [".venv", "node_modules", "tests", "test-artifacts", "media", "static_collected", ".git", "locale"]
SOURCE_SUFFIXES = {".py", ".html", ".txt"}

MAKEMESSAGES_COMMAND = "python manage.py makemessages -l nb -l nn -l en -l se " + " ".join(
    f"--ignore={name}" for name in IGNORED if name != "locale"
)


@dataclass
class CatalogueReport:
    untranslated: dict = field(default_factory=dict)  # language -> [msgid]
    fuzzy: dict = field(default_factory=dict)  # language -> [msgid]
    stale_mo: dict = field(default_factory=dict)  # language -> [msgid]
    missing_catalogue: list = field(default_factory=list)
    sami_untranslated: int = 0
    extracted: int = 0

    @property
    def problems(self):
        return bool(self.untranslated or self.fuzzy or self.stale_mo or self.missing_catalogue)

    def describe(self, limit=30):
        lines = []
        for code in self.missing_catalogue:
            lines.append(f"{code}: no locale/{code}/LC_MESSAGES/django.po")
        for title, problems in (
            ("without a translation", self.untranslated),
            ("marked fuzzy (check the translation, then remove the fuzzy flag)", self.fuzzy),
            ("in django.po but not in django.mo (run compilemessages)", self.stale_mo),
        ):
            for code, msgids in sorted(problems.items()):
                lines.append(f"{code}: {len(msgids)} string(s) {title}:")
                lines.extend(f"    {msgid!r}" for msgid in msgids[:limit])
                if len(msgids) > limit:
                    lines.append(f"    ... and {len(msgids) - limit} more")
        if self.problems:
            lines.append(
                f"Update the catalogues with `{MAKEMESSAGES_COMMAND}`, translate, then "
                "`python manage.py compilemessages --ignore=.venv`."
            )
        return "\n".join(lines)


def project_root():
    return Path(settings.BASE_DIR)


def locale_dir():
    return Path(settings.LOCALE_PATHS[0])


def _copy_sources(root, target):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [name for name in dirnames if name not in IGNORED and not name.startswith(".")]
        for filename in filenames:
            if Path(filename).suffix in SOURCE_SUFFIXES:
                source = Path(dirpath) / filename
                destination = target / source.relative_to(root)
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, destination)


@contextmanager
def _working_directory(path):
    previous = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


def extract_catalogues(languages=ALL_LANGUAGES):
    """Run makemessages on a copy of the project; returns {language: polib.POFile} of the merged result."""
    with tempfile.TemporaryDirectory(prefix="catalogue-check-") as tmp:
        tmp = Path(tmp)
        _copy_sources(project_root(), tmp)
        if locale_dir().exists():
            shutil.copytree(locale_dir(), tmp / "locale", ignore=shutil.ignore_patterns("*.mo"))
        (tmp / "locale").mkdir(exist_ok=True)
        with _working_directory(tmp), override_settings(LOCALE_PATHS=[tmp / "locale"]):
            call_command(
                "makemessages",
                locale=list(languages),
                ignore_patterns=[name for name in IGNORED if name != "locale"],
                verbosity=0,
            )
        return {
            code: polib.pofile(str(tmp / "locale" / code / "LC_MESSAGES" / "django.po")) for code in languages
        }


def _msgids(entries):
    return [entry.msgid for entry in entries]


def check_catalogues(required=REQUIRED_LANGUAGES, languages=ALL_LANGUAGES):
    report = CatalogueReport()
    extracted = extract_catalogues(languages)
    for code in languages:
        po_path = locale_dir() / code / "LC_MESSAGES" / "django.po"
        if not po_path.exists():
            report.missing_catalogue.append(code)
            continue
        fresh = extracted[code]
        active = [entry for entry in fresh if not entry.obsolete]
        report.extracted = max(report.extracted, len(active))
        untranslated = [entry for entry in active if not entry.translated() and "fuzzy" not in entry.flags]
        if code in required and untranslated:
            report.untranslated[code] = _msgids(untranslated)
        if code == "se":
            report.sami_untranslated = len(untranslated)
        fuzzy = [entry for entry in active if "fuzzy" in entry.flags]
        if fuzzy:
            report.fuzzy[code] = _msgids(fuzzy)
        stale = _stale_mo_entries(po_path)
        if stale:
            report.stale_mo[code] = stale
    return report


def _stale_mo_entries(po_path):
    """Translated entries of the committed .po that the committed .mo lacks or has differently."""
    mo_path = po_path.with_suffix(".mo")
    po = polib.pofile(str(po_path))
    translated = [entry for entry in po.translated_entries() if not entry.obsolete]
    if not mo_path.exists():
        return _msgids(translated) or ["(no django.mo)"]
    mo = {(entry.msgctxt, entry.msgid): entry for entry in polib.mofile(str(mo_path))}
    stale = []
    for entry in translated:
        compiled = mo.get((entry.msgctxt, entry.msgid))
        if compiled is None:
            stale.append(entry.msgid)
        elif entry.msgid_plural:
            if compiled.msgstr_plural != {int(k): v for k, v in entry.msgstr_plural.items()}:
                stale.append(entry.msgid)
        elif compiled.msgstr != entry.msgstr:
            stale.append(entry.msgid)
    return stale
