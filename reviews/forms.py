"""The reviewer's form (checklist + comment) and the reviewer's own profile form."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .checklist import CHECKLIST
from .models import ReviewerProfile


class ReviewForm(forms.Form):
    """The checklist as checkboxes and a comment. Subclasses say what each decision requires."""

    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("The author sees your comment. Be specific and kind."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        checklist_fields = {key: forms.BooleanField(label=label, required=False) for key, label in CHECKLIST}
        # Checklist first, comment last.
        self.fields = {**checklist_fields, "comment": self.fields["comment"]}

    def checklist_fields(self):
        return [self[key] for key, _label in CHECKLIST]

    def checklist_answers(self):
        return {key: bool(self.cleaned_data.get(key)) for key, _label in CHECKLIST}


class ApproveReviewForm(ReviewForm):
    def clean(self):
        cleaned_data = super().clean()
        missing = [str(label) for key, label in CHECKLIST if not cleaned_data.get(key)]
        if missing:
            raise ValidationError(
                _(
                    "To approve, tick every item on the checklist. If something is not in order, request "
                    "changes instead. Not ticked: %(items)s."
                ),
                params={"items": "; ".join(missing)},
                code="checklist_incomplete",
            )
        return cleaned_data


class RequestChangesForm(ReviewForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["comment"].required = True
        self.fields["comment"].help_text = _(
            "Required: tell the author what should change and why. Tick the items that are already in order."
        )
        self.fields["comment"].error_messages["required"] = _(
            "Write a comment so that the author knows what to change."
        )


class ReviewerProfileForm(forms.ModelForm):
    class Meta:
        model = ReviewerProfile
        fields = ["show_name_publicly"]
