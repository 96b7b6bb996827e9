from django import template

from materials.sections import method_section

register = template.Library()


@register.simple_tag(takes_context=True)
def method_materials(context, page):
    """The materials section of a method page: {% method_materials page as section %}."""
    return method_section(page, context.get("request"))


@register.filter
def underline(text, character="-"):
    """A line of `character` as long as the text, for headings in plain-text files."""
    return character * len(str(text))
