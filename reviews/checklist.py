"""The lived-experience review checklist: what a reviewer confirms before approving a page."""

from django.utils.translation import gettext_lazy as _

# (key, label). Keys are stored in ReviewRecord.checklist; never rename a key, add new ones instead.
CHECKLIST = [
    ("respectful_language", _("The language is respectful and non-stigmatising")),
    ("origin_truthful", _("The lived-experience origin is described truthfully")),
    ("user_perspective", _("The user's perspective is clear")),
    ("understandable_use", _("Target group and use are understandable")),
    ("plain_language", _("The language is plain and easy to read")),
]
CHECKLIST_LABELS = dict(CHECKLIST)
