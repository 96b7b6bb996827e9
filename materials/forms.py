import os

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from .models import Audience
from .models.reviewed import delete_unused_files
from .pending import pending_notice
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
        instance = kwargs.get("instance")
        if instance is not None and instance.pk:
            # Editors go on from the newest version, also when it waits for review (materials.pending).
            instance.show_pending_version()
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.has_pending_version and "file" in self.fields:
            self.fields["file"].help_text = pending_notice(self.instance)
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

    def save(self, commit=True):
        # Wagtail deletes the replaced file before saving; it may be the reviewed file that the public still
        # gets (materials.models.reviewed). Delete it only if no version uses it after the save.
        original, self.original_file = self.original_file, None
        instance = super().save(commit=commit)
        if commit and original and "file" in self.changed_data:
            delete_unused_files(original.storage, {original.name})
        return instance

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
