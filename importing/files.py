"""Material files of an import: where they are, whether they may be used, and copying them into storage.

Files are never read whole into memory: they are sniffed from their first bytes, hashed and copied in
chunks.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files import File
from django.utils.translation import gettext as _

from materials.validation import validate_material_file

CHUNK_SIZE = 1024 * 1024


class MaterialPathError(ValueError):
    pass


@dataclass(frozen=True)
class MaterialFile:
    relative: str  # normalised POSIX path inside the import folder
    path: Path
    size: int
    sha1: str
    extension: str  # of the type the content shows, e.g. "pdf"
    content_type: str

    @property
    def stored_name(self):
        """The file name to store: the given name, with the extension the content shows if it differs."""
        name = PurePosixPath(self.relative).name
        stem, dot, extension = name.rpartition(".")
        if not dot or not stem:
            stem, extension = name, ""
        same = extension.lower() == self.extension or {extension.lower(), self.extension} == {"jpg", "jpeg"}
        return name if same else f"{stem}.{self.extension}"


def resolve_material_path(base_dir, relative):
    """The real path of a material file inside base_dir; MaterialPathError says why it may not be used."""
    if not relative or not relative.strip():
        raise MaterialPathError(_("The file path is empty."))
    if "\\" in relative:
        raise MaterialPathError(_("Use forward slashes (/) in file paths, not backslashes."))
    if "\x00" in relative:
        raise MaterialPathError(_("The file path contains a NUL character."))
    pure = PurePosixPath(relative)
    if pure.is_absolute() or (len(relative) > 1 and relative[1] == ":"):
        raise MaterialPathError(
            _("The path is absolute. Give the path relative to the folder that holds the JSON file.")
        )
    if ".." in pure.parts:
        raise MaterialPathError(
            _("The path goes outside the import folder ('..'). Put the file inside the folder.")
        )
    base = Path(base_dir).resolve()
    candidate = base.joinpath(*pure.parts)
    # resolve() follows symbolic links, so a link that points out of the folder is caught here too.
    real = candidate.resolve()
    if not real.is_relative_to(base):
        raise MaterialPathError(
            _(
                "The path leads outside the import folder through a symbolic link. Copy the file into the folder."
            )
        )
    if not real.exists():
        raise MaterialPathError(_("The file does not exist in the import folder."))
    if not real.is_file():
        raise MaterialPathError(_("The path is a folder, not a file."))
    return pure.as_posix(), real


def sha1_of(path):
    digest = hashlib.sha1(usedforsecurity=False)
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK_SIZE):
            digest.update(chunk)
    return digest.hexdigest()


def inspect_material(base_dir, relative):
    """Check a material file the way an admin upload is checked. Raises MaterialPathError or ValidationError."""
    relative, real = resolve_material_path(base_dir, relative)
    size = real.stat().st_size
    with open(real, "rb") as handle:
        file_type = validate_material_file(handle, size=size)
    return MaterialFile(
        relative=relative,
        path=real,
        size=size,
        sha1=sha1_of(real),
        extension=file_type.extension,
        content_type=file_type.content_type,
    )


def validation_message(error):
    return " ".join(error.messages) if isinstance(error, ValidationError) else str(error)


class HashingFile(File):
    """A File whose chunks are hashed as storage copies them, so the copy is checked without a second read."""

    def __init__(self, file, name):
        super().__init__(file, name=name)
        self.sha1 = hashlib.sha1(usedforsecurity=False)

    def chunks(self, chunk_size=None):
        for chunk in super().chunks(chunk_size or CHUNK_SIZE):
            self.sha1.update(chunk)
            yield chunk


class MediaJournal:
    """Files written to storage during an import, removed again if the import is rolled back."""

    def __init__(self):
        self.written = []

    def record(self, storage, name):
        self.written.append((storage, name))

    def discard_written(self):
        for storage, name in reversed(self.written):
            try:
                storage.delete(name)
            except OSError:
                pass
        self.written = []


def open_for_copy(material_file):
    return HashingFile(open(material_file.path, "rb"), name=material_file.stored_name)  # noqa: SIM115
