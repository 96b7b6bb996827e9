import os

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from .models import Audience
from .validation import validate_material_file


class MaterialForm(BaseDocumentForm):
    """Document form (WAGTAILDOCS_DOCUMENT_FORM_BASE): the single and the multiple upload views both use it,
    so every uploaded file is judged by its content, like the importer does."""

    audiences = forms.MultipleChoiceField(
        label=_("Audience"),
        choices=Audience.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Who the material is written for."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "audiences" in self.fields and self.instance.pk:
            self.initial["audiences"] = self.instance.audience_list
        if "file" in self.fields:
            # Wagtail checks the size before the content (also in the browser, for multiple uploads);
            # say it the way the importer does.
            messages = self.fields["file"].error_messages
            messages["file_too_large"] = _(
                "The file is %(file_size)s, which is more than the limit of %(max_filesize)s. "
                "Make it smaller or split it."
            )
            messages["file_too_large_unknown_size"] = _(
                "The file is more than the limit of %(max_filesize)s. Make it smaller or split it."
            ) % {"max_filesize": self.fields["file"].max_upload_size_text}

    def clean_audiences(self):
        return ",".join(self.cleaned_data.get("audiences") or [])

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return upload  # unchanged on edit
        file_type = validate_material_file(upload, size=upload.size)
        # Give the file the extension of what it is, so that it opens in the right program.
        stem, extension = os.path.splitext(upload.name)
        if extension.lower().lstrip(".") not in {file_type.extension, file_type.key}:
            upload.name = f"{stem}.{file_type.extension}"
        return upload
