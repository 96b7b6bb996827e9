"""Norwegian text rules every app shares: alphabetical order (collation) and slugs (no Django models).

Norwegian alphabetical order (Språkrådet; the Unicode CLDR `nb`/`nn` collation): æ, ø, å come after z;
ä sorts as æ, ö as ø and ü as y; other accented letters sort with their base letter (idé with ide,
Émile among the e's); case does not count. Of the two keys the apps used to have, the search's was the
right one (it folds accents; the materials library's put every accented letter after å); the materials
library's one right rule, ä and ö with æ and ø, is kept here too.
"""

import unicodedata

from django.utils.text import slugify

# Letters that sort as another letter, then æ ø å put out of the way of accent folding and after z.
_AS_NORWEGIAN = str.maketrans({"ä": "æ", "ö": "ø", "ü": "y"})
_KEEP = str.maketrans({"æ": "\u0001", "ø": "\u0002", "å": "\u0003"})
_AFTER_Z = str.maketrans({"\u0001": "{", "\u0002": "|", "\u0003": "}"})

_SPELLED_OUT = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})


def fold(word):
    """Remove diacritics the way SQLite FTS5's unicode61 tokenizer does (å → a; ø and æ stay)."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def sort_key(text):
    """The key that puts texts in Norwegian alphabetical order (see the module docstring)."""
    lowered = unicodedata.normalize("NFC", text or "").lower()
    return fold(lowered.translate(_AS_NORWEGIAN).translate(_KEEP)).translate(_AFTER_Z)


def norwegian_slugify(text, max_length=80):
    """Slug with Norwegian letters spelled out (ASCII slugify would drop ø instead of writing o)."""
    return slugify(text.translate(_SPELLED_OUT))[:max_length].strip("-")
