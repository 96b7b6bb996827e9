"""Background work for materials (django-tasks): the first-page preview of PDFs.

The PDF is rendered in a child process with limits (materials.sandbox): an uploaded file is never parsed in
the worker itself, which has emails and index updates to get on with.
"""

import logging
import secrets

from django.core.files.base import ContentFile
from django_tasks import task

from .previews import PreviewError
from .sandbox import PreviewProblem, render_in_sandbox

logger = logging.getLogger(__name__)


def schedule_preview(material_id, file_hash):
    """Queue a preview for a material whose file changed (called after the transaction commits)."""
    try:
        generate_preview.enqueue(material_id, file_hash)
    except Exception:  # noqa: BLE001 - a missing preview must never break saving a material
        logger.exception("Material %s: could not queue its preview", material_id)


@task()
def generate_preview(material_id: int, file_hash: str) -> str:
    """Render the first page of a PDF material and store it on the material; remove it for other types.

    file_hash is the file the task was queued for: if the file has been replaced since, a newer task is
    on its way and this one does nothing.
    """
    from .models import Material

    material = Material.objects.filter(pk=material_id).first()
    if material is None or material.file_hash != file_hash:
        return "stale"
    if material.file_format != "pdf":
        _set_preview(material, file_hash, "", None)
        return "not-pdf"
    try:
        with material.open_file() as handle:
            pdf = handle.read()
        data, size = render_in_sandbox(pdf)
    except (PreviewError, OSError) as error:
        reason = getattr(error, "reason", PreviewProblem.UNREADABLE)
        logger.warning("Material %s (%s): no preview (%s): %s", material.pk, material.filename, reason, error)
        _set_preview(material, file_hash, "", None, problem=reason)
        return "failed"
    field = Material._meta.get_field("preview")
    # Media files are served without privacy checks: a random name keeps the preview of an internal
    # material from being found by guessing.
    name = field.generate_filename(material, f"{material.pk}-{secrets.token_urlsafe(12)}.jpg")
    name = field.storage.save(name, ContentFile(data))
    if not _set_preview(material, file_hash, name, size):
        field.storage.delete(name)
        return "stale"
    return "ok"


def _set_preview(material, file_hash, name, size, problem=""):
    """Store the preview (or why there is none) unless the file changed meanwhile; delete the one it replaces.

    False if stale.
    """
    from .models import Material

    width, height = size or (None, None)
    # update() rather than save(): a preview is not an edit, so 'last updated' stays as it is.
    updated = Material.objects.filter(pk=material.pk, file_hash=file_hash).update(
        preview=name, preview_width=width, preview_height=height, preview_problem=problem
    )
    old = material.preview.name
    if updated and old and old != name:
        material.preview.storage.delete(old)
    return bool(updated)
