"""The top of the page tree, found without naming the site app's page types (the site sits above core).

Each language's home page is a page directly under Wagtail's tree root whose type may only be created
there (HomePage's parent_page_types is ["wagtailcore.Page"]). Wagtail's own placeholder page, a plain
Page, is not one of them."""

from wagtail.models import Page, get_page_models


def home_page_models():
    """Page types that can exist only directly under the tree root."""
    return [
        model
        for model in get_page_models()
        if model is not Page and model.allowed_parent_page_models() == [Page]
    ]


def home_pages():
    """Every language's home page."""
    return Page.objects.type(*home_page_models()).filter(depth=2)
