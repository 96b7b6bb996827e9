from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from .models import Audience


class MaterialForm(BaseDocumentForm):
    """Document form that edits the comma-separated audience list as checkboxes."""

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

    def clean_audiences(self):
        return ",".join(self.cleaned_data.get("audiences") or [])
