"""StreamField blocks of method pages: numbered steps for carrying a method out, and references."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import RICH_TEXT_FEATURES, CalloutBlock, LivedExperienceQuoteBlock


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Step"), help_text=_("A short name for the step, e.g. 'Plan the first meeting'.")
    )
    text = blocks.RichTextBlock(
        label=_("Description"),
        features=RICH_TEXT_FEATURES,
        required=False,
        help_text=_("What happens in this step."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    steps = blocks.ListBlock(StepBlock(), label=_("Numbered steps"))

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "methods/blocks/steps.html"


class HowToBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES)
    steps = StepsBlock()
    quote = LivedExperienceQuoteBlock()
    callout = CalloutBlock()


class ReferenceBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"), help_text=_("Authors, title and publication as you would cite it.")
    )
    url = blocks.URLBlock(label=_("Web address"), required=False)
    doi = blocks.CharBlock(
        label=_("DOI"), required=False, help_text=_("e.g. 10.1000/xyz123, without https://doi.org/")
    )
    year = blocks.IntegerBlock(label=_("Year"), required=False, min_value=1900, max_value=2100)

    class Meta:
        icon = "doc-full"
        label = _("Reference")
        template = "methods/blocks/reference.html"
