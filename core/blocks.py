"""StreamField blocks shared by every page type: rich text features, lived-experience quotes, call-outs."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class LivedExperienceQuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(
        label=_("Quote"), help_text=_("Words from a user or relative, shared with consent.")
    )
    attribution = blocks.CharBlock(
        label=_("Who said it"),
        required=False,
        help_text=_("Describe the person without identifying them, e.g. 'Relative, participant in 2023'."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote from lived experience")
        template = "core/blocks/quote.html"


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("Type"),
        choices=[("tip", _("Tip")), ("important", _("Important")), ("note", _("Note"))],
        default="tip",
    )
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Call-out")
        template = "core/blocks/callout.html"
