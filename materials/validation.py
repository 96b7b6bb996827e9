"""Which material files are accepted: judged by their bytes, never by their name.

Shared by the admin upload form and the importer, so both refuse the same files with the same messages.
"""

import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

SNIFF_BYTES = 8192


@dataclass(frozen=True)
class FileType:
    key: str
    label: str
    extension: str
    content_type: str


TYPES = {
    t.key: t
    for t in [
        FileType("pdf", "PDF", "pdf", "application/pdf"),
        FileType(
            "docx", "Word", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        ),
        FileType(
            "pptx",
            "PowerPoint",
            "pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ),
        FileType(
            "xlsx", "Excel", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        ),
        FileType("odt", "OpenDocument text", "odt", "application/vnd.oasis.opendocument.text"),
        FileType(
            "odp", "OpenDocument presentation", "odp", "application/vnd.oasis.opendocument.presentation"
        ),
        FileType("ods", "OpenDocument spreadsheet", "ods", "application/vnd.oasis.opendocument.spreadsheet"),
        FileType("txt", "Text", "txt", "text/plain; charset=utf-8"),
        FileType("png", "PNG", "png", "image/png"),
        FileType("jpeg", "JPEG", "jpg", "image/jpeg"),
        FileType("gif", "GIF", "gif", "image/gif"),
        FileType("webp", "WebP", "webp", "image/webp"),
    ]
}

_ODF_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.presentation": "odp",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}
_ODF_MIMETYPE_READ = max(map(len, _ODF_MIMETYPES)) + 16
_OOXML_MAIN_PARTS = {"word/document.xml": "docx", "ppt/presentation.xml": "pptx", "xl/workbook.xml": "xlsx"}
_MARKUP_STARTS = (b"<!doctype", b"<html", b"<script", b"<svg", b"<?xml", b"<head", b"<body", b"<iframe")


def _sniff_zip(fileobj):
    try:
        with zipfile.ZipFile(fileobj) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                # Read only what the longest known value needs: archive.read() would inflate the whole
                # member, and a few KB of upload can declare a "mimetype" of gigabytes.
                with archive.open("mimetype") as member:
                    return _ODF_MIMETYPES.get(member.read(_ODF_MIMETYPE_READ).strip())
            if "[Content_Types].xml" in names:
                for part, key in _OOXML_MAIN_PARTS.items():
                    if part in names:
                        return key
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return None
    return None


def _looks_like_text(head):
    if b"\x00" in head:
        return False
    try:
        # Cut at the sniff boundary may split a multi-byte character; ignore a trailing partial one.
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:
            return False
        text = head[: error.start].decode("utf-8")
    stripped = text.lstrip("\ufeff \t\r\n").lower().encode()
    return not stripped.startswith(_MARKUP_STARTS)


def sniff_file_type(fileobj):
    """Return the FileType the bytes show, or None when they are not an allowed type."""
    position = fileobj.tell() if hasattr(fileobj, "tell") else 0
    try:
        fileobj.seek(0)
        head = fileobj.read(SNIFF_BYTES)
        if head.startswith(b"%PDF-"):
            key = "pdf"
        elif head.startswith(b"\x89PNG\r\n\x1a\n"):
            key = "png"
        elif head.startswith(b"\xff\xd8\xff"):
            key = "jpeg"
        elif head[:6] in (b"GIF87a", b"GIF89a"):
            key = "gif"
        elif head[:4] == b"RIFF" and head[8:12] == b"WEBP":
            key = "webp"
        elif head.startswith(b"PK\x03\x04"):
            fileobj.seek(0)
            key = _sniff_zip(fileobj)
        elif head and _looks_like_text(head):
            key = "txt"
        else:
            key = None
    finally:
        fileobj.seek(position)
    return TYPES.get(key) if key else None


# Bytes that show what a refused file really is, so the message can say so.
_EXECUTABLE_STARTS = (b"MZ", b"\x7fELF", b"\xfe\xed\xfa", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe")


def _describe_refused(fileobj):
    """A sentence naming what a refused file looks like (a program, a web page), or ''."""
    position = fileobj.tell() if hasattr(fileobj, "tell") else 0
    try:
        fileobj.seek(0)
        head = fileobj.read(SNIFF_BYTES)
    finally:
        fileobj.seek(position)
    if head.startswith(_EXECUTABLE_STARTS):
        return _("It looks like a program (an executable file), which could harm the people who download it.")
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(_MARKUP_STARTS):
        return _(
            "It looks like a web page or markup (HTML, SVG or XML), which a browser could run as a page."
        )
    return ""


def max_upload_size():
    return settings.MATERIAL_MAX_UPLOAD_SIZE


def validate_material_file(fileobj, size=None):
    """Raise ValidationError with a plain-language message unless the file is an allowed type and size.

    Returns the sniffed FileType.
    """
    if size is None:
        size = getattr(fileobj, "size", None)
    limit = max_upload_size()
    if size is not None and size > limit:
        raise ValidationError(
            _("The file is %(size)s, which is more than the limit of %(limit)s. Make it smaller or split it.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )
    if size == 0:
        raise ValidationError(_("The file is empty."), code="empty_file")
    file_type = sniff_file_type(fileobj)
    if file_type is None:
        allowed = ", ".join(sorted({t.label for t in TYPES.values()}))
        message = _(
            "The file's content is not an allowed type, whatever its name says. "
            "Allowed types are: %(allowed)s."
        ) % {"allowed": allowed}
        what = _describe_refused(fileobj)
        raise ValidationError(f"{message} {what}" if what else message, code="file_type_not_allowed")
    return file_type
