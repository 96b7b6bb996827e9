"""Template tags of the listing toolkit (core.listing) for templates/includes/pagination.html."""

from django import template

from core.listing import pagination

register = template.Library()


@register.simple_tag
def page_numbers(page_obj):
    """Page numbers around the current one, with None where numbers are left out."""
    return pagination.page_numbers(page_obj)
