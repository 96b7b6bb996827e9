"""StreamField blocks of the site's general pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import RICH_TEXT_FEATURES, CalloutBlock, LivedExperienceQuoteBlock


class ContentBlock(blocks.StreamBlock):
    """Body of general content pages."""

    heading = blocks.CharBlock(label=_("Heading"), form_classname="title", template="blocks/heading.html")
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES + ["h2"])
    quote = LivedExperienceQuoteBlock()
    callout = CalloutBlock()
