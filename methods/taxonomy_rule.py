"""Taxonomy terms shown on published method pages change only by an administrator, with a reason.

A target group's or theme's name is printed on every method page that uses it, so changing it changes
reviewed pages without a review. National editors may add terms (a new term is on no page until a reviewed
revision uses it); changing or deleting terms is for administrators (reviews migration 0005 took those rights
from national editors). An administrator changing a term that live method pages show must give a reason,
which goes to the term's history as a `methods.taxonomy_change_without_review` entry. A term that live
pages show cannot be deleted at all: take it off those pages through review first.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.log_actions import log

TAXONOMY_CHANGE_WITHOUT_REVIEW = "methods.taxonomy_change_without_review"
SHOWN_FIELDS = ("name", "slug", "description")


def live_pages_showing(term):
    """How many live method pages show the term."""
    return term.methods.filter(live=True).count()


class TaxonomyTermForm(WagtailAdminModelForm):
    change_reason = forms.CharField(
        label=_("Reason for the change"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Required when published methods and tools show this term: the change reaches them without "
            "lived-experience review, so say why. It is kept in the term's history."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None or not set(SHOWN_FIELDS) & set(self.changed_data):
            return cleaned
        self.pages_showing = live_pages_showing(self.instance)
        if not self.pages_showing:
            return cleaned
        user = self.for_user
        if user is None or not user.is_superuser:
            raise forms.ValidationError(
                ngettext(
                    "A published method or tool shows this term. Only an administrator can change it.",
                    "%(count)d published methods and tools show this term. Only an administrator can change it.",
                    self.pages_showing,
                )
                % {"count": self.pages_showing}
            )
        if not cleaned.get("change_reason", "").strip():
            self.add_error("change_reason", _("Say why this term changes on published pages without review."))
        return cleaned

    def save(self, commit=True):
        term = super().save(commit=commit)
        if commit and getattr(self, "pages_showing", 0):
            log(
                instance=term,
                action=TAXONOMY_CHANGE_WITHOUT_REVIEW,
                user=self.for_user,
                data={
                    "reason": self.cleaned_data["change_reason"].strip(),
                    "pages": self.pages_showing,
                    "fields": [name for name in SHOWN_FIELDS if name in self.changed_data],
                },
            )
        return term
