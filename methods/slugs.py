from django.utils.text import slugify

_NORWEGIAN = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})


def norwegian_slugify(text, max_length=80):
    """Slug with Norwegian letters spelled out (ASCII slugify would drop ø instead of writing o)."""
    return slugify(text.translate(_NORWEGIAN))[:max_length].strip("-")
