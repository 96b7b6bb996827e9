"""Norwegian text handling shared by query parsing, expansion and highlighting (no Django imports).

Stemming uses the Snowball Norwegian algorithm, the same one PostgreSQL's `norwegian` text search
configuration applies, so the SQLite expansion and the highlighter agree with PostgreSQL on which
words are forms of each other.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# Words of letters and digits; apostrophes and hyphens split words as the engines' tokenisers do.
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)

# PostgreSQL's norwegian.stop (Snowball's list, bokmål and nynorsk). Removing these ourselves makes the
# engines behave alike: SQLite FTS5 has no stop words, and PostgreSQL drops them silently.
STOP_WORDS = frozenset(
    """
    og i jeg det at en et den til er som på de med han av ikke ikkje der så var meg seg men ett har om vi
    min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv
    sjøl her alle vil bli ble blei blitt kunne inn når være kom noen noe ville dere deres kun ja etter
    ned skulle denne for deg si sine sitt mot å meget hvorfor dette disse uten hvordan ingen din ditt
    blir samme hvilken hvilke sånn inni mellom vår hver hvem vors hvis både bare enn fordi før mange også
    slik vært båe begge siden dykk dykkar dei deira deires deim di då eg ein eit eitt elles honom hjå ho
    hoe henne hennar hennes hoss hossen ingi inkje korleis korso kva kvar kvarhelst kven kvi kvifor me
    medan mi mine mykje no nokon noka nokor noko nokre sia sidan so somt somme um upp vere vore verte
    vort varte vart
    """.split()
)

_stemmer = snowballstemmer.stemmer("norwegian")
_english_stemmer = snowballstemmer.stemmer("english")


def clean(text):
    """NFC with control and other non-printing characters replaced by spaces."""
    text = unicodedata.normalize("NFC", text or "")
    if text.isprintable():  # the usual case, checked in C
        return text
    return "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)


def normalise(text):
    """Cleaned and lower case: the form every comparison uses."""
    return clean(text).lower()


def words(text):
    return WORD_RE.findall(normalise(text))


@lru_cache(maxsize=20_000)
def stem(word):
    return _stemmer.stemWord(normalise(word))


@lru_cache(maxsize=5_000)
def english_stem(word):
    """Snowball English (PostgreSQL's `english` configuration), for pages in English."""
    return _english_stemmer.stemWord(normalise(word))


def is_stop_word(word):
    return normalise(word) in STOP_WORDS
