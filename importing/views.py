"""Importing methods from the Wagtail admin: upload, see the same report as the command, then confirm.

The upload is kept in a folder of its own under METHOD_IMPORT_UPLOAD_DIR, named by a random token that
only this user's session knows, until the editor confirms or cancels. Confirming validates everything
again (the site may have changed since the preview) and imports in one transaction, then shows per page
what was done. The admin never publishes: pages that should go live are submitted for lived-experience
review (importing.publication).
"""

import re
import secrets
import shutil

from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem

from core.admin_pages import AdminTemplateView
from importing.archive import ArchiveError, extract_zip
from importing.errors import ImportRejected
from importing.importer import import_file
from importing.report import summary_line
from importing.uploads import remove_stale_uploads, upload_root

PERMISSION = "methods.import_methods"
SESSION_KEY = "method_import"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


def max_json_size():
    return settings.METHOD_IMPORT_MAX_JSON_SIZE


class ImportUploadForm(forms.Form):
    json_file = forms.FileField(
        label=gettext_lazy("Import file (JSON)"),
        help_text=gettext_lazy("A file in the method import format, as described in the project README."),
    )
    materials_zip = forms.FileField(
        label=gettext_lazy("Material files (ZIP)"),
        required=False,
        help_text=gettext_lazy(
            "The files the import file names, zipped so that their paths inside the ZIP are the paths "
            "written in the JSON file. Leave empty if no record has materials."
        ),
    )

    def clean_json_file(self):
        upload = self.cleaned_data["json_file"]
        if upload.size > max_json_size():
            raise forms.ValidationError(
                _("The JSON file is %(size)s; at most %(limit)s is allowed.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_json_size())}
            )
        return upload


class ImportPermissionMixin:
    """Refuse with 403 and a page saying why (Wagtail would turn PermissionDenied into a redirect home)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return self.response_class(
                request=request,
                template="importing/admin/import_forbidden.html",
                context=self.get_context_data(),
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)


class ImportView(ImportPermissionMixin, AdminTemplateView):
    page_title = gettext_lazy("Import methods and tools")
    header_icon = "upload"
    template_name = "importing/admin/import_form.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ImportUploadForm())
        return context

    def post(self, request):
        form = ImportUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        remove_stale_uploads()
        discard_upload(request)
        token = secrets.token_urlsafe(24)
        folder = upload_root() / token
        try:
            return self.unpack_and_preview(form, folder, token)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)  # e.g. the disk is full: leave nothing behind
            raise

    def unpack_and_preview(self, form, folder, token):
        """Keep the upload in `folder` and show what importing it would do; a refused upload is removed."""
        files = folder / "files"
        files.mkdir(parents=True)
        json_path = folder / "methods.json"
        with open(json_path, "wb") as output:
            for chunk in form.cleaned_data["json_file"].chunks():
                output.write(chunk)
        if form.cleaned_data["materials_zip"]:
            try:
                extract_zip(form.cleaned_data["materials_zip"], files)
            except ArchiveError as error:
                shutil.rmtree(folder, ignore_errors=True)
                form.add_error("materials_zip", str(error))
                return self.render_to_response(self.get_context_data(form=form))
        try:
            result = import_file(json_path, dry_run=True, base_dir=files)
        except ImportRejected as rejected:
            shutil.rmtree(folder, ignore_errors=True)
            missing_zip = not form.cleaned_data["materials_zip"] and any(
                p.field.startswith("materials[") for p in rejected.problems
            )
            return self.render_report(problems=rejected.problems, form=form, missing_zip=missing_zip)
        self.request.session[SESSION_KEY] = {"token": token, "name": form.cleaned_data["json_file"].name}
        return self.render_report(result=result, token=token)

    def render_report(self, **context):
        context.setdefault("form", ImportUploadForm())
        if "result" in context:
            done = context.get("done", False)
            context["summary"] = summary_line(context["result"].counts, preview=not done)
        return self.response_class(
            request=self.request,
            template="importing/admin/import_preview.html",
            context=self.get_context_data(**context),
        )


def _session_folder(request, token):
    stored = request.session.get(SESSION_KEY) or {}
    if not token or not _TOKEN.match(token) or stored.get("token") != token:
        return None
    folder = upload_root() / token
    return folder if folder.is_dir() else None


def discard_upload(request):
    stored = request.session.pop(SESSION_KEY, None) or {}
    token = stored.get("token", "")
    if _TOKEN.match(token):
        shutil.rmtree(upload_root() / token, ignore_errors=True)


class ConfirmImportView(ImportView):
    http_method_names = ["post"]

    def post(self, request):
        if "cancel" in request.POST:
            discard_upload(request)
            messages.info(request, _("The import was cancelled; nothing was written."))
            return redirect("methods_import")
        folder = _session_folder(request, request.POST.get("token", ""))
        if folder is None:
            messages.error(request, _("This import has expired or was already done. Upload the files again."))
            return redirect("methods_import")
        try:
            result = import_file(folder / "methods.json", user=request.user, base_dir=folder / "files")
        except ImportRejected as rejected:
            return self.render_report(problems=rejected.problems)
        finally:
            discard_upload(request)  # imported, refused or failed: the files are not needed again
        return self.render_report(result=result, done=True)


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


def menu_item():
    return ImportMenuItem(
        gettext_lazy("Import methods"),
        reverse("methods_import"),
        name="import-methods",
        icon_name="upload",
        order=850,
    )
