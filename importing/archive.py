"""Unpacking an uploaded ZIP of material files without trusting it.

Refused: members that would land outside the target folder (zip-slip: absolute paths, '..', drive
letters, backslashes), symbolic links, encrypted members, too many members, and archives that unpack to
more than the limit. The limit is checked against the sizes the archive declares and again against the
bytes actually written, so a lying header cannot be used as a zip bomb.
"""

import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

CHUNK_SIZE = 1024 * 1024
IGNORED_PREFIXES = ("__MACOSX/",)  # resource forks macOS adds when zipping a folder


class ArchiveError(ValueError):
    pass


def max_unpacked_size():
    return settings.METHOD_IMPORT_MAX_UNZIPPED_SIZE


def max_members():
    return settings.METHOD_IMPORT_MAX_ZIP_MEMBERS


def _safe_member_path(name):
    if "\\" in name or "\x00" in name:
        raise ArchiveError(
            _("The ZIP file contains a file name with a backslash or NUL: %(name)s") % {"name": name}
        )
    path = PurePosixPath(name)
    if path.is_absolute() or (len(name) > 1 and name[1] == ":"):
        raise ArchiveError(_("The ZIP file contains an absolute path: %(name)s") % {"name": name})
    if ".." in path.parts:
        raise ArchiveError(
            _("The ZIP file contains a path that leaves its folder: %(name)s") % {"name": name}
        )
    return path


def extract_zip(fileobj, destination):
    """Unpack `fileobj` into the existing folder `destination`. Raises ArchiveError with a plain message."""
    destination = Path(destination).resolve()
    limit = max_unpacked_size()
    try:
        archive = zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, OSError):
        raise ArchiveError(_("The material file is not a valid ZIP file.")) from None
    with archive:
        members = [info for info in archive.infolist() if not info.filename.startswith(IGNORED_PREFIXES)]
        if len(members) > max_members():
            raise ArchiveError(
                _("The ZIP file has %(count)s entries; at most %(max)s are allowed.")
                % {"count": len(members), "max": max_members()}
            )
        declared = sum(info.file_size for info in members)
        if declared > limit:
            raise ArchiveError(
                _(
                    "The ZIP file unpacks to %(size)s, more than the limit of %(limit)s. Split it into smaller imports."
                )
                % {"size": filesizeformat(declared), "limit": filesizeformat(limit)}
            )
        for info in members:
            _safe_member_path(info.filename)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise ArchiveError(
                    _("The ZIP file contains a symbolic link, which is not allowed: %(name)s")
                    % {"name": info.filename}
                )
            if info.flag_bits & 0x1:
                raise ArchiveError(
                    _("The ZIP file contains an encrypted file: %(name)s") % {"name": info.filename}
                )
        written = 0
        for info in members:
            target = destination.joinpath(*_safe_member_path(info.filename).parts)
            if not target.resolve().is_relative_to(destination):
                raise ArchiveError(
                    _("The ZIP file contains a path that leaves its folder: %(name)s")
                    % {"name": info.filename}
                )
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                with archive.open(info) as source, open(target, "xb") as output:
                    while chunk := source.read(CHUNK_SIZE):
                        written += len(chunk)
                        if written > limit:
                            raise ArchiveError(
                                _("The ZIP file unpacks to more than the limit of %(limit)s.")
                                % {"limit": filesizeformat(limit)}
                            )
                        output.write(chunk)
            except FileExistsError:
                raise ArchiveError(
                    _("The ZIP file contains %(name)s twice.") % {"name": info.filename}
                ) from None
            except (zipfile.BadZipFile, zlib.error, EOFError):
                raise ArchiveError(
                    _("The ZIP file is damaged: %(name)s cannot be unpacked.") % {"name": info.filename}
                ) from None
