"""Small text helpers shared by the stages: folding for matching, words, stems.

The text itself is never changed (offsets must stay true); these return folded copies
of the same length where a stage needs to match characters by position.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nltk.stem.snowball import SnowballStemmer

# One character in, one character out, so folded offsets equal original offsets.
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\ufeff": " ",
})


def fold(text: str) -> str:
    """Curly quotes, dashes and odd spaces → ASCII, keeping the length.

    >>> fold("\u201cHe\u2019s here\u201d \u2013 now")
    '"He\\'s here" - now'
    """
    return text.translate(_FOLD)


def fold_key(text: str) -> str:
    """A matching key: folded, accents stripped, lower case, single spaces, no edge punctuation."""
    text = unicodedata.normalize("NFKD", fold(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['\u2019]s\b", "", text.lower())
    return " ".join(re.findall(r"[a-z0-9]+", text))


WORD_RE = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)?|\d+(?:[.,]\d+)*")

# Function words, reporting verbs and other words that carry no story content. Built in code:
# nltk's stopwords corpus is data that users do not have.
STOPWORDS = frozenset("""
a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
don't down during each few for from further had hadn't has hasn't have haven't having he he'd he'll
he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't
it it's its itself let's me more most mustn't my myself no nor not of off on once only or other
ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some
such than that that's the their theirs them themselves then there there's these they they'd
they'll they're they've this those through to too under until up very was wasn't we we'd we'll
we're we've were weren't what what's when when's where where's which while who who's whom why
why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
said says say saying told tell according reported reports also just like would could should may
might must will shall one two mr mrs ms dr sir its it's s t yet still even however since per
""".split())

# Pronouns that can stand for a speaker or a source ("he said", "she tweeted").
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "his", "her"})

_stemmer = SnowballStemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball stem of a lower-cased word. ``stem("officers") == "offic"``."""
    return _stemmer.stem(word.lower())


def words(text: str) -> list[str]:
    """The words and numbers of ``text``, folded, in order."""
    return WORD_RE.findall(fold(text))


def content_stems(text: str) -> list[str]:
    """Stems of the content words of ``text`` (stopwords dropped), in order.

    >>> content_stems("The officers were charged with murder")
    ['offic', 'charg', 'murder']
    """
    out = []
    for w in words(text):
        lw = w.lower()
        if lw in STOPWORDS or (len(lw) < 2 and not lw.isdigit()):
            continue
        out.append(stem(lw) if not lw[0].isdigit() else lw.replace(",", ""))
    return out


def quote_words(text: str) -> list[str]:
    """Lower-case words of a quotation, punctuation and quote style folded away.

    >>> quote_words("They mustn\u2019t fear ending up in the dock,")
    ['they', "mustn't", 'fear', 'ending', 'up', 'in', 'the', 'dock']
    """
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", fold(text).lower())
