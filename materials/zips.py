"""'Last ned alt': one ZIP of a method's public materials and a README, built on disk and cached in storage.

The ZIP is written to a temporary file one chunk at a time, so building it needs about one chunk of memory
however large the files are. Its name in storage is a hash of everything it contains (each file's hash,
name, licence and title, and the README), so any change to a material gives a new name, and the old
ZIP is deleted once the new one is stored.
"""

import hashlib
import logging
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field

from django.core.files import File
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils import timezone, translation

from core.collections import restricted_collection_ids

logger = logging.getLogger(__name__)

ZIP_FOLDER = "material-zips"
CHUNK_SIZE = 1024 * 1024
# Bump when the README or the layout of the archive changes, so that cached ZIPs are rebuilt.
LAYOUT_VERSION = "1"
README_NAME = "README.txt"
# Only plain text is worth deflating. Office and OpenDocument files are ZIPs themselves, images are
# compressed, and the bulk of a large PDF is compressed streams (photos): deflating 200 MB of those took
# 20-38 s in benchmarks/materials_zip.py and saved nothing, storing them takes a few seconds.
DEFLATED_FORMATS = {"txt"}
_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


@dataclass
class ZipPlan:
    method: object
    entries: list = field(default_factory=list)  # (material, name in the archive)
    readme: str = ""
    key: str = ""

    @property
    def storage_name(self):
        return f"{ZIP_FOLDER}/{self.method.pk}/{self.key[:40]}.zip"

    @property
    def download_filename(self):
        return f"{self.method.slug}.zip"


def public_materials_of(method):
    """The method's materials that anyone may download, in the order the page lists them."""
    restricted = restricted_collection_ids()
    links = method.materials.select_related("document").order_by("sort_order", "pk")
    return [link.document for link in links if link.document.collection_id not in restricted]


def archive_name(material, taken):
    """A readable file name from the title, with the extension of the sniffed type, unique in the ZIP."""
    file_type = material.file_type
    extension = file_type.extension if file_type else material.file_extension.lower()
    stem = _UNSAFE_IN_NAMES.sub(" ", material.title).strip(" .")[:100].strip() or f"material-{material.pk}"
    name, number = f"{stem}.{extension}", 1
    while name.lower() in taken or name == README_NAME:
        number += 1
        name = f"{stem} ({number}).{extension}"
    taken.add(name.lower())
    return name


def citation_year(method):
    moment = method.last_substantive_update or method.last_published_at or method.first_published_at
    return moment.year if moment else timezone.now().year


def render_readme(method, entries):
    centre = method.centre
    context = {
        "method": method,
        "url": method.get_full_url(),
        "centre_name": (centre.full_name or centre.title) if centre else "Knutepunkt for Recovery",
        "year": citation_year(method),
        "entries": entries,
    }
    # The README speaks the language of the method page it belongs to.
    with translation.override(method.locale.language_code):
        text = render_to_string("materials/zip_readme.txt", context)
    return text.replace("\r\n", "\n").replace("\n", "\r\n")  # readable in Windows Notepad too


def plan_zip(method):
    taken = set()
    entries = [(material, archive_name(material, taken)) for material in public_materials_of(method)]
    plan = ZipPlan(method=method, entries=entries)
    if not entries:
        return plan
    plan.readme = render_readme(method, entries)
    digest = hashlib.sha256(LAYOUT_VERSION.encode())
    for material, name in entries:
        digest.update(f"\0{material.pk}\0{material.file_hash}\0{material.file_format}\0{name}".encode())
    digest.update(b"\0" + plan.readme.encode("utf-8"))
    plan.key = digest.hexdigest()
    return plan


def write_zip(plan, target):
    """Write the archive into the seekable binary file `target`, streaming each material in chunks."""
    with zipfile.ZipFile(target, "w", allowZip64=True) as archive:
        readme = zipfile.ZipInfo(README_NAME, date_time=_zip_time(timezone.now()))
        readme.compress_type = zipfile.ZIP_DEFLATED
        readme.external_attr = 0o644 << 16
        archive.writestr(readme, plan.readme.encode("utf-8"))
        for material, name in plan.entries:
            info = zipfile.ZipInfo(name, date_time=_zip_time(material.updated_at))
            info.compress_type = (
                zipfile.ZIP_DEFLATED if material.file_format in DEFLATED_FORMATS else zipfile.ZIP_STORED
            )
            info.external_attr = 0o644 << 16
            large = (material.file_size or 0) >= zipfile.ZIP64_LIMIT
            with material.open_file() as source, archive.open(info, "w", force_zip64=large) as sink:
                shutil.copyfileobj(source, sink, CHUNK_SIZE)


def _zip_time(moment):
    return max(timezone.localtime(moment).timetuple()[:6], (1980, 1, 1, 0, 0, 0))


def ensure_zip(plan, storage=None):
    """The storage name of the plan's ZIP, building and storing it first if it is not cached.

    Returns (name, built). Raises OSError (e.g. FileNotFoundError) when a material's file is missing.
    """
    storage = storage or default_storage
    name = plan.storage_name
    if storage.exists(name):
        return name, False
    with tempfile.NamedTemporaryFile(
        suffix=".zip.part", dir=_work_folder(storage), delete=False
    ) as temporary:
        try:
            write_zip(plan, temporary)
            temporary.flush()
            temporary.seek(0)
            # Another request may have stored the same ZIP while this one was building it.
            if not storage.exists(name):
                saved = storage.save(name, _BuiltZip(temporary, name=name))
                if saved != name:
                    storage.delete(saved)
        finally:
            if os.path.exists(temporary.name):
                os.unlink(temporary.name)
    _delete_stale(storage, plan)
    return name, True


def _work_folder(storage):
    """Build next to where the ZIP will be stored, so storing it is a rename rather than a second copy."""
    try:
        folder = storage.path(ZIP_FOLDER)
    except NotImplementedError:
        return None
    os.makedirs(folder, exist_ok=True)
    return folder


class _BuiltZip(File):
    """The finished temporary file: a file-system storage moves it into place instead of copying it."""

    def temporary_file_path(self):
        return self.file.name


def _delete_stale(storage, plan):
    folder, _slash, current = plan.storage_name.rpartition("/")
    try:
        _dirs, files = storage.listdir(folder)
    except (OSError, NotImplementedError):
        return
    for filename in files:
        if filename != current and filename.endswith(".zip"):
            try:
                storage.delete(f"{folder}/{filename}")
            except OSError:
                logger.warning("Could not delete the stale ZIP %s/%s", folder, filename)


def delete_zips_for(method_id, storage=None):
    storage = storage or default_storage
    folder = f"{ZIP_FOLDER}/{method_id}"
    try:
        _dirs, files = storage.listdir(folder)
    except (OSError, NotImplementedError):
        return
    for filename in files:
        storage.delete(f"{folder}/{filename}")
