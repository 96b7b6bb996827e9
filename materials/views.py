import logging

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotModified
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from methods.models import MethodPage

from .counting import is_repeat_request, record_zip_download
from .zips import ensure_zip, plan_zip

logger = logging.getLogger(__name__)


@require_safe
def method_zip(request, page_id):
    """'Last ned alt': the method's public materials and a README in one ZIP."""

    method = get_object_or_404(MethodPage.objects.live().public(), pk=page_id)
    plan = plan_zip(method)
    if not plan.entries:
        raise Http404("This method has no public materials.")
    etag = f'"{plan.key}"'
    if plan.key in request.headers.get("If-None-Match", ""):
        # The browser has this very ZIP already.
        response = HttpResponseNotModified()
        response["ETag"] = etag
        return response
    try:
        name, _built = ensure_zip(plan)
    except OSError:
        logger.exception("Could not build the ZIP for method %s", method.pk)
        return HttpResponse(
            _("The files cannot be bundled right now. Download them one by one, or try again later."),
            status=503,
            content_type="text/plain; charset=utf-8",
        )
    response = FileResponse(
        default_storage.open(name, "rb"),
        as_attachment=True,
        filename=plan.download_filename,
        content_type="application/zip",
    )
    response["ETag"] = etag
    # Revalidate every time: the address stays the same when the materials change.
    response["Cache-Control"] = "no-cache"
    response["X-Content-Type-Options"] = "nosniff"
    if not is_repeat_request(request, plan.key):
        try:
            record_zip_download(method.pk, [material.pk for material, _name in plan.entries])
        except Exception:  # noqa: BLE001 - a counting failure must never stop the download
            logger.exception("Could not count a ZIP download of method %s", method.pk)
    return response
